package com.tixmaster.pipeline.assistant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javax.annotation.Nullable;
import org.apache.beam.sdk.values.Row;
import org.joda.time.ReadableInstant;

/**
 * One row of {@code gold.event_documents} as the assistant uses it: plain Java values, strings
 * trimmed (an empty string is null). Built from a lake {@link Row}, from a Vector Search result, or
 * by tests with {@link #builder}.
 */
public record EventDoc(
    String eventId,
    String eventText,
    @Nullable String eventName,
    @Nullable LocalDate eventDate,
    @Nullable String eventLocalTime,
    @Nullable Instant eventDatetimeUtc,
    @Nullable String city,
    @Nullable String state,
    @Nullable String country,
    @Nullable String segmentName,
    @Nullable String genreName,
    @Nullable String subgenreName,
    @Nullable Double priceMin,
    @Nullable Double priceMax,
    @Nullable String priceCurrency,
    @Nullable String venueName,
    @Nullable String attractionName,
    @Nullable String statusCode,
    @Nullable String eventUrl) {

  /** The columns the assistant reads, in table order. */
  public static final java.util.List<String> COLUMNS =
      java.util.List.of(
          "event_id",
          "event_text",
          "event_name",
          "event_date",
          "event_local_time",
          "event_datetime_utc",
          "city",
          "state",
          "country",
          "segment_name",
          "genre_name",
          "subgenre_name",
          "price_min",
          "price_max",
          "price_currency",
          "venue_name",
          "attraction_name",
          "status_code",
          "event_url");

  /** Reads the row's columns by name; columns the row lacks are null. */
  public static EventDoc fromRow(Row row) {
    return fromValues(name -> row.getSchema().hasField(name) ? row.getValue(name) : null);
  }

  /** Reads values by column name from any source (lake rows, REST results). */
  public static EventDoc fromValues(java.util.function.Function<String, Object> value) {
    String id = string(value.apply("event_id"));
    if (id == null) {
      throw new IllegalArgumentException("an event document without event_id");
    }
    String text = string(value.apply("event_text"));
    return builder()
        .eventId(id)
        .eventText(text == null ? "" : text)
        .eventName(string(value.apply("event_name")))
        .eventDate(date(value.apply("event_date")))
        .eventLocalTime(string(value.apply("event_local_time")))
        .eventDatetimeUtc(instant(value.apply("event_datetime_utc")))
        .city(string(value.apply("city")))
        .state(string(value.apply("state")))
        .country(string(value.apply("country")))
        .segmentName(string(value.apply("segment_name")))
        .genreName(string(value.apply("genre_name")))
        .subgenreName(string(value.apply("subgenre_name")))
        .priceMin(number(value.apply("price_min")))
        .priceMax(number(value.apply("price_max")))
        .priceCurrency(upper(string(value.apply("price_currency"))))
        .venueName(string(value.apply("venue_name")))
        .attractionName(string(value.apply("attraction_name")))
        .statusCode(string(value.apply("status_code")))
        .eventUrl(string(value.apply("event_url")))
        .build();
  }

  /** This document with another text. */
  public EventDoc withEventText(String text) {
    return new EventDoc(
        eventId,
        text,
        eventName,
        eventDate,
        eventLocalTime,
        eventDatetimeUtc,
        city,
        state,
        country,
        segmentName,
        genreName,
        subgenreName,
        priceMin,
        priceMax,
        priceCurrency,
        venueName,
        attractionName,
        statusCode,
        eventUrl);
  }

  /** True when the event is cancelled (either spelling). */
  public boolean isCancelled() {
    return statusCode != null
        && (statusCode.equalsIgnoreCase("cancelled") || statusCode.equalsIgnoreCase("canceled"));
  }

  static @Nullable String string(@Nullable Object v) {
    if (v == null) {
      return null;
    }
    String s = v.toString().trim();
    return s.isEmpty() ? null : s;
  }

  private static @Nullable String upper(@Nullable String s) {
    return s == null ? null : s.toUpperCase(Locale.ROOT);
  }

  static @Nullable Double number(@Nullable Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    try {
      String s = v.toString().trim();
      return s.isEmpty() ? null : Double.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static @Nullable LocalDate date(@Nullable Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof LocalDate d) {
      return d;
    }
    if (v instanceof Number n) { // days since the epoch, as Parquet DATE stores it
      return LocalDate.ofEpochDay(n.longValue());
    }
    String s = v.toString().trim();
    if (s.length() >= 10) {
      s = s.substring(0, 10);
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static @Nullable Instant instant(@Nullable Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof ReadableInstant r) {
      return Instant.ofEpochMilli(r.getMillis());
    }
    if (v instanceof Instant i) {
      return i;
    }
    if (v instanceof Number n) {
      return Instant.ofEpochMilli(n.longValue());
    }
    String s = v.toString().trim();
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      try {
        return java.time.OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder, mostly for tests. */
  public static final class Builder {
    private String eventId;
    private String eventText = "";
    private String eventName;
    private LocalDate eventDate;
    private String eventLocalTime;
    private Instant eventDatetimeUtc;
    private String city;
    private String state;
    private String country;
    private String segmentName;
    private String genreName;
    private String subgenreName;
    private Double priceMin;
    private Double priceMax;
    private String priceCurrency;
    private String venueName;
    private String attractionName;
    private String statusCode;
    private String eventUrl;

    public Builder eventId(String v) {
      eventId = v;
      return this;
    }

    public Builder eventText(String v) {
      eventText = v;
      return this;
    }

    public Builder eventName(@Nullable String v) {
      eventName = v;
      return this;
    }

    public Builder eventDate(@Nullable LocalDate v) {
      eventDate = v;
      return this;
    }

    public Builder eventLocalTime(@Nullable String v) {
      eventLocalTime = v;
      return this;
    }

    public Builder eventDatetimeUtc(@Nullable Instant v) {
      eventDatetimeUtc = v;
      return this;
    }

    public Builder city(@Nullable String v) {
      city = v;
      return this;
    }

    public Builder state(@Nullable String v) {
      state = v;
      return this;
    }

    public Builder country(@Nullable String v) {
      country = v;
      return this;
    }

    public Builder segmentName(@Nullable String v) {
      segmentName = v;
      return this;
    }

    public Builder genreName(@Nullable String v) {
      genreName = v;
      return this;
    }

    public Builder subgenreName(@Nullable String v) {
      subgenreName = v;
      return this;
    }

    public Builder priceMin(@Nullable Double v) {
      priceMin = v;
      return this;
    }

    public Builder priceMax(@Nullable Double v) {
      priceMax = v;
      return this;
    }

    public Builder priceCurrency(@Nullable String v) {
      priceCurrency = v;
      return this;
    }

    public Builder venueName(@Nullable String v) {
      venueName = v;
      return this;
    }

    public Builder attractionName(@Nullable String v) {
      attractionName = v;
      return this;
    }

    public Builder statusCode(@Nullable String v) {
      statusCode = v;
      return this;
    }

    public Builder eventUrl(@Nullable String v) {
      eventUrl = v;
      return this;
    }

    public EventDoc build() {
      return new EventDoc(
          eventId,
          eventText,
          eventName,
          eventDate,
          eventLocalTime,
          eventDatetimeUtc,
          city,
          state,
          country,
          segmentName,
          genreName,
          subgenreName,
          priceMin,
          priceMax,
          priceCurrency,
          venueName,
          attractionName,
          statusCode,
          eventUrl);
    }
  }
}
