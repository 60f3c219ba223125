package com.tixmaster.pipeline;

import com.tixmaster.pipeline.config.RunConfig;
import com.tixmaster.pipeline.config.Stage;
import com.tixmaster.pipeline.lake.Lake;
import com.tixmaster.pipeline.lake.LakeLockedException;
import com.tixmaster.pipeline.lake.ParquetLake;
import com.tixmaster.pipeline.report.HtmlReport;
import com.tixmaster.pipeline.run.ConsoleReport;
import com.tixmaster.pipeline.run.EtlLog;
import com.tixmaster.pipeline.run.ExitStatus;
import com.tixmaster.pipeline.run.FaultPoints;
import com.tixmaster.pipeline.run.RunContext;
import com.tixmaster.pipeline.run.StageOutcome;
import com.tixmaster.pipeline.stages.BronzeStage;
import com.tixmaster.pipeline.stages.DocumentsStage;
import com.tixmaster.pipeline.stages.GoldStage;
import com.tixmaster.pipeline.stages.IngestStage;
import com.tixmaster.pipeline.stages.PublishStage;
import com.tixmaster.pipeline.stages.QualityStage;
import com.tixmaster.pipeline.stages.RunStaging;
import com.tixmaster.pipeline.stages.SilverStage;
import com.tixmaster.pipeline.stages.StageRunner;
import com.tixmaster.pipeline.stages.SummaryStage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.joda.time.Instant;

/**
 * The entry point: {@code TixMaster [--option=value …]}. Parses the options into a validated {@link
 * RunConfig}, takes the lake's lock, repairs what an interrupted run left, runs the requested
 * stages in order and prints the run report. {@link ExitStatus} maps how it ended to the exit
 * status: 0 success, 2 bad options (nothing written), 3 audits blocked gold, 1 any other failure.
 */
public final class TixMaster {
  private final PrintStream out;
  private final PrintStream err;
  private final Clock clock;
  private final Map<String, String> environment;

  /**
   * @param environment where secrets come from (the process environment in production; tests pass
   *     their own, as they cannot set the real one)
   */
  public TixMaster(PrintStream out, PrintStream err, Clock clock, Map<String, String> environment) {
    this.out = out;
    this.err = err;
    this.clock = clock;
    this.environment = Map.copyOf(environment);
  }

  public static void main(String[] args) {
    new TixMaster(System.out, System.err, Clock.systemUTC(), System.getenv())
        .run(args)
        .terminate(System.getenv());
  }

  /** Runs one command line to its end; never throws. */
  public ExitStatus run(String[] args) {
    try {
      RunConfig config = RunConfig.parse(args, environment, new Instant(clock.millis()));
      return runLocked(config, openLake(config));
    } catch (LakeLockedException e) {
      err.println("tix-master: refused: " + e.getMessage());
      return ExitStatus.FAILED;
    } catch (Exception | LinkageError e) {
      ExitStatus status = ExitStatus.of(e);
      err.println(
          "tix-master: "
              + (status == ExitStatus.BAD_CONFIG ? "bad configuration: " : "FAILED: ")
              + describe(e));
      return status;
    }
  }

  /** The Parquet lake, or on the SparkRunner the session and (for Delta) the Delta lake. */
  private static Lake openLake(RunConfig config) {
    Lake parquet = new ParquetLake(config.lakehouse(), Path.of(config.stagingDir()));
    if (!config.runner().equals("SparkRunner")) {
      return parquet;
    }
    try {
      // Loaded only here: the DirectRunner path must not need Spark's classes.
      return SparkWiring.attach(config, parquet);
    } catch (RuntimeException | LinkageError e) {
      // Before the lock: nothing was written, and there is no lake to log to yet.
      throw new IllegalStateException("could not start Spark: " + describe(e));
    }
  }

