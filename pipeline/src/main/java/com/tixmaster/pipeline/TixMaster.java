package com.tixmaster.pipeline;

import com.tixmaster.pipeline.config.ConfigException;
import com.tixmaster.pipeline.config.RunConfig;
import com.tixmaster.pipeline.config.Stage;
import com.tixmaster.pipeline.config.TixMasterOptions;
import com.tixmaster.pipeline.lake.Lake;
import com.tixmaster.pipeline.lake.LakeLockedException;
import com.tixmaster.pipeline.lake.ParquetLake;
import com.tixmaster.pipeline.report.HtmlReport;
import com.tixmaster.pipeline.run.ConsoleReport;
import com.tixmaster.pipeline.run.EtlLog;
import com.tixmaster.pipeline.run.FaultPoints;
import com.tixmaster.pipeline.run.RunContext;
import com.tixmaster.pipeline.run.StageOutcome;
import com.tixmaster.pipeline.stages.BronzeStage;
import com.tixmaster.pipeline.stages.DocumentsStage;
import com.tixmaster.pipeline.stages.GoldStage;
import com.tixmaster.pipeline.stages.IngestStage;
import com.tixmaster.pipeline.stages.QualityStage;
import com.tixmaster.pipeline.stages.SilverStage;
import com.tixmaster.pipeline.stages.StageRunner;
import com.tixmaster.pipeline.stages.SummaryStage;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.joda.time.Instant;

/**
 * The entry point: {@code TixMaster [--option=value …]}. Validates the options, takes the lake's
 * lock, repairs what an interrupted run left, runs the requested stages in order and prints the run
 * report. Exit status: 0 success, 2 bad options (nothing written), 3 audits blocked gold, 1 any
 * other failure.
 */
