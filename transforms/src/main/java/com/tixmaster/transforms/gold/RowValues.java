package com.tixmaster.transforms.gold;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.values.Row;
import org.joda.time.Instant;
import org.joda.time.ReadableInstant;

/**
 * Tolerant, by-name reads of silver rows. Gold works against the column contract of tables.md, not
 * against silver's Java classes: a column that is absent reads as null, extra columns are ignored,
 * and a value is accepted in any reasonable representation (a number as INT32, INT64, DOUBLE or a
 * string; a date as an ISO string or a {@code LocalDate}; a timestamp as a joda or java instant).
 * Strings are trimmed and an empty string is null.
 */
public final class RowValues {
  private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

  private RowValues() {}

  /** The raw value of {@code field}, or null when the row has no such column. */
  public static @Nullable Object raw(Row row, String field) {
    return row.getSchema().hasField(field) ? row.getValue(field) : null;
  }

  public static @Nullable String string(Row row, String field) {
    return asString(raw(row, field));
  }

  public static @Nullable Long longValue(Row row, String field) {
    return asLong(raw(row, field));
  }

  public static @Nullable Integer intValue(Row row, String field) {
    Long v = asLong(raw(row, field));
    return v == null ? null : Math.toIntExact(v);
  }

  public static @Nullable Double doubleValue(Row row, String field) {
    return asDouble(raw(row, field));
  }

  public static @Nullable Boolean bool(Row row, String field) {
    return asBoolean(raw(row, field));
  }

  /** True only when the column holds true. */
  public static boolean isTrue(Row row, String field) {
    return Boolean.TRUE.equals(bool(row, field));
  }

  public static @Nullable Instant instant(Row row, String field) {
    return asInstant(raw(row, field));
  }

  public static @Nullable LocalDate date(Row row, String field) {
    return asDate(raw(row, field));
  }

  /** A local time as {@code HH:mm:ss}. */
  public static @Nullable String localTime(Row row, String field) {
    Object v = raw(row, field);
    if (v instanceof LocalTime) {
      return ((LocalTime) v).format(HH_MM_SS);
    }
    String s = asString(v);
    if (s == null) {
      return null;
    }
    try {
      return LocalTime.parse(s).format(HH_MM_SS);
    } catch (DateTimeParseException e) {
      return s;
    }
  }

  public static @Nullable String asString(@Nullable Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof ReadableInstant) {
      return new Instant(((ReadableInstant) v).getMillis()).toString();
    }
    String s = v.toString().trim();
    return s.isEmpty() ? null : s;
  }

  public static @Nullable Long asLong(@Nullable Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Number) {
      return ((Number) v).longValue();
    }
    String s = asString(v);
    if (s == null) {
      return null;
    }
    try {
      return new BigDecimal(s).longValue();
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public static @Nullable Double asDouble(@Nullable Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Number) {
      double d = ((Number) v).doubleValue();
      return Double.isNaN(d) ? null : d;
    }
    String s = asString(v);
    if (s == null) {
      return null;
    }
    try {
      return Double.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public static @Nullable Boolean asBoolean(@Nullable Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Boolean) {
      return (Boolean) v;
    }
    if (v instanceof Number) {
      return ((Number) v).longValue() != 0;
    }
    String s = asString(v);
    if (s == null) {
      return null;
    }
    switch (s.toLowerCase(Locale.ROOT)) {
      case "true":
      case "yes":
      case "y":
      case "1":
        return true;
      case "false":
      case "no":
      case "n":
      case "0":
        return false;
      default:
        return null;
    }
  }

  public static @Nullable Instant asInstant(@Nullable Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof ReadableInstant) {
      return new Instant(((ReadableInstant) v).getMillis());
    }
    if (v instanceof java.time.Instant) {
      return new Instant(((java.time.Instant) v).toEpochMilli());
    }
    if (v instanceof Number) {
      return new Instant(((Number) v).longValue());
    }
    String s = asString(v);
    if (s == null) {
      return null;
    }
    try {
      return new Instant(java.time.Instant.parse(s).toEpochMilli());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public static @Nullable LocalDate asDate(@Nullable Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof LocalDate) {
      return (LocalDate) v;
    }
    if (v instanceof org.joda.time.LocalDate) {
      org.joda.time.LocalDate d = (org.joda.time.LocalDate) v;
      return LocalDate.of(d.getYear(), d.getMonthOfYear(), d.getDayOfMonth());
    }
    String s = asString(v);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Converts a silver value to the representation of a gold column of type {@code type}. Unknown or
   * unconvertible values become null.
   */
  public static @Nullable Object coerce(@Nullable Object v, FieldType type) {
    if (v == null) {
      return null;
    }
    switch (type.getTypeName()) {
      case STRING:
        if (v instanceof LocalDate) {
          return v.toString();
        }
        return asString(v);
      case INT16:
        Long s = asLong(v);
        return s == null ? null : s.shortValue();
      case INT32:
        Long i = asLong(v);
        return i == null ? null : Math.toIntExact(i);
      case INT64:
        return asLong(v);
      case DOUBLE:
        return asDouble(v);
      case FLOAT:
        Double f = asDouble(v);
        return f == null ? null : f.floatValue();
      case BOOLEAN:
        return asBoolean(v);
      case DATETIME:
        return asInstant(v);
      default:
        return v;
    }
  }

  /** The first non-null of the values. */
  @SafeVarargs
  public static @Nullable <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** Whether {@code row} has every one of {@code fields}. */
  public static boolean hasAll(Row row, List<String> fields) {
    return fields.stream().allMatch(row.getSchema()::hasField);
  }
}