  /** Runs the stages under the lake's lock, logs and reports them. */
  private ExitStatus runLocked(RunConfig config, Lake lake) throws Exception {
    List<StageOutcome> outcomes = new ArrayList<>();
    ExitStatus status;
    String verdict;
    try (AutoCloseable lock = lake.lock(config.runId())) {
      // Keeps this run's staging: earlier steps of the run (a job's tasks) staged gold to publish.
      lake.recover(config.runId());
      try {
        runStages(new RunContext(config, lake, clock, err), outcomes);
      } finally {
        FaultPoints.reach(FaultPoints.PUBLISHED);
        logStages(lake, config, outcomes);
        if (published(outcomes)) {
          discardStaging(lake, config); // while the lock is held
        }
      }
      boolean blocked = outcomes.stream().anyMatch(o -> o.status() == StageOutcome.Status.BLOCKED);
      status = blocked ? ExitStatus.BLOCKED : ExitStatus.OK;
      verdict = blocked ? "BLOCKED: the audits kept gold unpublished (exit 3)" : "OK";
    } catch (LakeLockedException e) {
      throw e; // refused: nothing was run, nothing to report
    } catch (Exception e) {
      status = ExitStatus.of(e);
      verdict = "FAILED: " + describe(e);
      if (status == ExitStatus.BAD_CONFIG) {
        err.println("tix-master: bad configuration: " + describe(e));
      } else {
        verdict += "\nThe lake keeps its last committed state; the next run recovers.";
      }
    }
    ConsoleReport.print(out, config.runId(), config.runner(), lake.describe(), outcomes, verdict);
    writeHtmlReport(lake, config);
    try {
      lake.close(); // e.g. the Delta lake's exported snapshots, which the report read
    } catch (Exception e) {
      err.println("tix-master: could not clean up after the run: " + describe(e));
    }
    return status;
  }

  /**
   * Runs the requested stages in order; a failed stage is recorded, then ends the run. Each stage
   * first drops what an earlier attempt of it staged under this run id, and notes when it finished
   * ({@link RunStaging}), so that a later process of the same run publishes only finished, audited
   * staging.
   */
  private void runStages(RunContext context, List<StageOutcome> outcomes) throws Exception {
    RunStaging staging = new RunStaging(context.lake(), context.config().runId());
    if (context.config().runs(Stage.PUBLISH) && !context.config().runs(Stage.QUALITY)) {
      PublishStage.requireAudited(staging); // a bad step order: exit 2 before anything runs
    }
    for (Stage stage : context.config().stages()) {
      Instant started = context.now();
      StageOutcome outcome;
      try {
        staging.begin(stage);
        outcome = runnerFor(stage).run(context);
        if (outcome.status() != StageOutcome.Status.FAILED) {
          staging.finish(stage);
        }
      } catch (Exception e) {
        outcomes.add(
            StageOutcome.builder(stage.id(), started)
                .status(StageOutcome.Status.FAILED)
                .message(describe(e))
                .build(context.now()));
        throw e;
      }
      outcomes.add(outcome);
      outcomes.addAll(context.drainRecorded());
      if (outcome.status() == StageOutcome.Status.BLOCKED) {
        return;
      }
    }
  }

  private StageRunner runnerFor(Stage stage) {
    switch (stage) {
      case INGEST:
        return new IngestStage(clock, environment);
      case BRONZE:
        return new BronzeStage();
      case SILVER:
        return new SilverStage();
      case GOLD:
        return new GoldStage();
      case SUMMARY:
        return new SummaryStage();
      case DOCUMENTS:
        return new DocumentsStage();
      case QUALITY:
        return new QualityStage();
      case PUBLISH:
        return new PublishStage();
      default:
        throw new IllegalArgumentException("no runner for stage " + stage);
    }
  }

  /** Whether the run's staged gold met its end here: published, or dropped by a blocked publish. */
  private static boolean published(List<StageOutcome> outcomes) {
    return outcomes.stream()
        .anyMatch(
            o -> o.stage().equals(Stage.PUBLISH.id()) && o.status() != StageOutcome.Status.FAILED);
  }

  /** The HTML report reads the committed logs; failing to write it never changes the exit code. */
  private void writeHtmlReport(Lake lake, RunConfig config) {
    try {
      java.nio.file.Path report =
          HtmlReport.write(lake, config.runId(), HtmlReport.reportsDir(config.lakehouse()));
      out.println(HtmlReport.consoleSummary(lake, config.runId(), report));
    } catch (Exception e) {
      err.println("tix-master: could not write the run report: " + describe(e));
    }
  }

  /** A failed run still logs what it did; a log that cannot be written does not hide the cause. */
  private void logStages(Lake lake, RunConfig config, List<StageOutcome> outcomes) {
    try {
      EtlLog.write(lake, config, outcomes);
    } catch (Exception e) {
      err.println("tix-master: could not write gold.etl_log: " + describe(e));
    }
  }

  /**
   * Drops the run's staging once its gold is published (or refused). A refused run never gets here:
   * it must not touch the staging of the run holding the lock.
   */
  private void discardStaging(Lake lake, RunConfig config) {
    try {
      lake.discardStaging(config.runId());
    } catch (Exception e) {
      err.println("tix-master: could not clean the staging folder: " + describe(e));
    }
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return e == root ? message : e.getClass().getSimpleName() + ": " + message;
  }
}
