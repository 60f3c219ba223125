package com.tixmaster.pipeline.run;

import com.tixmaster.pipeline.config.RunConfig;
import com.tixmaster.pipeline.lake.Lake;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.transforms.io.ReadTable;
import com.tixmaster.transforms.io.WriteTable;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.schemas.transforms.Convert;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.joda.time.Instant;

/**
 * What every stage of a run shares: the validated config, the lake, and a way to start a Beam
 * pipeline with the run's runner. Stages get table reads and writes from here, so none of them
 * knows where or how the lake stores a table.
 */
public final class RunContext {
  private final RunConfig config;
  private final Lake lake;
  private final PipelineOptions beamOptions;
  private final Clock clock;
  private final ProgressReporter progress;
  private boolean silverChanged;
  private final java.util.List<StageOutcome> recorded = new java.util.ArrayList<>();

  /** {@code err} gets the progress lines of running stages (none with {@code --quiet}). */
  public RunContext(RunConfig config, Lake lake, Clock clock, PrintStream err) {
    this.config = config;
    this.lake = lake;
    this.beamOptions = config.beamOptions();
    this.clock = clock;
    this.progress =
        new ProgressReporter(err, config.quiet(), config.progressInterval(), clock::millis);
  }

  public RunConfig config() {
    return config;
  }

  public Lake lake() {
    return lake;
  }

  /** Records an extra step's outcome (e.g. the publish after the audits) for etl_log. */
  public void record(StageOutcome outcome) {
    recorded.add(outcome);
  }

  /** The extra outcomes recorded since the last call, oldest first. */
  public java.util.List<StageOutcome> drainRecorded() {
    java.util.List<StageOutcome> drained = java.util.List.copyOf(recorded);
    recorded.clear();
    return drained;
  }

  /** Silver committed new state in this process (set by the silver stage). */
  public void markSilverChanged() {
    silverChanged = true;
  }

  public boolean silverChangedInThisRun() {
    return silverChanged;
  }

  public Instant now() {
    return new Instant(clock.millis());
  }

  /** A fresh pipeline on the run's runner, named after the stage. */
  public Pipeline newPipeline(String stage) {
    beamOptions.setJobName(
        "tix-master-" + config.runId().toLowerCase().replaceAll("[^a-z0-9-]", "-") + "-" + stage);
    return Pipeline.create(beamOptions);
  }

  /**
   * Runs a stage's pipeline to its end, printing progress lines while it runs ({@link
   * ProgressReporter}); {@code headline} names the counters they show (else all non-zero ones).
   */
  public PipelineResult runToEnd(Pipeline pipeline, String stage, String... headline) {
    return progress.runToEnd(pipeline, stage, List.of(headline));
  }

  /** Reads the committed snapshot of {@code table} into {@code pipeline}. */
  public PCollection<Row> read(Pipeline pipeline, TableSpec table) throws IOException {
    return pipeline.apply(
        "Read " + table.qualifiedName(), ReadTable.of(table, lake.snapshotFiles(table)));
  }

  /** Reads the committed snapshot of {@code table} as typed rows. */
  public <T> PCollection<T> read(Pipeline pipeline, TableSpec table, Class<T> type)
      throws IOException {
    return read(pipeline, table)
        .apply(
            "ConvertTo" + type.getSimpleName() + " " + table.qualifiedName(),
            Convert.fromRows(type));
  }

  /** True when this run has staged {@code table} and not committed it yet. */
  public boolean isStaged(TableSpec table) throws IOException {
    return !lake.stagedFiles(config.runId(), table).isEmpty();
  }

  /** This run's staged {@code table} if there is one, else the committed snapshot. */
  public PCollection<Row> readLatest(Pipeline pipeline, TableSpec table) throws IOException {
    List<String> staged = lake.stagedFiles(config.runId(), table);
    return staged.isEmpty()
        ? read(pipeline, table)
        : pipeline.apply("Read staged " + table.qualifiedName(), ReadTable.of(table, staged));
  }

  /** Typed {@link #readLatest}. */
  public <T> PCollection<T> readLatest(Pipeline pipeline, TableSpec table, Class<T> type)
      throws IOException {
    return readLatest(pipeline, table)
        .apply(
            "ConvertToLatest" + type.getSimpleName() + " " + table.qualifiedName(),
            Convert.fromRows(type));
  }

  /** Stages typed rows as the run's new output for {@code table}. */
  public <T> void stageTyped(PCollection<T> rows, TableSpec table, int shards) {
    stage(rows.apply("ConvertToRows " + table.qualifiedName(), Convert.toRows()), table, shards);
  }

  /** Stages {@code rows} as the run's new output for {@code table}. */
  public void stage(PCollection<Row> rows, TableSpec table, int shards) {
    rows.apply(
        "Stage " + table.qualifiedName(),
        WriteTable.to(
            table,
            lake.stagingPath(config.runId(), table),
            lake.tempPath(config.runId()),
            // '~' cannot appear in a run id, so a file's run is its name up to the first '~'
            config.runId() + "~" + Long.toHexString(clock.millis()),
            shards));
  }
}
