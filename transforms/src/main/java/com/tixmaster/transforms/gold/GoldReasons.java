package com.tixmaster.transforms.gold;

import java.util.List;

/**
 * Stable {@code reason_code}s of {@code gold._rejected}, the dead letters of the gold, summary and
 * documents stages (silver's are {@code json.ReasonCodes}). A row goes there when the stage cannot
 * use it at all; a reference that merely points nowhere resolves to the unknown member (-1)
 * instead, and is counted.
 */
public final class GoldReasons {
  /** A silver row without its natural key, or without one of its two ids (link tables). */
  public static final String MISSING_KEY = "missing_key";

  /** A dimension's source row whose natural key is {@code "-1"}, the unknown member's. */
  public static final String RESERVED_KEY = "reserved_key";

  /** One of several rows for a key that must be unique: the smallest row is kept, not this one. */
  public static final String DUPLICATE_KEY = "duplicate_key";

  /** A link row (event_venues, event_attractions) whose event is not in silver.events. */
  public static final String UNKNOWN_EVENT = "unknown_event";

  /** A fact whose {@code date_key} has no dim_date row with a year and a month (summary). */
  public static final String UNKNOWN_DATE_KEY = "unknown_date_key";

  public static final List<String> ALL =
      List.of(MISSING_KEY, RESERVED_KEY, DUPLICATE_KEY, UNKNOWN_EVENT, UNKNOWN_DATE_KEY);

  private GoldReasons() {}
}
