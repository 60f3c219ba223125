package com.tixmaster.transforms.gold;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Carries a pipeline's output into the next test pipeline (the direct runner runs in this JVM):
 * {@link #collect} records every element, {@link #get} returns them after the run.
 */
public final class Collected {
  private static final Map<String, List<Object>> STORE = new ConcurrentHashMap<>();

  private Collected() {}

  /** Records the elements of {@code pc}; returns the key to read them with. */
  public static <T> String collect(PCollection<T> pc, String name) {
    String key = name + "-" + UUID.randomUUID();
    STORE.put(key, Collections.synchronizedList(new ArrayList<>()));
    pc.apply("Collect" + name, ParDo.of(new CollectFn<T>(key)));
    return key;
  }

  @SuppressWarnings("unchecked")
  public static <T> List<T> get(String key) {
    return new ArrayList<>((List<T>) (List<?>) STORE.get(key));
  }

  /** The collected elements as a PCollection of {@code p}, typed with its schema coder. */
  public static <T> PCollection<T> replay(Pipeline p, String name, String key, Class<T> type) {
    List<T> elements = get(key);
    return p.apply(name, Create.of(elements).withCoder(SchemaCoders.of(p, type)));
  }

  static final class CollectFn<T> extends DoFn<T, Void> {
    private final String key;

    CollectFn(String key) {
      this.key = key;
    }

    @ProcessElement
    public void process(@Element T element) {
      STORE.get(key).add(element);
    }
  }
}
