package com.tixmaster.transforms.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Immutable settings of one ingestion run. {@link Builder#build()} validates every value and throws
 * {@link IllegalArgumentException} naming the offending option, so a bad option stops the run
 * before anything is fetched or written.
 */
public final class IngestConfig {
  public static final String DEFAULT_API_BASE_URL = "https://app.ticketmaster.com/discovery/v2/";

  /** The API rejects {@code size} above 200 (DIS1036). */
  public static final int MAX_PAGE_SIZE = 200;

  /** Ahead-window used when no dates are given, as in the original notebooks. */
  public static final int DEFAULT_DAYS_AHEAD = 365;

  private static final DateTimeFormatter RUN_ID_FORMAT =
      DateTimeFormatter.ofPattern("'ingest-'yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final String apiBaseUrl;
  private final Secret apiKey;
  private final String countryCode;
  private final LocalDate startDate;
  private final LocalDate endDate;
  private final String segmentId;
  private final int pageSize;
  private final Integer maxRequests;
  private final double requestsPerSecond;
  private final Set<Entity> entities;
  private final Path landingRoot;
  private final String runId;
  private final Clock clock;
  private final int quotaReserve;
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration progressInterval;

  private IngestConfig(Builder b) {
    this.apiBaseUrl = b.apiBaseUrl;
    this.apiKey = b.apiKey;
    this.countryCode = b.countryCode;
    this.clock = b.clock;
    this.startDate = b.startDate;
    this.endDate = b.endDate;
    this.segmentId = b.segmentId;
    this.pageSize = b.pageSize;
    this.maxRequests = b.maxRequests;
    this.requestsPerSecond = b.requestsPerSecond;
    this.entities = Collections.unmodifiableSet(EnumSet.copyOf(b.entities));
    this.landingRoot = b.landingRoot;
    this.runId = b.runId != null ? b.runId : RUN_ID_FORMAT.format(b.clock.instant());
    this.quotaReserve = b.quotaReserve;
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.progressInterval = b.progressInterval;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public String apiBaseUrl() {
    return apiBaseUrl;
  }

  public Secret apiKey() {
    return apiKey;
  }

  public Optional<String> countryCode() {
    return Optional.ofNullable(countryCode);
  }

  /** First UTC day fetched. */
  public LocalDate startDate() {
    return startDate;
  }

  /** Last UTC day fetched (inclusive). */
  public LocalDate endDate() {
    return endDate;
  }

  public Optional<String> segmentId() {
    return Optional.ofNullable(segmentId);
  }

  public int pageSize() {
    return pageSize;
  }

  /** Cap on HTTP calls in this run (retries included); empty means no cap. */
  public OptionalInt maxRequests() {
    return maxRequests == null ? OptionalInt.empty() : OptionalInt.of(maxRequests);
  }

  public double requestsPerSecond() {
    return requestsPerSecond;
  }

  public Set<Entity> entities() {
    return entities;
  }

  public Path landingRoot() {
    return landingRoot;
  }

  public String runId() {
    return runId;
  }

  public Clock clock() {
    return clock;
  }

  /** Calls of the daily quota left untouched; the run stops cleanly when only these remain. */
  public int quotaReserve() {
    return quotaReserve;
  }

  /** HTTP attempts per request, the first one included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** Longest single wait between attempts; a longer {@code Retry-After} makes the run give up. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  public Duration readTimeout() {
    return readTimeout;
  }

  public Duration progressInterval() {
    return progressInterval;
  }

  /** Every setting, the key masked (also should someone have put it in the base URL). */
  @Override
  public String toString() {
    return "IngestConfig{apiBaseUrl="
        + new Redactor(apiKey).redact(apiBaseUrl)
        + ", apiKey="
        + apiKey
        + ", countryCode="
        + countryCode
        + ", startDate="
        + startDate
        + ", endDate="
        + endDate
        + ", segmentId="
        + segmentId
        + ", pageSize="
        + pageSize
        + ", maxRequests="
        + maxRequests
        + ", requestsPerSecond="
        + requestsPerSecond
        + ", entities="
        + entities
        + ", landingRoot="
        + landingRoot
        + ", runId="
        + runId
        + ", quotaReserve="
        + quotaReserve
        + ", maxAttempts="
        + maxAttempts
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", progressInterval="
        + progressInterval
        + "}";
  }

  /**
   * Builder. An unset start date defaults to today and an unset end date to today + 365 days (UTC
   * days, from the clock), so {@code --startDate} alone backfills history up to a year ahead.
   */
  public static final class Builder {
    private String apiBaseUrl = DEFAULT_API_BASE_URL;
    private Secret apiKey;
    private String countryCode;
    private LocalDate startDate;
    private LocalDate endDate;
    private String segmentId;
    private int pageSize = MAX_PAGE_SIZE;
    private Integer maxRequests;
    private double requestsPerSecond = 5;
    private Set<Entity> entities = EnumSet.allOf(Entity.class);
    private Path landingRoot;
    private String runId;
    private Clock clock = Clock.systemUTC();
    private int quotaReserve = 50;
    private int maxAttempts = 5;
    private Duration initialBackoff = Duration.ofSeconds(1);
    private Duration maxBackoff = Duration.ofSeconds(60);
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration progressInterval = Duration.ofSeconds(10);

    private Builder() {}

    private Builder(IngestConfig c) {
      apiBaseUrl = c.apiBaseUrl;
      apiKey = c.apiKey;
      countryCode = c.countryCode;
      startDate = c.startDate;
      endDate = c.endDate;
      segmentId = c.segmentId;
      pageSize = c.pageSize;
      maxRequests = c.maxRequests;
      requestsPerSecond = c.requestsPerSecond;
      entities = c.entities;
      landingRoot = c.landingRoot;
      runId = c.runId;
      clock = c.clock;
      quotaReserve = c.quotaReserve;
      maxAttempts = c.maxAttempts;
      initialBackoff = c.initialBackoff;
      maxBackoff = c.maxBackoff;
      connectTimeout = c.connectTimeout;
      readTimeout = c.readTimeout;
      progressInterval = c.progressInterval;
    }

    public Builder apiBaseUrl(String v) {
      apiBaseUrl = v;
      return this;
    }

    public Builder apiKey(Secret v) {
      apiKey = v;
      return this;
    }

    public Builder countryCode(String v) {
      countryCode = v;
      return this;
    }

    public Builder startDate(LocalDate v) {
      startDate = v;
      return this;
    }

    public Builder endDate(LocalDate v) {
      endDate = v;
      return this;
    }

    public Builder segmentId(String v) {
      segmentId = v;
      return this;
    }

    public Builder pageSize(int v) {
      pageSize = v;
      return this;
    }

    /** {@code null} removes the cap. */
    public Builder maxRequests(Integer v) {
      maxRequests = v;
      return this;
    }

    public Builder requestsPerSecond(double v) {
      requestsPerSecond = v;
      return this;
    }

    public Builder entities(Collection<Entity> v) {
      entities = v.isEmpty() ? EnumSet.noneOf(Entity.class) : EnumSet.copyOf(v);
      return this;
    }

    public Builder landingRoot(Path v) {
      landingRoot = v;
      return this;
    }

    public Builder runId(String v) {
      runId = v;
      return this;
    }

    public Builder clock(Clock v) {
      clock = v;
      return this;
    }

    public Builder quotaReserve(int v) {
      quotaReserve = v;
      return this;
    }

    public Builder maxAttempts(int v) {
      maxAttempts = v;
      return this;
    }

    public Builder initialBackoff(Duration v) {
      initialBackoff = v;
      return this;
    }

    public Builder maxBackoff(Duration v) {
      maxBackoff = v;
      return this;
    }

    public Builder connectTimeout(Duration v) {
      connectTimeout = v;
      return this;
    }

    public Builder readTimeout(Duration v) {
      readTimeout = v;
      return this;
    }

    public Builder progressInterval(Duration v) {
      progressInterval = v;
      return this;
    }

    /** Validates and builds; throws {@link IllegalArgumentException} naming the bad option. */
    public IngestConfig build() {
      require(apiKey != null, "TICKETMASTER_API_KEY must be set");
      HttpUrl url = apiBaseUrl == null ? null : HttpUrl.parse(apiBaseUrl);
      require(url != null, "--apiBaseUrl must be an http(s) URL");
      require(
          countryCode == null || countryCode.matches("[A-Z]{2}"),
          "--countryCode must be a two-letter ISO 3166 code in capitals, e.g. US");
      require(segmentId == null || !segmentId.isBlank(), "--segmentId must not be blank");
      require(clock != null, "clock must be set");
      LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
      startDate = startDate != null ? startDate : today;
      endDate = endDate != null ? endDate : today.plusDays(DEFAULT_DAYS_AHEAD);
      require(!endDate.isBefore(startDate), "--endDate must not be before --startDate");
      require(
          pageSize >= 1 && pageSize <= MAX_PAGE_SIZE,
          "--pageSize must be between 1 and " + MAX_PAGE_SIZE);
      require(maxRequests == null || maxRequests >= 1, "--maxRequests must be at least 1");
      require(
          requestsPerSecond > 0 && Double.isFinite(requestsPerSecond),
          "--requestsPerSecond must be greater than 0");
      require(!entities.isEmpty(), "--entities must name at least one entity");
      require(landingRoot != null, "--landing must be set");
      require(runId == null || !runId.isBlank(), "--runId must not be blank");
      require(quotaReserve >= 0, "--quotaReserve must be at least 0");
      require(maxAttempts >= 1, "--maxAttempts must be at least 1");
      require(isPositive(initialBackoff), "--initialBackoff must be positive");
      require(
          isPositive(maxBackoff) && maxBackoff.compareTo(initialBackoff) >= 0,
          "--maxBackoff must be at least --initialBackoff");
      require(isPositive(connectTimeout), "--connectTimeout must be positive");
      require(isPositive(readTimeout), "--readTimeout must be positive");
      require(
          progressInterval != null && !progressInterval.isNegative(),
          "--progressInterval must not be negative");
      return new IngestConfig(this);
    }

    private static boolean isPositive(Duration d) {
      return d != null && !d.isNegative() && !d.isZero();
    }

    private static void require(boolean ok, String message) {
      if (!ok) {
        throw new IllegalArgumentException(message);
      }
    }
  }
}
