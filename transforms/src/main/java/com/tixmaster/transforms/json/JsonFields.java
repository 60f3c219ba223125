package com.tixmaster.transforms.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.annotation.Nullable;
import org.joda.time.Instant;

/**
 * Null-safe, never-throwing readers over a Jackson tree, shared by the parsers. Every reader trims
 * text and turns an empty string into null; a value of the wrong JSON type, or one that does not
 * parse, becomes null and is counted under the counter the caller names.
 */
public final class JsonFields {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

  private JsonFields() {}

  /**
   * Parses a payload into a tree, once. Returns null when the text is empty or blank; throws on
   * malformed JSON (including trailing junk after the first value).
   */
  public static @Nullable JsonNode readTree(@Nullable String payload)
      throws JsonProcessingException {
    if (payload == null || payload.isBlank()) {
      return null;
    }
    JsonNode node = MAPPER.readTree(payload);
    return node == null || node.isMissingNode() ? null : node;
  }

  /**
   * The child {@code field} of an object, or null when absent, JSON null, or the parent is not an
   * object.
   */
  public static @Nullable JsonNode child(@Nullable JsonNode parent, String field) {
    if (parent == null || !parent.isObject()) {
      return null;
    }
    JsonNode node = parent.get(field);
    return node == null || node.isNull() || node.isMissingNode() ? null : node;
  }

  /** The child object {@code field}; anything but an object is nulled and counted. */
  public static @Nullable JsonNode object(
      @Nullable JsonNode parent, String field, ParseIssues issues, String wrongTypeCounter) {
    JsonNode node = child(parent, field);
    if (node == null) {
      return null;
    }
    if (!node.isObject()) {
      issues.add(wrongTypeCounter);
      return null;
    }
    return node;
  }

  /** The child array {@code field}; anything but an array is nulled and counted. */
  public static @Nullable JsonNode array(
      @Nullable JsonNode parent, String field, ParseIssues issues, String wrongTypeCounter) {
    JsonNode node = child(parent, field);
    if (node == null) {
      return null;
    }
    if (!node.isArray()) {
      issues.add(wrongTypeCounter);
      return null;
    }
    return node;
  }

  /**
   * The child text {@code field}, trimmed, empty → null. A number or boolean is taken as its text
   * (counted {@code parsed_text_from_number}); an object or array is nulled and counted.
   */
  public static @Nullable String text(
      @Nullable JsonNode parent, String field, ParseIssues issues, String wrongTypeCounter) {
    return asText(child(parent, field), issues, wrongTypeCounter);
  }

  /** {@link #text} for a node already in hand. */
  public static @Nullable String asText(
      @Nullable JsonNode node, ParseIssues issues, String wrongTypeCounter) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return trimToNull(node.textValue());
    }
    if (node.isNumber() || node.isBoolean()) {
      issues.add(ParseCounters.PARSED_TEXT_FROM_NUMBER);
      return trimToNull(node.asText());
    }
    issues.add(wrongTypeCounter);
    return null;
  }

  /** Trims white space, Unicode spaces included (e.g. no-break space); empty → null. */
  public static @Nullable String trimToNull(@Nullable String s) {
    if (s == null) {
      return null;
    }
    int begin = 0;
    int end = s.length();
    while (begin < end && isSpace(s.charAt(begin))) {
      begin++;
    }
    while (end > begin && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return begin == end ? null : StringPool.canonical(s.substring(begin, end));
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * A boolean flag: JSON booleans and the strings "true"/"false"; anything else nulled and counted.
   */
  public static @Nullable Boolean flag(
      @Nullable JsonNode parent, String field, ParseIssues issues, String invalidCounter) {
    JsonNode node = child(parent, field);
    if (node == null) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isTextual()) {
      String t = trimToNull(node.textValue());
      if (t == null) {
        return null;
      }
      if (t.equalsIgnoreCase("true")) {
        return Boolean.TRUE;
      }
      if (t.equalsIgnoreCase("false")) {
        return Boolean.FALSE;
      }
    }
    issues.add(invalidCounter);
    return null;
  }

  /**
   * A finite number: a JSON number, or a string holding a decimal number (counted {@code
   * parsed_number_from_string}). Junk, booleans, objects and arrays are nulled and counted.
   */
  public static @Nullable Double number(
      @Nullable JsonNode parent, String field, ParseIssues issues, String notANumberCounter) {
    JsonNode node = child(parent, field);
    if (node == null) {
      return null;
    }
    if (node.isNumber()) {
      double d = node.doubleValue();
      if (Double.isFinite(d)) {
        return d;
      }
      issues.add(notANumberCounter);
      return null;
    }
    if (node.isTextual()) {
      String t = trimToNull(node.textValue());
      if (t == null) {
        return null;
      }
      try {
        double d = new BigDecimal(t).doubleValue();
        if (Double.isFinite(d)) {
          issues.add(ParseCounters.PARSED_NUMBER_FROM_STRING);
          return d;
        }
      } catch (NumberFormatException e) {
        // counted below
      }
    }
    issues.add(notANumberCounter);
    return null;
  }

  /** An ISO calendar date {@code yyyy-MM-dd}; junk is nulled and counted. */
  public static @Nullable String localDate(
      @Nullable String text, ParseIssues issues, String invalidCounter) {
    if (text == null) {
      return null;
    }
    try {
      return StringPool.canonical(LocalDate.parse(text).toString());
    } catch (DateTimeException e) {
      issues.add(invalidCounter);
      return null;
    }
  }

  /**
   * A local time {@code HH:mm[:ss[.fff]]}, normalised to {@code HH:mm:ss}; junk nulled and counted.
   */
  public static @Nullable String localTime(
      @Nullable String text, ParseIssues issues, String invalidCounter) {
    if (text == null) {
      return null;
    }
    try {
      return StringPool.canonical(LocalTime.parse(text).format(HH_MM_SS));
    } catch (DateTimeException e) {
      issues.add(invalidCounter);
      return null;
    }
  }

  /** An instant with a zone ({@code …Z} or {@code …+02:00}); junk nulled and counted. */
  public static @Nullable Instant instant(
      @Nullable String text, ParseIssues issues, String invalidCounter) {
    if (text == null) {
      return null;
    }
    try {
      return new Instant(java.time.Instant.parse(text).toEpochMilli());
    } catch (DateTimeException | ArithmeticException e) {
      try {
        return new Instant(OffsetDateTime.parse(text).toInstant().toEpochMilli());
      } catch (DateTimeException | ArithmeticException e2) {
        issues.add(invalidCounter);
        return null;
      }
    }
  }

  /** A valid time-zone id (e.g. {@code America/Los_Angeles}); junk nulled and counted. */
  public static @Nullable String zone(
      @Nullable String text, ParseIssues issues, String invalidCounter) {
    if (text == null) {
      return null;
    }
    try {
      return ZoneId.of(text).getId();
    } catch (DateTimeException e) {
      issues.add(invalidCounter);
      return null;
    }
  }

  /** Lower-cases with the root locale (never the machine's). */
  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Upper-cases with the root locale. */
  public static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  /** Compact JSON text of a node, for {@code _rejected.payload}. */
  public static String toJson(JsonNode node) {
    return node.toString();
  }
}
