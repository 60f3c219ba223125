package com.tixmaster.transforms.join;

import com.tixmaster.transforms.io.Buckets;
import java.io.Serializable;
import javax.annotation.Nullable;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableComparator;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * A many-to-one left join of items to a lookup table, by a CoGroupByKey (no side input): each item
 * whose key is in the table gets {@code setter(item, value)}, with the smallest of the key's values
 * by {@code choice} when the table holds several, so that the result is deterministic. An item with
 * no key, or a key the table lacks, gets {@code otherwise(item)} (itself, unless told otherwise).
 * Gold resolves its foreign keys this way, the summary attaches names, the documents attach rows.
 *
 * <pre>{@code
 * drafts = LookupJoin.of(FactDraft::getVenueId, Long::compare, FactDraft::withVenueSk)
 *     .otherwise(d -> d.withVenueSk(-1))
 *     .join("ResolveVenueKeys", drafts, venueKeys);
 * }</pre>
 */
public final class LookupJoin<T, K, V> extends PTransform<PCollectionTuple, PCollection<T>> {

  /** Reads an item's key; null when it has none. */
  public interface KeyFn<T, K> extends Serializable {
    @Nullable
    K key(T item);
  }

  /** Returns the item completed from its value. */
  public interface Setter<T, V> extends Serializable {
    T with(T item, V value);
  }

  /** Returns an item that has no value. */
  public interface Fallback<T> extends Serializable {
    T without(T item);
  }

  private final TupleTag<T> itemsTag = new TupleTag<>("items");
  private final TupleTag<KV<K, V>> lookupTag = new TupleTag<>("lookup");
  private final KeyFn<T, K> keyFn;
  private final SerializableComparator<V> choice;
  private final Setter<T, V> setter;
  private final Fallback<T> fallback;
  private final @Nullable MissCounter misses;

  private LookupJoin(
      KeyFn<T, K> keyFn,
      SerializableComparator<V> choice,
      Setter<T, V> setter,
      Fallback<T> fallback,
      @Nullable MissCounter misses) {
    this.keyFn = keyFn;
    this.choice = choice;
    this.setter = setter;
    this.fallback = fallback;
    this.misses = misses;
  }

  /** The Metrics counter of keyed items whose key the table lacks. */
  private static final class MissCounter implements Serializable {
    final String namespace;
    final String name;

    MissCounter(String namespace, String name) {
      this.namespace = namespace;
      this.name = name;
    }
  }

  /** A join on {@code keyFn}; of several values for a key, the smallest by {@code choice} wins. */
  public static <T, K, V> LookupJoin<T, K, V> of(
      KeyFn<T, K> keyFn, SerializableComparator<V> choice, Setter<T, V> setter) {
    return new LookupJoin<>(keyFn, choice, setter, item -> item, null);
  }

  /** What an item without a value becomes (default: the item unchanged). */
  public LookupJoin<T, K, V> otherwise(Fallback<T> fallback) {
    return new LookupJoin<>(keyFn, choice, setter, fallback, misses);
  }

  /** Counts the items whose key the table lacks as {@code namespace/name}. */
  public LookupJoin<T, K, V> countingMisses(String namespace, String name) {
    return new LookupJoin<>(keyFn, choice, setter, fallback, new MissCounter(namespace, name));
  }

  /** Applies the join, named {@code name} (a verb phrase, e.g. "ResolveVenueKeys"). */
  public PCollection<T> join(String name, PCollection<T> items, PCollection<KV<K, V>> lookup) {
    return PCollectionTuple.of(itemsTag, items).and(lookupTag, lookup).apply(name, this);
  }

