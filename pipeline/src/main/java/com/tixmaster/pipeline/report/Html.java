package com.tixmaster.pipeline.report;

import java.util.Locale;
import java.util.regex.Pattern;
import org.joda.time.Instant;
import org.joda.time.format.DateTimeFormat;
import org.joda.time.format.DateTimeFormatter;

/**
 * Text for the report: every value that comes from data goes through {@link #text}, which removes
 * anything that looks like a credential and escapes it for HTML (element content and attribute
 * values alike). The report is also well-formed XML, so only the five XML entities are used.
 */
final class Html {
  /** URL query strings may carry keys (the Discovery API's {@code ?apikey=}); they are dropped. */
  private static final Pattern URL_QUERY =
      Pattern.compile(
          "(?i)\\b((?:https?|s3a?|abfss?|wasbs?|gs|dbfs)://[^\\s?#\"'<>]*)\\?[^\\s\"'<>]*");

  /** {@code apikey=…}, {@code token: …} and the like, outside URLs too. */
  private static final Pattern KEY_VALUE =
      Pattern.compile(
          "(?i)\\b(api[_-]?key|apikey|access[_-]?key|secret|password|passwd|token)(\"?\\s*[=:]\\s*\"?)[^\\s&,;\"'<>]+");

  private static final DateTimeFormatter TIME =
      DateTimeFormat.forPattern("yyyy-MM-dd HH:mm:ss'Z'").withZoneUTC();

  private Html() {}

  /** Escaped, redacted text; {@code null} becomes the empty string. */
  static String text(String value) {
    return escape(redact(value));
  }

  /** Removes URL query strings and key/secret assignments. */
  static String redact(String value) {
    if (value == null) {
      return null;
    }
    String out = URL_QUERY.matcher(value).replaceAll("$1?[query removed]");
    return KEY_VALUE.matcher(out).replaceAll("$1$2[redacted]");
  }

  /** Escapes for element content and quoted attribute values; drops control characters. */
  static String escape(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        case '\n', '\t' -> b.append(c);
        case '\r' -> {}
        default -> {
          if (c < 0x20 || c == 0x7f || c == 0xfffe || c == 0xffff) {
            b.append('\ufffd');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** A safe CSS class / id suffix: lower-case letters, digits and '-'. */
  static String token(String value) {
    if (value == null || value.isEmpty()) {
      return "none";
    }
    String t = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return t.isEmpty() ? "none" : t;
  }

  /** Cuts long text (payload-like details) to {@code max} characters. */
  static String cut(String value, int max) {
    if (value == null || value.length() <= max) {
      return value;
    }
    return value.substring(0, max) + "\u2026";
  }

  static String time(Instant instant) {
    return instant == null ? "" : TIME.print(instant);
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String count(Long n) {
    return n == null ? "" : count(n.longValue());
  }

  /** Human duration: {@code 0.4 s}, {@code 12.0 s}, {@code 3 min 05 s}, {@code 1 h 02 min}. */
  static String duration(Instant start, Instant end) {
    if (start == null || end == null) {
      return "";
    }
    return duration(end.getMillis() - start.getMillis());
  }

  static String duration(long millis) {
    if (millis < 0) {
      return "";
    }
    if (millis < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    long s = millis / 1000;
    if (s < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
  }

  /** A number for SVG coordinates: at most one decimal, never in exponent form. */
  static String num(double v) {
    if (Math.abs(v - Math.rint(v)) < 1e-9) {
      return Long.toString(Math.round(v));
    }
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** Money-ish number: no decimals from 100 up, else up to 2. */
  static String amount(double v) {
    if (Math.abs(v) >= 100 || Math.abs(v - Math.rint(v)) < 1e-9) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return String.format(Locale.ROOT, "%,.2f", v);
  }
}
