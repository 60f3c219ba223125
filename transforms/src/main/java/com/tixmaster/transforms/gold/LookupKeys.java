package com.tixmaster.transforms.gold;

import com.tixmaster.transforms.io.Buckets;
import java.io.Serializable;
import javax.annotation.Nullable;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Resolves one foreign key by a join (a CoGroupByKey, no side input): each item's natural key is
 * looked up in a {@code KV<natural key, surrogate key>} table and the surrogate key set on the
 * item; -1 ("unknown") when the item has no natural key or the table has no such key.
 */
public final class LookupKeys<T> extends PTransform<PCollectionTuple, PCollection<T>> {

  /** Reads an item's natural key (null when it has none). */
  public interface KeyFn<T> extends Serializable {
    @Nullable
    String naturalKey(T item);
  }

  /** Returns the item with its surrogate key set. */
  public interface Setter<T> extends Serializable {
    T withKey(T item, long surrogateKey);
  }

  private final TupleTag<T> itemsTag = new TupleTag<>("items");
  private final TupleTag<KV<String, Long>> keysTag = new TupleTag<>("keys");
  private final String name;
  private final KeyFn<T> keyFn;
  private final Setter<T> setter;

  private LookupKeys(String name, KeyFn<T> keyFn, Setter<T> setter) {
    this.name = name;
    this.keyFn = keyFn;
    this.setter = setter;
  }

  /** Applies a lookup named {@code name} (a verb phrase, e.g. "ResolveVenueKeys"). */
  public static <T> PCollection<T> resolve(
      String name,
      PCollection<T> items,
      PCollection<KV<String, Long>> keys,
      KeyFn<T> keyFn,
      Setter<T> setter) {
    LookupKeys<T> lookup = new LookupKeys<>(name, keyFn, setter);
    return PCollectionTuple.of(lookup.itemsTag, items)
        .and(lookup.keysTag, keys)
        .apply(name, lookup);
  }

  @Override
  public PCollection<T> expand(PCollectionTuple input) {
    PCollection<T> items = input.get(itemsTag);
    Coder<T> itemCoder = items.getCoder();
    TupleTag<KV<String, T>> keyed = new TupleTag<>("keyed");
    TupleTag<T> unkeyed = new TupleTag<>("unkeyed");
    PCollectionTuple split =
        items.apply(
            "KeyItems",
            ParDo.of(new KeyItemFn<>(keyFn, keyed, unkeyed))
                .withOutputTags(keyed, TupleTagList.of(unkeyed)));
    TupleTag<T> joinItems = new TupleTag<>("joinItems");
    TupleTag<Long> joinKeys = new TupleTag<>("joinKeys");
    PCollection<T> resolved =
        KeyedPCollectionTuple.of(
                joinItems, split.get(keyed).setCoder(KvCoder.of(StringUtf8Coder.of(), itemCoder)))
            .and(joinKeys, input.get(keysTag))
            .apply("JoinKeys", Buckets.coGroupByKey())
            .apply("SetKeys", ParDo.of(new SetKeyFn<>(name, setter, joinItems, joinKeys)))
            .setCoder(itemCoder);
    PCollection<T> withoutKey =
        split
            .get(unkeyed)
            .setCoder(itemCoder)
            .apply("SetUnknownKeys", ParDo.of(new SetUnknownFn<>(setter)))
            .setCoder(itemCoder);
    return PCollectionList.of(resolved)
        .and(withoutKey)
        .apply("CombineItems", Flatten.pCollections())
        .setCoder(itemCoder);
  }

  static final class KeyItemFn<T> extends DoFn<T, KV<String, T>> {
    private final KeyFn<T> keyFn;
    private final TupleTag<KV<String, T>> keyed;
    private final TupleTag<T> unkeyed;

    KeyItemFn(KeyFn<T> keyFn, TupleTag<KV<String, T>> keyed, TupleTag<T> unkeyed) {
      this.keyFn = keyFn;
      this.keyed = keyed;
      this.unkeyed = unkeyed;
    }

    @ProcessElement
    public void process(@Element T item, MultiOutputReceiver out) {
      String key = keyFn.naturalKey(item);
      if (key == null) {
        out.get(unkeyed).output(item);
      } else {
        out.get(keyed).output(KV.of(key, item));
      }
    }
  }

  static final class SetKeyFn<T> extends DoFn<KV<String, CoGbkResult>, T> {
    private final Setter<T> setter;
    private final TupleTag<T> items;
    private final TupleTag<Long> keys;
    private final Counter unresolved;

    SetKeyFn(String name, Setter<T> setter, TupleTag<T> items, TupleTag<Long> keys) {
      this.setter = setter;
      this.items = items;
      this.keys = keys;
      this.unresolved = Metrics.counter("gold", name + "_unresolved");
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> element, OutputReceiver<T> out) {
      Long sk = null;
      for (Long k : element.getValue().getAll(keys)) {
        sk = sk == null ? k : Math.min(sk, k);
      }
      for (T item : element.getValue().getAll(items)) {
        if (sk == null) {
          unresolved.inc();
        }
        out.output(setter.withKey(item, sk == null ? DimensionSpec.UNKNOWN_SK : sk));
      }
    }
  }

  static final class SetUnknownFn<T> extends DoFn<T, T> {
    private final Setter<T> setter;

    SetUnknownFn(Setter<T> setter) {
      this.setter = setter;
    }

    @ProcessElement
    public void process(@Element T item, OutputReceiver<T> out) {
      out.output(setter.withKey(item, DimensionSpec.UNKNOWN_SK));
    }
  }
}
