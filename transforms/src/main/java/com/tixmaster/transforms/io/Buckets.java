package com.tixmaster.transforms.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VoidCoder;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Combine.CombineFn;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGbkResultSchema;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.transforms.join.UnionCoder;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;

/**
 * Drop-in replacements for Beam's key groupings ({@link CoGroupByKey}, {@link GroupByKey}, {@code
 * Distinct}, {@link Combine#perKey}) that give the same groups, and on the DirectRunner cost a few
 * bundles instead of one per key.
 *
 * <p>Why: the DirectRunner turns every key of a {@code GroupByKey} into a bundle of its own, and
 * fires one timer (one more bundle) per key at the end of the window. A grouping by event id
 * therefore cost two bundle round trips through the runner's single-threaded watermark and timer
 * bookkeeping per event, and everything downstream (the next grouping, the Parquet write) received
 * n one-element bundles; a grouping with few keys that receives many bundles then copies its whole
 * buffer once per bundle, which is quadratic. Here, on the DirectRunner, the elements are first
 * grouped by {@code hash(key) mod buckets}, with {@code buckets} the runner's target parallelism,
 * as one chunk of elements per bucket per bundle, passed by reference ({@link LocalChunk}), and
 * each bucket is split into its keys in memory (the DirectRunner holds every grouped element in
 * memory anyway). The driver turns this on for the DirectRunner only ({@link
 * InMemoryGroupingOptions}); other runners (Spark) and unit tests get Beam's own primitive, which
 * groups per key at scale.
 *
 * <p>Within a key, the order of the grouped values is unspecified, as with Beam's groupings.
 */
public final class Buckets {
  private static final String DIRECT_RUNNER = "org.apache.beam.runners.direct.DirectRunner";

  private Buckets() {}

  /** Like {@link CoGroupByKey#create()}. */
  public static <K>
      PTransform<KeyedPCollectionTuple<K>, PCollection<KV<K, CoGbkResult>>> coGroupByKey() {
    return new CoGroup<>();
  }

  /** Like {@link GroupByKey#create()}. */
  public static <K, V>
      PTransform<PCollection<KV<K, V>>, PCollection<KV<K, Iterable<V>>>> groupByKey() {
    return new Group<>();
  }

  /** Like {@code Distinct.create()}: one element per distinct encoding. */
  public static <T> PTransform<PCollection<T>, PCollection<T>> distinct() {
    return new Distinct<>();
  }

  /** Like {@link Combine#perKey(CombineFn)}. */
  public static <K, InputT, AccumT, OutputT>
      PTransform<PCollection<KV<K, InputT>>, PCollection<KV<K, OutputT>>> combinePerKey(
          CombineFn<InputT, AccumT, OutputT> fn) {
    return new PerKey<>(fn);
  }

  /**
   * The number of buckets a grouping in {@code pipeline} uses: what the driver chose for the
   * DirectRunner ({@link InMemoryGroupingOptions}), or 0 (Beam's own grouping per key). Chunks pass
   * by reference, which only holds inside one JVM, so any other runner is refused.
   */
  public static int bucketsFor(PipelineOptions options) {
    int buckets = options.as(InMemoryGroupingOptions.class).getInMemoryGroupingBuckets();
    if (buckets > 0 && !DIRECT_RUNNER.equals(options.getRunner().getName())) {
      throw new IllegalStateException(
          "in-memory grouping is for the DirectRunner only, not " + options.getRunner().getName());
    }
    return Math.max(0, buckets);
  }

  /**
   * {@code hash(key) mod buckets}; the same on every worker (strings and whole numbers by value,
   * anything else by its encoding).
   */
  static <K> int bucketOf(Coder<K> keyCoder, K key, int buckets) {
    if (key instanceof String || key instanceof Long || key instanceof Integer) {
      return Math.floorMod(key.hashCode(), buckets);
    }
    try {
      return Math.floorMod(Arrays.hashCode(CoderUtils.encodeToByteArray(keyCoder, key)), buckets);
    } catch (CoderException e) {
      throw new IllegalArgumentException("cannot encode the key " + key, e);
    }
  }

