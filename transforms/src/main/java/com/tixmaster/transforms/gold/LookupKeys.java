package com.tixmaster.transforms.gold;

import com.tixmaster.transforms.join.LookupJoin;
import java.io.Serializable;
import javax.annotation.Nullable;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Resolves one foreign key: each item's natural key is looked up in a {@code KV<natural key,
 * surrogate key>} table ({@link LookupJoin}) and the surrogate key set on the item; -1 ("unknown")
 * when the item has no natural key or the table has no such key (counted as {@code
 * gold/<name>_unresolved}). When the table holds several keys for one natural key, the lowest wins.
 */
public final class LookupKeys {

  /** Reads an item's natural key (null when it has none). */
  public interface KeyFn<T> extends Serializable {
    @Nullable
    String naturalKey(T item);
  }

  /** Returns the item with its surrogate key set. */
  public interface Setter<T> extends Serializable {
    T withKey(T item, long surrogateKey);
  }

  private LookupKeys() {}

  /** Applies a lookup named {@code name} (a verb phrase, e.g. "ResolveVenueKeys"). */
  public static <T> PCollection<T> resolve(
      String name,
      PCollection<T> items,
      PCollection<KV<String, Long>> keys,
      KeyFn<T> keyFn,
      Setter<T> setter) {
    return LookupJoin.<T, String, Long>of(keyFn::naturalKey, Long::compare, setter::withKey)
        .otherwise(item -> setter.withKey(item, DimensionSpec.UNKNOWN_SK))
        .countingMisses("gold", name + "_unresolved")
        .join(name, items, keys);
  }
}
