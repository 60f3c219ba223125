package com.tixmaster.transforms.gold;

import com.tixmaster.transforms.io.Buckets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Gives new surrogate keys to the elements that need one.
 *
 * <p>Input: {@code KV<sortKey, value>}, one element per new key. Output: {@code KV<key, value>}.
 * Keys continue from the highest key already given ({@link #maxKey()} over every existing key, at
 * least 0, so the first key is 1), in ascending {@code sortKey} order. Two runs over the same input
 * therefore give the same keys; a key is never a hash, never reused and never regenerated, because
 * existing rows keep theirs and new ones start above all of them. Sort keys should be unique (e.g.
 * the natural key, or natural key + version).
 *
 * <p>All pending elements are grouped under one key and numbered by one worker: the number of new
 * members per run is small next to the dimension. The only side input is the singleton max.
 */
public final class AssignSurrogateKeys<V>
    extends PTransform<PCollection<KV<String, V>>, PCollection<KV<Long, V>>> {

  private final PCollectionView<Long> maxExistingKey;

  private AssignSurrogateKeys(PCollectionView<Long> maxExistingKey) {
    this.maxExistingKey = maxExistingKey;
  }

  /** Numbers pending elements from {@code maxExistingKey + 1}. */
  public static <V> AssignSurrogateKeys<V> after(PCollectionView<Long> maxExistingKey) {
    return new AssignSurrogateKeys<>(maxExistingKey);
  }

  /** The highest existing key as a singleton view; 0 when there is none (or all are negative). */
  public static PTransform<PCollection<Long>, PCollectionView<Long>> maxKey() {
    return new MaxKey();
  }

  @Override
  public PCollection<KV<Long, V>> expand(PCollection<KV<String, V>> pending) {
    @SuppressWarnings("unchecked")
    KvCoder<String, V> coder = (KvCoder<String, V>) pending.getCoder();
    return pending
        .apply("GatherPendingKeys", ParDo.of(new GatherFn<V>()))
        .setCoder(KvCoder.of(VarIntCoder.of(), coder))
        .apply("GroupPendingKeys", Buckets.<Integer, KV<String, V>>groupByKey())
        .apply(
            "NumberInSortKeyOrder",
            ParDo.of(new NumberFn<V>(maxExistingKey)).withSideInputs(maxExistingKey))
        .setCoder(KvCoder.of(VarLongCoder.of(), coder.getValueCoder()));
  }

  /** Puts every pending element under the same key. */
  static final class GatherFn<V> extends DoFn<KV<String, V>, KV<Integer, KV<String, V>>> {
    @ProcessElement
    public void process(
        @Element KV<String, V> element, OutputReceiver<KV<Integer, KV<String, V>>> out) {
      out.output(KV.of(0, element));
    }
  }

  /** Sorts the pending elements by sort key and numbers them from max + 1. */
  static final class NumberFn<V> extends DoFn<KV<Integer, Iterable<KV<String, V>>>, KV<Long, V>> {
    private final PCollectionView<Long> maxExistingKey;

    NumberFn(PCollectionView<Long> maxExistingKey) {
      this.maxExistingKey = maxExistingKey;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      List<KV<String, V>> pending = new ArrayList<>();
      c.element().getValue().forEach(pending::add);
      pending.sort(Comparator.comparing(KV::getKey));
      long next = Math.max(0L, c.sideInput(maxExistingKey)) + 1;
      for (KV<String, V> kv : pending) {
        c.output(KV.of(next++, kv.getValue()));
      }
    }
  }

  /** max(keys ∪ {0}) as a singleton view. */
  static final class MaxKey extends PTransform<PCollection<Long>, PCollectionView<Long>> {
    @Override
    public PCollectionView<Long> expand(PCollection<Long> keys) {
      return keys.apply("FindMaxKeyOrZero", Combine.globally(new MaxOrZeroFn()).asSingletonView());
    }
  }

  /** Max with identity 0. */
  static final class MaxOrZeroFn extends Combine.BinaryCombineLongFn {
    @Override
    public long apply(long left, long right) {
      return Math.max(left, right);
    }

    @Override
    public long identity() {
      return 0L;
    }
  }
}
