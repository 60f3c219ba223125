package com.tixmaster.pipeline.run;

import com.tixmaster.pipeline.config.RunConfig;
import com.tixmaster.pipeline.lake.Lake;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.transforms.io.ReadTable;
import com.tixmaster.transforms.io.WriteTable;
import java.io.IOException;
import java.time.Clock;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.values.PBegin;
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

  public RunContext(RunConfig config, Lake lake, PipelineOptions beamOptions, Clock clock) {
    this.config = config;
    this.lake = lake;
    this.beamOptions = beamOptions;
    this.clock = clock;
  }

  public RunConfig config() {
    return config;
  }

  public Lake lake() {
    return lake;
  }

  public Instant now() {
    return new Instant(clock.millis());
  }

  /** A fresh pipeline on the run's runner, named after the stage. */
  public Pipeline newPipeline(String stage) {
    beamOptions.setJobName("tix-master-" + config.runId().toLowerCase().replaceAll("[^a-z0-9-]", "-") + "-" + stage);
    return Pipeline.create(beamOptions);
  }

  /** Reads the committed snapshot of {@code table} into {@code pipeline}. */
  public PCollection<Row> read(Pipeline pipeline, TableSpec table) throws IOException {
    return pipeline.apply("Read " + table.qualifiedName(), ReadTable.of(table, lake.snapshotFiles(table)));
  }

  /** Stages {@code rows} as the run's new output for {@code table}. */
  public void stage(PCollection<Row> rows, TableSpec table, int shards) {
    rows.apply(
        "Stage " + table.qualifiedName(),
        WriteTable.to(
            table,
            lake.stagingPath(config.runId(), table),
            lake.tempPath(config.runId()),
            config.runId() + "-" + Long.toHexString(clock.millis()),
            shards));
  }
}