public final class TixMaster {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int BAD_CONFIG = 2;
  public static final int BLOCKED = 3;

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
    int status =
        new TixMaster(System.out, System.err, Clock.systemUTC(), System.getenv()).run(args);
    if (System.getenv("DATABRICKS_RUNTIME_VERSION") != null) {
      // A Databricks JAR task shares the driver JVM with the job's other tasks: exiting would take
      // them down. Success returns; a failure throws, which fails this task and skips the rest.
      if (status != OK) {
        throw new IllegalStateException("tix-master exited with status " + status);
      }
      return;
    }
    System.exit(status);
  }

  /** The stages this build can run, by stage. */
  Map<Stage, StageRunner> availableStages() {
    Map<Stage, StageRunner> stages = new EnumMap<>(Stage.class);
    stages.put(Stage.INGEST, new IngestStage(clock, environment));
    stages.put(Stage.BRONZE, new BronzeStage());
    stages.put(Stage.SILVER, new SilverStage());
    stages.put(Stage.GOLD, new GoldStage());
    stages.put(Stage.SUMMARY, new SummaryStage());
    stages.put(Stage.DOCUMENTS, new DocumentsStage());
    stages.put(Stage.QUALITY, new QualityStage());
    return stages;
  }

  public int run(String[] args) {
    RunConfig config;
    TixMasterOptions options;
    try {
      PipelineOptionsFactory.register(TixMasterOptions.class);
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(TixMasterOptions.class);
      relaxDirectRunnerChecks(options, args);
      config = RunConfig.from(options, new Instant(clock.millis()));
    } catch (ConfigException e) {
      err.println("tix-master: bad configuration: " + e.getMessage());
      return BAD_CONFIG;
    } catch (IllegalArgumentException e) {
      err.println("tix-master: bad option: " + describeOptionError(e.getMessage()));
      return BAD_CONFIG;
    }

    Map<Stage, StageRunner> available = availableStages();
    List<Stage> requested = new ArrayList<>(config.stages());
    boolean stagesGold =
        requested.contains(Stage.GOLD)
            || requested.contains(Stage.SUMMARY)
            || requested.contains(Stage.DOCUMENTS);
    if (stagesGold && !requested.contains(Stage.QUALITY)) {
      // Gold is published only after the audits pass: the gate always closes a gold run.
      requested.add(Stage.QUALITY);
      out.println("note: stage 'quality' added: gold is published only after the audits pass");
    }
    List<Stage> stages = new ArrayList<>();
    for (Stage stage : requested) {
      if (available.containsKey(stage)) {
        stages.add(stage);
      } else if (config.stagesExplicit()) {
        err.println(
            "tix-master: bad configuration: --stages: stage '"
                + stage.id()
                + "' is not available in this build yet");
        return BAD_CONFIG;
      } else {
        out.println("note: stage '" + stage.id() + "' is not available in this build yet; skipped");
      }
    }
    if (config.runs(Stage.INGEST)) {
      try {
        IngestStage.apiKey(environment);
      } catch (ConfigException e) {
        err.println("tix-master: bad configuration: " + e.getMessage());
        return BAD_CONFIG;
      }
    }
    boolean delta = config.tableFormat().equals("delta");
    if (delta && !config.runner().equals("SparkRunner")) {
      err.println(
          "tix-master: bad configuration: --tableFormat: delta tables need --runner=SparkRunner");
      return BAD_CONFIG;
    }

    List<StageOutcome> outcomes = new ArrayList<>();
    Lake lake = new ParquetLake(config.lakehouse(), config.stagingDir());
    if (config.runner().equals("SparkRunner")) {
      // Loaded only here: the DirectRunner path must not need Spark's classes.
      try {
        lake = SparkWiring.attach(options, config, lake, given(args, "storageLevel"));
      } catch (ConfigException e) {
        err.println("tix-master: bad configuration: " + e.getMessage());
        return BAD_CONFIG;
      } catch (Exception | LinkageError e) {
        // Before the lock: nothing was written, and there is no lake to log to yet.
        err.println("tix-master: FAILED: could not start Spark: " + describe(e));
        return FAILED;
      }
    }
    String verdict;
    int status;
    try (AutoCloseable lock = lake.lock(config.runId())) {
      lake.recover();
      // A crashed attempt under this run id (a repair) may have staged files: never commit them.
      lake.discardStaging(config.runId());
      RunContext context = new RunContext(config, lake, options, clock);
      try {
        for (Stage stage : stages) {
          Instant started = context.now();
          StageOutcome outcome;
          try {
            outcome = available.get(stage).run(context);
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
            break;
          }
        }
      } finally {
        FaultPoints.reach(FaultPoints.PUBLISHED);
        logStages(lake, config, outcomes);
        discardStaging(lake, config); // while the lock is held
      }
      boolean blocked = outcomes.stream().anyMatch(o -> o.status() == StageOutcome.Status.BLOCKED);
      status = blocked ? BLOCKED : OK;
      verdict = blocked ? "BLOCKED: the audits kept gold unpublished (exit 3)" : "OK";
    } catch (LakeLockedException e) {
      err.println("tix-master: refused: " + e.getMessage());
      return FAILED;
    } catch (ConfigException e) {
      status = BAD_CONFIG;
      verdict = "FAILED: " + e.getMessage();
      err.println("tix-master: bad configuration: " + e.getMessage());
    } catch (Exception e) {
      status = FAILED;
      verdict =
          "FAILED: "
              + describe(e)
              + "\nThe lake keeps its last committed state; the next run recovers.";
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
   * The DirectRunner re-encodes and fingerprints every element to catch transforms that mutate
   * their input; the transforms' unit tests (TestPipeline) keep those checks on. A production run
   * turns them off unless the user asks for them, which roughly halves its time.
   */
  private static void relaxDirectRunnerChecks(TixMasterOptions options, String[] args) {
    org.apache.beam.runners.direct.DirectOptions direct =
        options.as(org.apache.beam.runners.direct.DirectOptions.class);
    if (!given(args, "enforceImmutability")) {
      direct.setEnforceImmutability(false);
    }
    if (!given(args, "enforceEncodability")) {
      direct.setEnforceEncodability(false);
    }
  }

  /** Whether {@code --name} or {@code --name=value} is among the arguments. */
  private static boolean given(String[] args, String name) {
    return java.util.Arrays.stream(args)
        .anyMatch(a -> a.equals("--" + name) || a.startsWith("--" + name + "="));
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

  /** A refused run never gets here: it must not touch the staging of the run holding the lock. */
  private void discardStaging(Lake lake, RunConfig config) {
    try {
      lake.discardStaging(config.runId());
    } catch (Exception e) {
      err.println("tix-master: could not clean the staging folder: " + describe(e));
    }
  }

  /** Beam's messages name the interface; people need the option they typed. */
  static String describeOptionError(String message) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("missing a property named '([^']+)'")
            .matcher(String.valueOf(message));
    if (m.find()) {
      return "--" + m.group(1) + ": unknown option" + message.substring(m.end()).replace('\n', ' ');
    }
    return String.valueOf(message);
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