  /**
   * Groups keyed elements into buckets: {@code KV<bucket, chunks>}, one chunk per bucket per
   * bundle. The DirectRunner runs every grouped element through its trigger and timer machinery,
   * and clones a group's buffer with its coder whenever a bundle adds to it; with chunks that is
   * per chunk, and a chunk's coder clones it by reference ({@link LocalChunk}), so the values are
   * neither encoded nor copied on their way through the grouping (a key is encoded only to pick its
   * bucket when it is not a {@code String}).
   */
  static <K, V> PCollection<KV<Integer, Iterable<LocalChunk>>> intoBuckets(
      PCollection<KV<K, V>> input, int buckets) {
    @SuppressWarnings("unchecked")
    KvCoder<K, V> coder = (KvCoder<K, V>) input.getCoder();
    return input
        .apply("AssignBuckets", ParDo.of(new AssignBucketFn<K, V>(coder.getKeyCoder(), buckets)))
        .setCoder(KvCoder.of(VarIntCoder.of(), LocalChunk.CODER))
        .apply("GroupBuckets", GroupByKey.create());
  }

  /** One bucket's chunks grouped by key (by the key's structural value), in arrival order. */
  static <K, V> Map<Object, KV<K, List<V>>> splitBucket(
      Iterable<LocalChunk> chunks, Coder<K> keyCoder) {
    Map<Object, KV<K, List<V>>> byKey = new HashMap<>();
    for (LocalChunk chunk : chunks) {
      for (KV<K, V> element : chunk.<K, V>elements()) {
        byKey
            .computeIfAbsent(
                keyCoder.structuralValue(element.getKey()),
                k -> KV.of(element.getKey(), new ArrayList<>()))
            .getValue()
            .add(element.getValue());
      }
    }
    return byKey;
  }

  /** Adds each element to its bucket's chunk; emits the chunks at the end of the bundle. */
  static final class AssignBucketFn<K, V> extends DoFn<KV<K, V>, KV<Integer, LocalChunk>> {
    private final Coder<K> keyCoder;
    private final int buckets;
    private transient List<KV<K, V>>[] chunks;

    AssignBucketFn(Coder<K> keyCoder, int buckets) {
      this.keyCoder = keyCoder;
      this.buckets = buckets;
    }

    @StartBundle
    @SuppressWarnings("unchecked")
    public void startBundle() {
      chunks = new List[buckets];
    }

    @ProcessElement
    public void process(@Element KV<K, V> element, BoundedWindow window) {
      if (!(window instanceof GlobalWindow)) {
        throw new IllegalStateException("Buckets groups elements of the global window only");
      }
      int bucket = bucketOf(keyCoder, element.getKey(), buckets);
      if (chunks[bucket] == null) {
        chunks[bucket] = new ArrayList<>();
      }
      chunks[bucket].add(element);
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      for (int bucket = 0; bucket < buckets; bucket++) {
        if (chunks[bucket] != null) {
          context.output(
              KV.of(bucket, LocalChunk.of(chunks[bucket])),
              GlobalWindow.INSTANCE.maxTimestamp(),
              GlobalWindow.INSTANCE);
        }
        chunks[bucket] = null;
      }
    }
  }

