package com.tixmaster.transforms.ingest;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs ingestion in the driver, before the Beam graph: fetches the configured entities from the
 * Discovery API and lands their pages. Classifications first (one small query), then events by date
 * window, then undated events, then venues and attractions, each paged up to the API's 1,000-result
 * cap.
 *
 * <p>Undated events (date TBA or TBD) match no date window, and the API leaves them out of any
 * search by default, so they are fetched by two extra queries, {@code includeTBA=only} and {@code
 * includeTBD=only}, with the same filters.
 *
 * <p>A spent quota or {@code --maxRequests} ends the run early but cleanly (see {@link
 * IngestSummary#stoppedEarlyReason()}); any other failure throws, and in both cases the next run on
 * the same UTC day resumes from the manifest.
 */
public final class Ingestor {
  private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);
  private static final String STABLE_EVENT_SORT = "id,asc";
  // Venue and attraction searches accept only name, relevance, distance or random sorts.
  private static final String STABLE_SORT = "name,asc";
  private static final String ALL_LOCALES = "*";

  private final Sleeper backoffSleeper;

  public Ingestor() {
    this(Sleeper.SYSTEM);
  }

  Ingestor(Sleeper backoffSleeper) {
    this.backoffSleeper = backoffSleeper;
  }

  /**
   * Fetches and lands everything {@code config} asks for.
   *
   * @throws InvalidApiKeyException when the API rejects the key
   * @throws IngestException when a request fails for good (the message says which and why)
   * @throws IOException when a landing file or the manifest cannot be written
   */
  public IngestSummary run(IngestConfig config) throws IOException {
    long started = System.nanoTime();
    Instant fetchTime = config.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    IngestManifest manifest =
        IngestManifest.open(config.landingRoot(), LocalDate.ofInstant(fetchTime, ZoneOffset.UTC));
    RunStats stats = new RunStats();
    LOG.info("ingest {} starting: {}", config.runId(), config);
    try (DiscoveryClient client = new DiscoveryClient(config, backoffSleeper)) {
      ProgressLog progress = new ProgressLog(config.progressInterval(), client, stats);
      LandingWriter writer =
          new LandingWriter(config.landingRoot(), fetchTime, new Redactor(config.apiKey()));
      QueryPager pager = new QueryPager(client, writer, manifest, stats, progress, config.runId());
      Optional<String> stoppedEarly = Optional.empty();
      try {
        for (Entity entity : config.entities()) {
          SearchQuery query = baseQuery(config, entity);
          if (entity == Entity.EVENTS) {
            new WindowSplitter(client, pager, manifest, stats, progress)
                .sweep(query, eventWindow(config));
            for (SearchQuery undated : List.of(query.undatedOnly(true), query.undatedOnly(false))) {
              pager.fetch(
                  new IngestManifest.Key(entity, undated.fingerprint(), IngestManifest.Key.ALL),
                  undated);
            }
          } else {
            pager.fetch(
                new IngestManifest.Key(entity, query.fingerprint(), IngestManifest.Key.ALL), query);
          }
        }
      } catch (QuotaExhaustedException e) {
        stoppedEarly = Optional.of(e.getMessage());
        LOG.warn("ingest {} stopped early: {}", config.runId(), e.getMessage());
      }
      IngestSummary summary =
          stats.summary(
              config.runId(),
              client.requests(),
              client.retries(),
              Duration.ofNanos(System.nanoTime() - started),
              stoppedEarly,
              config.landingRoot().relativize(manifest.file()).toString().replace('\\', '/'));
      LOG.info("ingest {} finished: {}", config.runId(), summary);
      return summary;
    }
  }

  /** The query for each entity: all locales, stable sort, the configured filters it supports. */
  static SearchQuery baseQuery(IngestConfig config, Entity entity) {
    SearchQuery.Builder query =
        SearchQuery.builder(entity).size(config.pageSize()).locale(ALL_LOCALES);
    switch (entity) {
      case EVENTS ->
          query
              .sort(STABLE_EVENT_SORT)
              .countryCode(config.countryCode().orElse(null))
              .segmentId(config.segmentId().orElse(null));
      case VENUES -> query.sort(STABLE_SORT).countryCode(config.countryCode().orElse(null));
      case ATTRACTIONS -> query.sort(STABLE_SORT).segmentId(config.segmentId().orElse(null));
      case CLASSIFICATIONS -> {}
    }
    return query.build();
  }

  /** Start date 00:00Z through the end of the end date, i.e. [start, end + 1 day). */
  static Window eventWindow(IngestConfig config) {
    return new Window(
        config.startDate().atStartOfDay(ZoneOffset.UTC).toInstant(),
        config.endDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
