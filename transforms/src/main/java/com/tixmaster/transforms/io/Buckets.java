package com.tixmaster.transforms.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.ByteArrayCoder;
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
 * InMemoryGroupingOptions}).
 *
 * <p>On Spark the driver chooses the same buckets with encoded chunks instead ({@link
 * DistributedGraphOptions}, {@link EncodedChunks}): many more buckets than cores, each bundle's
 * elements of a bucket shuffled as a few byte arrays, because Beam's SparkRunner pays per shuffled
 * element. Unit tests, and {@code --groupingBuckets=0}, get Beam's own primitive.
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
   * How the groupings of {@code pipeline} run: in memory with chunks passed by reference (what the
   * driver chose for the DirectRunner, {@link InMemoryGroupingOptions}), through encoded chunks
   * ({@link DistributedGraphOptions}, the driver's choice for Spark), or, by default, as Beam's own
   * grouping per key. Chunks pass by reference only inside one JVM, so any runner but the
   * DirectRunner is refused them.
   */
  static Mode modeFor(PipelineOptions options) {
    int local = options.as(InMemoryGroupingOptions.class).getInMemoryGroupingBuckets();
    if (local > 0) {
      if (!DIRECT_RUNNER.equals(options.getRunner().getName())) {
        throw new IllegalStateException(
            "in-memory grouping is for the DirectRunner only, not "
                + options.getRunner().getName());
      }
      return new Mode(local, false);
    }
    int encoded = options.as(DistributedGraphOptions.class).getEncodedGroupingBuckets();
    return encoded > 0 ? new Mode(encoded, true) : new Mode(0, false);
  }

  /**
   * The number of in-memory buckets the driver chose for the DirectRunner (one per worker thread),
   * or 0 on every other runner.
   */
  public static int bucketsFor(PipelineOptions options) {
    Mode mode = modeFor(options);
    return mode.encoded ? 0 : mode.buckets;
  }

  /** How many buckets, and whether their chunks travel encoded or by reference. */
  static final class Mode {
    final int buckets;
    final boolean encoded;

    Mode(int buckets, boolean encoded) {
      this.buckets = buckets;
      this.encoded = encoded;
    }
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
   * Groups keyed elements into buckets: {@code KV<bucket, chunks>}, with the way to read the
   * chunks' elements back. By reference (the DirectRunner): one chunk per bucket per bundle. The
   * DirectRunner runs every grouped element through its trigger and timer machinery, and clones a
   * group's buffer with its coder whenever a bundle adds to it; with chunks that is per chunk, and
   * a chunk's coder clones it by reference ({@link LocalChunk}), so the values are neither encoded
   * nor copied on their way through the grouping. Encoded (Spark): see {@link EncodedChunks}.
   */
  static <K, V> Bucketed<?, K, V> intoBuckets(PCollection<KV<K, V>> input, Mode mode) {
    @SuppressWarnings("unchecked")
    KvCoder<K, V> coder = (KvCoder<K, V>) input.getCoder();
    if (mode.encoded) {
      return new Bucketed<>(
          input
              .apply(
                  "EncodeIntoBuckets",
                  ParDo.of(
                      new EncodedChunks.EncodeFn<K, V>(
                          coder, mode.buckets, EncodedChunks.CHUNK_BYTES)))
              .setCoder(KvCoder.of(VarIntCoder.of(), ByteArrayCoder.of()))
              .apply("GroupBuckets", GroupByKey.create()),
          new EncodedChunks.Reader<K, V>(coder));
    }
    return new Bucketed<>(
        input
            .apply(
                "AssignBuckets",
                ParDo.of(new AssignBucketFn<K, V>(coder.getKeyCoder(), mode.buckets)))
            .setCoder(KvCoder.of(VarIntCoder.of(), LocalChunk.CODER))
            .apply("GroupBuckets", GroupByKey.create()),
        new ByReference<K, V>());
  }

  /** A bucketed collection: each bucket's chunks, and how to read a chunk's elements. */
  static final class Bucketed<C, K, V> {
    final PCollection<KV<Integer, Iterable<C>>> buckets;
    final ChunkReader<C, K, V> reader;

    Bucketed(PCollection<KV<Integer, Iterable<C>>> buckets, ChunkReader<C, K, V> reader) {
      this.buckets = buckets;
      this.reader = reader;
    }

    <OutT> PCollection<OutT> split(String name, SplitFn<C, K, V, OutT> fn) {
      return buckets.apply(name, ParDo.of(fn));
    }
  }

  /** Reads the elements of one chunk. */
  interface ChunkReader<C, K, V> extends java.io.Serializable {
    Iterable<KV<K, V>> elements(C chunk);
  }

  static final class ByReference<K, V> implements ChunkReader<LocalChunk, K, V> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterable<KV<K, V>> elements(LocalChunk chunk) {
      return chunk.elements();
    }
  }

  /** One bucket's chunks grouped by key (by the key's structural value), in arrival order. */
  static <C, K, V> Map<Object, KV<K, List<V>>> splitBucket(
      Iterable<C> chunks, ChunkReader<C, K, V> reader, Coder<K> keyCoder) {
    Map<Object, KV<K, List<V>>> byKey = new HashMap<>();
    for (C chunk : chunks) {
      for (KV<K, V> element : reader.elements(chunk)) {
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

  /**
   * Splits each bucket into its keys' groups and emits what {@link #emit} makes of each. The type
   * of chunk is a parameter, so the same step reads chunks by reference or encoded.
   */
  abstract static class SplitFn<C, K, V, OutT> extends DoFn<KV<Integer, Iterable<C>>, OutT> {
    private final ChunkReader<C, K, V> reader;
    private final Coder<K> keyCoder;

    SplitFn(ChunkReader<C, K, V> reader, Coder<K> keyCoder) {
      this.reader = reader;
      this.keyCoder = keyCoder;
    }

    @ProcessElement
    public void process(ProcessContext context) {
      for (KV<K, List<V>> group :
          splitBucket(context.element().getValue(), reader, keyCoder).values()) {
        emit(group.getKey(), group.getValue(), context);
      }
    }

    abstract void emit(K key, List<V> values, ProcessContext context);
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
      Mode mode = modeFor(input.getPipeline().getOptions());
      if (mode.buckets == 0) {
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
      return split(
              intoBuckets(tables.apply("FlattenTables", Flatten.pCollections()), mode),
              keyCoder,
              schema)
          .setCoder(KvCoder.of(keyCoder, CoGbkResult.CoGbkResultCoder.of(schema, unionCoder)));
    }

    private static <C, K> PCollection<KV<K, CoGbkResult>> split(
        Bucketed<C, K, RawUnionValue> bucketed, Coder<K> keyCoder, CoGbkResultSchema schema) {
      return bucketed.split("SplitBuckets", new CoGroupFn<C, K>(bucketed.reader, keyCoder, schema));
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

  static final class CoGroupFn<C, K> extends SplitFn<C, K, RawUnionValue, KV<K, CoGbkResult>> {
    private final CoGbkResultSchema schema;

    CoGroupFn(
        ChunkReader<C, K, RawUnionValue> reader, Coder<K> keyCoder, CoGbkResultSchema schema) {
      super(reader, keyCoder);
      this.schema = schema;
    }

    @Override
    void emit(K key, List<RawUnionValue> values, ProcessContext context) {
      context.output(KV.of(key, new CoGbkResult(schema, values)));
    }
  }

  /** The bucketed {@link GroupByKey}. */
  static final class Group<K, V>
      extends PTransform<PCollection<KV<K, V>>, PCollection<KV<K, Iterable<V>>>> {
    @Override
    public PCollection<KV<K, Iterable<V>>> expand(PCollection<KV<K, V>> input) {
      Mode mode = modeFor(input.getPipeline().getOptions());
      if (mode.buckets == 0) {
        return input.apply("GroupByKeys", GroupByKey.create());
      }
      @SuppressWarnings("unchecked")
      KvCoder<K, V> coder = (KvCoder<K, V>) input.getCoder();
      return split(intoBuckets(input, mode), coder.getKeyCoder())
          .setCoder(KvCoder.of(coder.getKeyCoder(), IterableCoder.of(coder.getValueCoder())));
    }

    private static <C, K, V> PCollection<KV<K, Iterable<V>>> split(
        Bucketed<C, K, V> bucketed, Coder<K> keyCoder) {
      return bucketed.split("SplitBuckets", new GroupFn<C, K, V>(bucketed.reader, keyCoder));
    }
  }

  static final class GroupFn<C, K, V> extends SplitFn<C, K, V, KV<K, Iterable<V>>> {
    GroupFn(ChunkReader<C, K, V> reader, Coder<K> keyCoder) {
      super(reader, keyCoder);
    }

    @Override
    void emit(K key, List<V> values, ProcessContext context) {
      context.output(KV.of(key, values));
    }
  }

  /** The bucketed {@code Distinct}. */
  static final class Distinct<T> extends PTransform<PCollection<T>, PCollection<T>> {
    @Override
    public PCollection<T> expand(PCollection<T> input) {
      Mode mode = modeFor(input.getPipeline().getOptions());
      if (mode.buckets == 0) {
        return input.apply("DropDuplicates", org.apache.beam.sdk.transforms.Distinct.create());
      }
      Coder<T> coder = input.getCoder();
      PCollection<KV<T, Void>> keyed =
          input
              .apply("KeyByElement", ParDo.of(new KeyBySelfFn<T>()))
              .setCoder(KvCoder.of(coder, VoidCoder.of()));
      return split(intoBuckets(keyed, mode), coder).setCoder(coder);
    }

    private static <C, T> PCollection<T> split(Bucketed<C, T, Void> bucketed, Coder<T> coder) {
      return bucketed.split("TakeFirstOfEach", new FirstFn<C, T>(bucketed.reader, coder));
    }
  }

  static final class KeyBySelfFn<T> extends DoFn<T, KV<T, Void>> {
    @ProcessElement
    public void process(@Element T element, OutputReceiver<KV<T, Void>> out) {
      out.output(KV.of(element, null));
    }
  }

  static final class FirstFn<C, T> extends SplitFn<C, T, Void, T> {
    FirstFn(ChunkReader<C, T, Void> reader, Coder<T> coder) {
      super(reader, coder);
    }

    @Override
    void emit(T key, List<Void> values, ProcessContext context) {
      context.output(key);
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
      Mode mode = modeFor(input.getPipeline().getOptions());
      if (mode.buckets == 0) {
        return input.apply("CombinePerKey", Combine.perKey(fn));
      }
      @SuppressWarnings("unchecked")
      KvCoder<K, InputT> coder = (KvCoder<K, InputT>) input.getCoder();
      PCollection<KV<K, OutputT>> combined =
          split(intoBuckets(input, mode), coder.getKeyCoder(), fn);
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

    private static <C, K, InputT, AccumT, OutputT> PCollection<KV<K, OutputT>> split(
        Bucketed<C, K, InputT> bucketed, Coder<K> keyCoder, CombineFn<InputT, AccumT, OutputT> fn) {
      return bucketed.split(
          "CombineEach",
          new CombineFnPerKey<C, K, InputT, AccumT, OutputT>(bucketed.reader, keyCoder, fn));
    }
  }

  static final class CombineFnPerKey<C, K, InputT, AccumT, OutputT>
      extends SplitFn<C, K, InputT, KV<K, OutputT>> {
    private final CombineFn<InputT, AccumT, OutputT> fn;

    CombineFnPerKey(
        ChunkReader<C, K, InputT> reader,
        Coder<K> keyCoder,
        CombineFn<InputT, AccumT, OutputT> fn) {
      super(reader, keyCoder);
      this.fn = fn;
    }

    @Override
    void emit(K key, List<InputT> values, ProcessContext context) {
      AccumT accumulator = fn.createAccumulator();
      for (InputT value : values) {
        accumulator = fn.addInput(accumulator, value);
      }
      context.output(KV.of(key, fn.extractOutput(accumulator)));
    }
  }
}