  /** The bucketed {@link CoGroupByKey}. */
  static final class CoGroup<K>
      extends PTransform<KeyedPCollectionTuple<K>, PCollection<KV<K, CoGbkResult>>> {
    @Override
    public PCollection<KV<K, CoGbkResult>> expand(KeyedPCollectionTuple<K> input) {
      int buckets = bucketsFor(input.getPipeline().getOptions());
      if (buckets == 0) {
        return input.apply("CoGroupByKeys", CoGroupByKey.create());
      }
      List<Coder<?>> valueCoders = new ArrayList<>();
      for (KeyedPCollectionTuple.TaggedKeyedPCollection<K, ?> entry : input.getKeyedCollections()) {
        Coder<?> coder = entry.getCollection().getCoder();
        valueCoders.add(((KvCoder<?, ?>) coder).getValueCoder());
      }
      UnionCoder unionCoder = UnionCoder.of(valueCoders);
      Coder<K> keyCoder = input.getKeyCoder();
      KvCoder<K, RawUnionValue> unionKvCoder = KvCoder.of(keyCoder, unionCoder);
      PCollectionList<KV<K, RawUnionValue>> tables = PCollectionList.empty(input.getPipeline());
      int index = 0;
      for (KeyedPCollectionTuple.TaggedKeyedPCollection<K, ?> entry : input.getKeyedCollections()) {
        tables = tables.and(union(entry.getCollection(), index, unionKvCoder));
        index++;
      }
      CoGbkResultSchema schema = input.getCoGbkResultSchema();
      return intoBuckets(tables.apply("FlattenTables", Flatten.pCollections()), buckets)
          .apply("SplitBuckets", ParDo.of(new CoGroupFn<K>(keyCoder, schema)))
          .setCoder(KvCoder.of(keyCoder, CoGbkResult.CoGbkResultCoder.of(schema, unionCoder)));
    }

    private static <K, V> PCollection<KV<K, RawUnionValue>> union(
        PCollection<KV<K, V>> table, int index, KvCoder<K, RawUnionValue> coder) {
      return table
          .apply("TagUnionTable" + index, ParDo.of(new UnionFn<K, V>(index)))
          .setCoder(coder);
    }
  }

  static final class UnionFn<K, V> extends DoFn<KV<K, V>, KV<K, RawUnionValue>> {
    private final int index;

    UnionFn(int index) {
      this.index = index;
    }

    @ProcessElement
    public void process(@Element KV<K, V> element, OutputReceiver<KV<K, RawUnionValue>> out) {
      out.output(KV.of(element.getKey(), new RawUnionValue(index, element.getValue())));
    }
  }

  static final class CoGroupFn<K>
      extends DoFn<KV<Integer, Iterable<LocalChunk>>, KV<K, CoGbkResult>> {
    private final Coder<K> keyCoder;
    private final CoGbkResultSchema schema;

    CoGroupFn(Coder<K> keyCoder, CoGbkResultSchema schema) {
      this.keyCoder = keyCoder;
      this.schema = schema;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<LocalChunk>> bucket, OutputReceiver<KV<K, CoGbkResult>> out) {
      for (KV<K, List<RawUnionValue>> group :
          Buckets.<K, RawUnionValue>splitBucket(bucket.getValue(), keyCoder).values()) {
        out.output(KV.of(group.getKey(), new CoGbkResult(schema, group.getValue())));
      }
    }
  }

  /** The bucketed {@link GroupByKey}. */
  static final class Group<K, V>
      extends PTransform<PCollection<KV<K, V>>, PCollection<KV<K, Iterable<V>>>> {
    @Override
    public PCollection<KV<K, Iterable<V>>> expand(PCollection<KV<K, V>> input) {
      int buckets = bucketsFor(input.getPipeline().getOptions());
      if (buckets == 0) {
        return input.apply("GroupByKeys", GroupByKey.create());
      }
      @SuppressWarnings("unchecked")
      KvCoder<K, V> coder = (KvCoder<K, V>) input.getCoder();
      return intoBuckets(input, buckets)
          .apply("SplitBuckets", ParDo.of(new GroupFn<K, V>(coder.getKeyCoder())))
          .setCoder(KvCoder.of(coder.getKeyCoder(), IterableCoder.of(coder.getValueCoder())));
    }
  }

  static final class GroupFn<K, V>
      extends DoFn<KV<Integer, Iterable<LocalChunk>>, KV<K, Iterable<V>>> {
    private final Coder<K> keyCoder;

    GroupFn(Coder<K> keyCoder) {
      this.keyCoder = keyCoder;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<LocalChunk>> bucket, OutputReceiver<KV<K, Iterable<V>>> out) {
      for (KV<K, List<V>> group : Buckets.<K, V>splitBucket(bucket.getValue(), keyCoder).values()) {
        out.output(KV.of(group.getKey(), group.getValue()));
      }
    }
  }

