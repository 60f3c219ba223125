package com.tixmaster.transforms.gold;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import javax.annotation.Nullable;
import org.apache.beam.sdk.values.Row;
import org.joda.time.ReadableInstant;

/**
 * The {@code row_hash} of an SCD2 version: SHA-256 hex over the tracked columns' canonical values.
 *
 * <p>Canonical form: for each tracked column, in the order given, {@code name=value} followed by
 * the record separator U+001E. A null is U+0000 (so it differs from any string), a double is {@link
 * Double#toString} ({@code -0.0} counts as {@code 0.0}), an instant is its epoch millis, anything
 * else its {@code toString()}. The form depends only on the values, never on the row's schema or
 * column order, so a hash stays comparable across runs.
 */
public final class RowHash {
  private RowHash() {}

  public static String of(Row row, List<String> columns) {
    return of(columns, row::getValue);
  }

  public static String of(List<String> columns, Function<String, Object> values) {
    StringBuilder canonical = new StringBuilder();
    for (String column : columns) {
      canonical.append(column).append('=').append(canonical(values.apply(column))).append('\u001e');
    }
    return sha256Hex(canonical.toString());
  }

  static String canonical(@Nullable Object value) {
    if (value == null) {
      return "\u0000";
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.toString(d == 0.0 ? 0.0 : d);
    }
    if (value instanceof ReadableInstant) {
      return Long.toString(((ReadableInstant) value).getMillis());
    }
    return value.toString();
  }

  public static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