  @Override
  public PCollection<T> expand(PCollectionTuple input) {
    PCollection<T> items = input.get(itemsTag);
    PCollection<KV<K, V>> lookup = input.get(lookupTag);
    Coder<T> itemCoder = items.getCoder();
    Coder<K> keyCoder = ((KvCoder<K, V>) lookup.getCoder()).getKeyCoder();
    TupleTag<KV<K, T>> keyed = new TupleTag<>("keyed");
    TupleTag<T> unkeyed = new TupleTag<>("unkeyed");
    PCollectionTuple split =
        items.apply(
            "KeyItems",
            ParDo.of(new KeyItemFn<>(keyFn, keyed, unkeyed))
                .withOutputTags(keyed, TupleTagList.of(unkeyed)));
    TupleTag<T> joinItems = new TupleTag<>("joinItems");
    TupleTag<V> joinValues = new TupleTag<>("joinValues");
    PCollection<T> joined =
        KeyedPCollectionTuple.of(
                joinItems, split.get(keyed).setCoder(KvCoder.of(keyCoder, itemCoder)))
            .and(joinValues, lookup)
            .apply("JoinLookup", Buckets.coGroupByKey())
            .apply(
                "SetValues",
                ParDo.of(
                    new SetValueFn<K, T, V>(
                        choice, setter, fallback, misses, joinItems, joinValues)))
            .setCoder(itemCoder);
    PCollection<T> withoutKey =
        split
            .get(unkeyed)
            .setCoder(itemCoder)
            .apply("SetNoValues", ParDo.of(new FallbackFn<>(fallback)))
            .setCoder(itemCoder);
    return PCollectionList.of(joined)
        .and(withoutKey)
        .apply("CombineItems", Flatten.pCollections())
        .setCoder(itemCoder);
  }

  static final class KeyItemFn<T, K> extends DoFn<T, KV<K, T>> {
    private final KeyFn<T, K> keyFn;
    private final TupleTag<KV<K, T>> keyed;
    private final TupleTag<T> unkeyed;

    KeyItemFn(KeyFn<T, K> keyFn, TupleTag<KV<K, T>> keyed, TupleTag<T> unkeyed) {
      this.keyFn = keyFn;
      this.keyed = keyed;
      this.unkeyed = unkeyed;
    }

    @ProcessElement
    public void process(@Element T item, MultiOutputReceiver out) {
      K key = keyFn.key(item);
      if (key == null) {
        out.get(unkeyed).output(item);
      } else {
        out.get(keyed).output(KV.of(key, item));
      }
    }
  }

  static final class SetValueFn<K, T, V> extends DoFn<KV<K, CoGbkResult>, T> {
    private final SerializableComparator<V> choice;
    private final Setter<T, V> setter;
    private final Fallback<T> fallback;
    private final @Nullable Counter misses;
    private final TupleTag<T> items;
    private final TupleTag<V> values;

    SetValueFn(
        SerializableComparator<V> choice,
        Setter<T, V> setter,
        Fallback<T> fallback,
        @Nullable MissCounter missCounter,
        TupleTag<T> items,
        TupleTag<V> values) {
      this.choice = choice;
      this.setter = setter;
      this.fallback = fallback;
      this.misses =
          missCounter == null ? null : Metrics.counter(missCounter.namespace, missCounter.name);
      this.items = items;
      this.values = values;
    }

    @ProcessElement
    public void process(@Element KV<K, CoGbkResult> element, OutputReceiver<T> out) {
      V chosen = null;
      for (V v : element.getValue().getAll(values)) {
        if (chosen == null || choice.compare(v, chosen) < 0) {
          chosen = v;
        }
      }
      for (T item : element.getValue().getAll(items)) {
        if (chosen != null) {
          out.output(setter.with(item, chosen));
        } else {
          if (misses != null) {
            misses.inc();
          }
          out.output(fallback.without(item));
        }
      }
    }
  }

  static final class FallbackFn<T> extends DoFn<T, T> {
    private final Fallback<T> fallback;

    FallbackFn(Fallback<T> fallback) {
      this.fallback = fallback;
    }

    @ProcessElement
    public void process(@Element T item, OutputReceiver<T> out) {
      out.output(fallback.without(item));
    }
  }
}