  /** The bucketed {@code Distinct}. */
  static final class Distinct<T> extends PTransform<PCollection<T>, PCollection<T>> {
    @Override
    public PCollection<T> expand(PCollection<T> input) {
      int buckets = bucketsFor(input.getPipeline().getOptions());
      if (buckets == 0) {
        return input.apply("DropDuplicates", org.apache.beam.sdk.transforms.Distinct.create());
      }
      Coder<T> coder = input.getCoder();
      return intoBuckets(
              input
                  .apply("KeyByElement", ParDo.of(new KeyBySelfFn<T>()))
                  .setCoder(KvCoder.of(coder, VoidCoder.of())),
              buckets)
          .apply("TakeFirstOfEach", ParDo.of(new FirstFn<T>(coder)))
          .setCoder(coder);
    }
  }

  static final class KeyBySelfFn<T> extends DoFn<T, KV<T, Void>> {
    @ProcessElement
    public void process(@Element T element, OutputReceiver<KV<T, Void>> out) {
      out.output(KV.of(element, null));
    }
  }

  static final class FirstFn<T> extends DoFn<KV<Integer, Iterable<LocalChunk>>, T> {
    private final Coder<T> keyCoder;

    FirstFn(Coder<T> keyCoder) {
      this.keyCoder = keyCoder;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<LocalChunk>> bucket, OutputReceiver<T> out) {
      for (KV<T, List<Void>> group :
          Buckets.<T, Void>splitBucket(bucket.getValue(), keyCoder).values()) {
        out.output(group.getKey());
      }
    }
  }

  /** The bucketed {@link Combine#perKey}. */
  static final class PerKey<K, InputT, AccumT, OutputT>
      extends PTransform<PCollection<KV<K, InputT>>, PCollection<KV<K, OutputT>>> {
    private final CombineFn<InputT, AccumT, OutputT> fn;

    PerKey(CombineFn<InputT, AccumT, OutputT> fn) {
      this.fn = fn;
    }

    @Override
    public PCollection<KV<K, OutputT>> expand(PCollection<KV<K, InputT>> input) {
      int buckets = bucketsFor(input.getPipeline().getOptions());
      if (buckets == 0) {
        return input.apply("CombinePerKey", Combine.perKey(fn));
      }
      @SuppressWarnings("unchecked")
      KvCoder<K, InputT> coder = (KvCoder<K, InputT>) input.getCoder();
      PCollection<KV<K, OutputT>> combined =
          intoBuckets(input, buckets)
              .apply(
                  "CombineEach",
                  ParDo.of(
                      new CombineFnPerKey<K, InputT, AccumT, OutputT>(fn, coder.getKeyCoder())));
      try {
        combined.setCoder(
            KvCoder.of(
                coder.getKeyCoder(),
                fn.getDefaultOutputCoder(
                    input.getPipeline().getCoderRegistry(), coder.getValueCoder())));
      } catch (org.apache.beam.sdk.coders.CannotProvideCoderException e) {
        // the caller sets the output coder, as with Combine.perKey
      }
      return combined;
    }
  }

  static final class CombineFnPerKey<K, InputT, AccumT, OutputT>
      extends DoFn<KV<Integer, Iterable<LocalChunk>>, KV<K, OutputT>> {
    private final CombineFn<InputT, AccumT, OutputT> fn;
    private final Coder<K> keyCoder;

    CombineFnPerKey(CombineFn<InputT, AccumT, OutputT> fn, Coder<K> keyCoder) {
      this.fn = fn;
      this.keyCoder = keyCoder;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<LocalChunk>> bucket, OutputReceiver<KV<K, OutputT>> out) {
      for (KV<K, List<InputT>> group :
          Buckets.<K, InputT>splitBucket(bucket.getValue(), keyCoder).values()) {
        AccumT accumulator = fn.createAccumulator();
        for (InputT value : group.getValue()) {
          accumulator = fn.addInput(accumulator, value);
        }
        out.output(KV.of(group.getKey(), fn.extractOutput(accumulator)));
      }
    }
  }
}
