package com.tixmaster.transforms.json;

import java.util.List;

/**
 * Stable {@code reason_code}s of {@code silver._rejected}. A record (or an embedded copy, with
 * {@code _origin = embedded}) goes there only when it has no usable key or is not usable at all; a
 * field that is invalid on its own is nulled and counted instead (see {@link ParseCounters}).
 */
public final class ReasonCodes {
  /** The payload is not JSON (or has trailing junk), or is empty. */
  public static final String UNPARSEABLE_PAYLOAD = "unparseable_payload";

  /** The payload is JSON but not an object (an array, a string, null, ...). */
  public static final String NOT_AN_OBJECT = "not_an_object";

  /** No {@code id} (classifications: neither {@code segment.id} nor {@code type.id}), or blank. */
  public static final String MISSING_ID = "missing_id";

  /** An {@code id} that is an object, array, boolean or non-integral number. */
  public static final String INVALID_ID = "invalid_id";

  /** The bronze record's {@code entity} is none of events, venues, attractions, classifications. */
  public static final String UNKNOWN_ENTITY = "unknown_entity";

  public static final List<String> ALL =
      List.of(UNPARSEABLE_PAYLOAD, NOT_AN_OBJECT, MISSING_ID, INVALID_ID, UNKNOWN_ENTITY);

  private ReasonCodes() {}
}
