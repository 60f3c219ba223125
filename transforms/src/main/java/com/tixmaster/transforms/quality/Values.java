package com.tixmaster.transforms.quality;

import java.math.BigDecimal;
import java.util.List;
import javax.annotation.Nullable;
import org.apache.beam.sdk.values.Row;
import org.joda.time.Instant;
import org.joda.time.ReadableInstant;

/**
 * Tolerant, by-name reads of table rows. The audits work against the column contract of tables.md:
 * a column is read by name whatever its Beam type (an id as STRING or INT64, a timestamp as a joda
 * or java instant), extra columns are ignored, and an absent column reads as null.
 */
final class Values {
  private Values() {}

  static @Nullable Object raw(Row row, String field) {
    return row.getSchema().hasField(field) ? row.getValue(field) : null;
  }

  /**
   * A value as a join key: strings as they are, whole numbers without a fraction ({@code 5},
   * whether INT32, INT64 or DOUBLE), instants in ISO form. The same text as Spark's {@code CAST(x
   * AS STRING)} for the key types of the contract (STRING, INT, BIGINT).
   */
  static @Nullable String key(Row row, String field) {
    return asKey(raw(row, field));
  }

  static @Nullable String asKey(@Nullable Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Byte || v instanceof Short || v instanceof Integer || v instanceof Long) {
      return v.toString();
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d)) {
        return null;
      }
      return d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e18
          ? Long.toString((long) d)
          : v.toString();
    }
    if (v instanceof BigDecimal) {
      return ((BigDecimal) v).stripTrailingZeros().toPlainString();
    }
    if (v instanceof ReadableInstant) {
      return new Instant(((ReadableInstant) v).getMillis()).toString();
    }
    return v.toString();
  }

  /** The row's key over {@code columns}: {@code |}-joined, a null part as {@code <null>}. */
  static String recordKey(Row row, List<String> columns) {
    if (columns.size() == 1) {
      // the common case, and no copy: a string column's value is returned as it is
      String k = key(row, columns.get(0));
      return k == null ? QualityChecks.NULL_TEXT : k;
    }
    StringBuilder s = new StringBuilder();
    for (String c : columns) {
      if (s.length() > 0) {
        s.append('|');
      }
      String k = key(row, c);
      s.append(k == null ? QualityChecks.NULL_TEXT : k);
    }
    return s.toString();
  }

  static @Nullable Double number(Row row, String field) {
    Object v = raw(row, field);
    if (v == null) {
      return null;
    }
    if (v instanceof Number) {
      double d = ((Number) v).doubleValue();
      return Double.isNaN(d) ? null : d;
    }
    try {
      String s = v.toString().trim();
      return s.isEmpty() ? null : Double.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A count column; null or unparsable is 0. */
  static long count(Row row, String field) {
    Double d = number(row, field);
    return d == null ? 0L : d.longValue();
  }

  static @Nullable Instant instant(Row row, String field) {
    Object v = raw(row, field);
    if (v == null) {
      return null;
    }
    if (v instanceof ReadableInstant) {
      return new Instant(((ReadableInstant) v).getMillis());
    }
    if (v instanceof java.time.Instant) {
      return new Instant(((java.time.Instant) v).toEpochMilli());
    }
    if (v instanceof java.time.LocalDateTime) {
      return new Instant(
          ((java.time.LocalDateTime) v).toInstant(java.time.ZoneOffset.UTC).toEpochMilli());
    }
    if (v instanceof Number) {
      return new Instant(((Number) v).longValue());
    }
    try {
      return new Instant(java.time.Instant.parse(v.toString().trim()).toEpochMilli());
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /** True only when the column holds true (or {@code "true"}). */
  static boolean isTrue(Row row, String field) {
    Object v = raw(row, field);
    return Boolean.TRUE.equals(v) || (v != null && "true".equalsIgnoreCase(v.toString().trim()));
  }
}
