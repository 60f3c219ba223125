package com.tixmaster.transforms.json;

import javax.annotation.Nullable;

/**
 * Returns one shared instance for equal short strings (ids, dates, codes, file names), so that the
 * rows parsed from a million payloads do not each carry their own copy of the same few thousand
 * values: on the DirectRunner every parsed row is held in memory, and before this the strings were
 * two thirds of silver's heap at 1M events. A direct-mapped cache: a lookup is one hash and one
 * {@code equals}, memory is bounded, and a miss only costs the copy it would have cost anyway. The
 * value returned is always equal to the argument.
 *
 * <p>The cache is shared by every thread without locks: a slot holds a reference to an immutable
 * {@code String}, so a racing write can only replace one pooled value with another and cost a miss.
 * (It was a {@code ThreadLocal} array first, and the lookups in the worker threads' crowded {@code
 * ThreadLocal} maps cost 7 % of silver's CPU.)
 */
public final class StringPool {
  /** Longer strings (names, URLs, descriptions) are mostly unique: not pooled. */
  private static final int MAX_LENGTH = 48;

  private static final int SLOTS = 1 << 17;
  private static final String[] CACHE = new String[SLOTS];

  private StringPool() {}

  /** A shared instance equal to {@code s} (or {@code s} itself); long strings as they are. */
  public static @Nullable String canonical(@Nullable String s) {
    return s == null || s.length() > MAX_LENGTH ? s : pooled(s);
  }

  /** The same for a string known to repeat whatever its length (a record's source file). */
  public static @Nullable String canonicalAnyLength(@Nullable String s) {
    return s == null ? null : pooled(s);
  }

  private static String pooled(String s) {
    String[] cache = CACHE;
    int h = s.hashCode();
    int slot = (h ^ (h >>> 17)) & (SLOTS - 1);
    String pooled = cache[slot];
    if (s.equals(pooled)) {
      return pooled;
    }
    cache[slot] = s;
    return s;
  }
}
