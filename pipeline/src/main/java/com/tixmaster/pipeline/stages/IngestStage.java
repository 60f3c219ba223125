package com.tixmaster.pipeline.stages;

import com.tixmaster.pipeline.config.ApiKey;
import com.tixmaster.pipeline.config.RunConfig.IngestSettings;
import com.tixmaster.pipeline.run.RunContext;
import com.tixmaster.pipeline.run.StageOutcome;
import com.tixmaster.transforms.ingest.Entity;
import com.tixmaster.transforms.ingest.IngestConfig;
import com.tixmaster.transforms.ingest.IngestSummary;
import com.tixmaster.transforms.ingest.Ingestor;
import com.tixmaster.transforms.ingest.InvalidApiKeyException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import org.joda.time.Instant;

/**
 * Ingestion: fetches the Discovery API into the landing folder before the Beam stages run.
 *
 * <p>It is a driver-side step rather than a Beam transform because the API's limits are global
 * (requests per second and per day for one key): one rate limiter in one process enforces them
 * exactly, while a distributed transform would need coordination across workers for no gain — the
 * bottleneck is the API, not CPU. The landing files it writes are then read by bronze like any
 * others.
 */
public final class IngestStage implements StageRunner {
  private final Clock clock;
  private final Map<String, String> environment;

  public IngestStage(Clock clock, Map<String, String> environment) {
    this.clock = clock;
    this.environment = environment;
  }

  @Override
  public StageOutcome run(RunContext ctx) throws Exception {
    Instant started = ctx.now();
    IngestSettings s = ctx.config().ingest();
    IngestConfig config =
        IngestConfig.builder()
            .apiBaseUrl(s.apiBaseUrl())
            .apiKey(ApiKey.from(environment))
            .countryCode(s.countryCode().isEmpty() ? null : s.countryCode())
            .segmentId(s.segmentId().isEmpty() ? null : s.segmentId())
            .startDate(s.startDate())
            .endDate(s.endDate())
            .pageSize(s.pageSize())
            .maxRequests(s.maxRequests())
            .requestsPerSecond(s.requestsPerSecond())
            .entities(EnumSet.allOf(Entity.class))
            .landingRoot(java.nio.file.Path.of(ctx.config().landing()))
            .runId(ctx.config().runId())
            .clock(clock)
            .build();
    IngestSummary summary;
    try {
      summary = new Ingestor().run(config);
    } catch (InvalidApiKeyException e) {
      // Found mid-run, after the lock and the log: a run failure (exit 1) that names the variable,
      // not exit 2, which promises that nothing was written.
      throw new IllegalStateException(e.getMessage(), e); // both redacted: no URL, no key
    }
    long records = 0;
    StageOutcome.Builder outcome = StageOutcome.builder("ingest", started);
    for (Map.Entry<Entity, Long> e : summary.recordsPerEntity().entrySet()) {
      records += e.getValue();
      outcome.counters(Map.of("records_" + e.getKey().apiName(), e.getValue()));
    }
    outcome.counters(
        Map.of(
            "requests", (long) summary.requests(),
            "retries", (long) summary.retries(),
            "pages_written", (long) summary.pagesWritten(),
            "pages_resumed", (long) summary.pagesResumed(),
            "windows", (long) summary.windows(),
            "windows_split", (long) summary.windowsSplit()));
    summary.warnings().forEach(outcome::note);
    summary.stoppedEarlyReason().ifPresent(r -> outcome.note("stopped early: " + r));
    return outcome
        .rows(summary.requests(), records, 0)
        .message(
            String.format(
                "%d requests (%d retries), %d pages landed, %d resumed, %d records, %d windows (%d"
                    + " split)%s",
                summary.requests(),
                summary.retries(),
                summary.pagesWritten(),
                summary.pagesResumed(),
                records,
                summary.windows(),
                summary.windowsSplit(),
                summary.stoppedEarly() ? ", stopped early" : ""))
        .build(ctx.now());
  }
}
