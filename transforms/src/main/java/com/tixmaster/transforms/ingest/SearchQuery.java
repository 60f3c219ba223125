package com.tixmaster.transforms.ingest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One search request to the Discovery API, without the key. Immutable; {@link #withPage} and {@link
 * #withDateRange} derive the paged and windowed variants of one query.
 */
public final class SearchQuery {
  /** Values of {@code includeTBA}, {@code includeTBD} and {@code includeTest}. */
  public enum Include {
    YES,
    NO,
    ONLY
  }

  static final String PAGE = "page";
  static final String START_DATE_TIME = "startDateTime";
  static final String END_DATE_TIME = "endDateTime";
  // Page and window vary within one logical query; the fingerprint leaves them out.
  private static final Set<String> NOT_IN_FINGERPRINT =
      Set.of(PAGE, START_DATE_TIME, END_DATE_TIME);

  /** The API's only accepted date-time form: UTC, whole seconds, no millis (else DIS1015). */
  private static final DateTimeFormatter API_DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private final Entity entity;
  private final SortedMap<String, String> params;

  private SearchQuery(Entity entity, SortedMap<String, String> params) {
    this.entity = entity;
    this.params = Collections.unmodifiableSortedMap(new TreeMap<>(params));
  }

  public static Builder builder(Entity entity) {
    return new Builder(entity);
  }

  public Entity entity() {
    return entity;
  }

  /** Every query parameter, sorted by name. Never contains the key. */
  public SortedMap<String, String> parameters() {
    return params;
  }

  /** The 0-based page (0 when unset, as the API defaults). */
  public int page() {
    return Integer.parseInt(params.getOrDefault(PAGE, "0"));
  }

  /** The page size, or the API default of 20 when unset. */
  public int size() {
    return Integer.parseInt(params.getOrDefault("size", "20"));
  }

  public SearchQuery withPage(int page) {
    return toBuilder().page(page).build();
  }

  /**
   * This query for undated events only: {@code includeTBA=only} (date to be announced) or {@code
   * includeTBD=only} (to be defined). The API answers both together with nothing, so they are two
   * queries.
   */
  public SearchQuery undatedOnly(boolean tba) {
    Builder b = toBuilder();
    return (tba ? b.includeTba(Include.ONLY) : b.includeTbd(Include.ONLY)).build();
  }

  /** This query restricted to events starting within [start, endInclusive], both whole seconds. */
  public SearchQuery withDateRange(Instant start, Instant endInclusive) {
    return toBuilder().startDateTime(start).endDateTime(endInclusive).build();
  }

  /**
   * Identifies the logical query across pages and date windows: entity plus every parameter except
   * page and dates, e.g. {@code events?countryCode=US&locale=*&size=200&sort=id,asc}.
   */
  public String fingerprint() {
    return entity.apiName()
        + "?"
        + params.entrySet().stream()
            .filter(e -> !NOT_IN_FINGERPRINT.contains(e.getKey()))
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("&"));
  }

  /** Formats an instant as the API wants it: {@code 2024-05-01T00:00:00Z}. */
  public static String formatDateTime(Instant instant) {
    return API_DATE_TIME.format(instant);
  }

  private Builder toBuilder() {
    Builder b = new Builder(entity);
    b.params.putAll(params);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SearchQuery q && q.entity == entity && q.params.equals(params);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entity, params);
  }

  @Override
  public String toString() {
    return entity.apiName()
        + "?"
        + params.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("&"));
  }

  /** Named setters for the parameters ingestion uses, plus {@link #param} for any other one. */
  public static final class Builder {
    private final Entity entity;
    private final SortedMap<String, String> params = new TreeMap<>();

    private Builder(Entity entity) {
      this.entity = Objects.requireNonNull(entity, "entity");
    }

    public Builder countryCode(String v) {
      return param("countryCode", v);
    }

    public Builder segmentId(String v) {
      return param("segmentId", v);
    }

    public Builder size(int v) {
      return param("size", Integer.toString(v));
    }

    public Builder page(int v) {
      if (v < 0) {
        throw new IllegalArgumentException("page must not be negative");
      }
      return param(PAGE, Integer.toString(v));
    }

    /** E.g. {@code id,asc} (stable across pages) or {@code name,asc}. */
    public Builder sort(String v) {
      return param("sort", v);
    }

    /** E.g. {@code *} for all locales. */
    public Builder locale(String v) {
      return param("locale", v);
    }

    public Builder includeTba(Include v) {
      return param("includeTBA", v.name().toLowerCase(Locale.ROOT));
    }

    public Builder includeTbd(Include v) {
      return param("includeTBD", v.name().toLowerCase(Locale.ROOT));
    }

    public Builder includeTest(Include v) {
      return param("includeTest", v.name().toLowerCase(Locale.ROOT));
    }

    /** Sent truncated to whole seconds, which is the only form the API accepts. */
    public Builder startDateTime(Instant v) {
      return param(START_DATE_TIME, formatDateTime(v));
    }

    /** Inclusive on the API side. */
    public Builder endDateTime(Instant v) {
      return param(END_DATE_TIME, formatDateTime(v));
    }

    /** Any other documented parameter; {@code null} removes it. The key is refused here. */
    public Builder param(String name, String value) {
      if (name.equalsIgnoreCase("apikey")) {
        throw new IllegalArgumentException(
            "the API key is added by DiscoveryClient, not the query");
      }
      if (value == null) {
        params.remove(name);
      } else {
        params.put(name, value);
      }
      return this;
    }

    public SearchQuery build() {
      return new SearchQuery(entity, params);
    }
  }
}
