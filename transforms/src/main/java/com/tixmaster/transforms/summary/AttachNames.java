package com.tixmaster.transforms.summary;

import com.tixmaster.transforms.io.Buckets;
import java.io.Serializable;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Sets a dimension member's name on items by a join on its surrogate key (a CoGroupByKey, no side
 * input). Items whose key has no name keep a null name.
 */
public final class AttachNames<T> extends PTransform<PCollectionTuple, PCollection<T>> {

  /** Reads an item's surrogate key. */
  public interface KeyFn<T> extends Serializable {
    long key(T item);
  }

  /** Returns the item with the name set. */
  public interface Setter<T> extends Serializable {
    T withName(T item, String name);
  }

  private final TupleTag<T> itemsTag = new TupleTag<>("items");
  private final TupleTag<KV<Long, String>> namesTag = new TupleTag<>("names");
  private final KeyFn<T> keyFn;
  private final Setter<T> setter;

  private AttachNames(KeyFn<T> keyFn, Setter<T> setter) {
    this.keyFn = keyFn;
    this.setter = setter;
  }

  /** Applies a join named {@code name}, e.g. "AttachVenueNames". */
  public static <T> PCollection<T> attach(
      String name,
      PCollection<T> items,
      PCollection<KV<Long, String>> names,
      KeyFn<T> keyFn,
      Setter<T> setter) {
    AttachNames<T> t = new AttachNames<>(keyFn, setter);
    return PCollectionTuple.of(t.itemsTag, items).and(t.namesTag, names).apply(name, t);
  }

  @Override
  public PCollection<T> expand(PCollectionTuple input) {
    PCollection<T> items = input.get(itemsTag);
    Coder<T> coder = items.getCoder();
    TupleTag<T> joinItems = new TupleTag<>("joinItems");
    TupleTag<String> joinNames = new TupleTag<>("joinNames");
    return KeyedPCollectionTuple.of(
            joinItems,
            items
                .apply("KeyItems", ParDo.of(new KeyFnDoFn<>(keyFn)))
                .setCoder(KvCoder.of(VarLongCoder.of(), coder)))
        .and(joinNames, input.get(namesTag))
        .apply("JoinNames", Buckets.coGroupByKey())
        .apply("SetNames", ParDo.of(new SetNameFn<>(setter, joinItems, joinNames)))
        .setCoder(coder);
  }

  static final class KeyFnDoFn<T> extends DoFn<T, KV<Long, T>> {
    private final KeyFn<T> keyFn;

    KeyFnDoFn(KeyFn<T> keyFn) {
      this.keyFn = keyFn;
    }

    @ProcessElement
    public void process(@Element T item, OutputReceiver<KV<Long, T>> out) {
      out.output(KV.of(keyFn.key(item), item));
    }
  }

  static final class SetNameFn<T> extends DoFn<KV<Long, CoGbkResult>, T> {
    private final Setter<T> setter;
    private final TupleTag<T> items;
    private final TupleTag<String> names;

    SetNameFn(Setter<T> setter, TupleTag<T> items, TupleTag<String> names) {
      this.setter = setter;
      this.items = items;
      this.names = names;
    }

    @ProcessElement
    public void process(@Element KV<Long, CoGbkResult> element, OutputReceiver<T> out) {
      String name = null;
      for (String n : element.getValue().getAll(names)) {
        if (n != null && (name == null || n.compareTo(name) < 0)) {
          name = n;
        }
      }
      for (T item : element.getValue().getAll(items)) {
        out.output(name == null ? item : setter.withName(item, name));
      }
    }
  }
}
