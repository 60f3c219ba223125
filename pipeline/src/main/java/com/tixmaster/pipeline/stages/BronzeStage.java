package com.tixmaster.pipeline.stages;

import com.tixmaster.pipeline.landing.LandingScanner;
import com.tixmaster.pipeline.run.BeamMetrics;
import com.tixmaster.pipeline.run.FaultPoints;
import com.tixmaster.pipeline.run.RunContext;
import com.tixmaster.pipeline.run.StageOutcome;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.bronze.FileEntry;
import com.tixmaster.schemas.bronze.LandingFile;
import com.tixmaster.schemas.bronze.SchemaField;
import com.tixmaster.transforms.bronze.BronzeConfig;
import com.tixmaster.transforms.bronze.BronzeMetrics;
import com.tixmaster.transforms.bronze.BronzeTransform;
import com.tixmaster.transforms.bronze.RawOutput;
import com.tixmaster.transforms.io.Buckets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.schemas.transforms.Convert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.joda.time.Instant;

/**
 * Bronze: reads the landing files that {@code bronze._files} does not list yet, and commits the raw
 * tables, {@code _files}, {@code _schema} and {@code _rejected_records} in one atomic commit. The
 * checkpoint and the records move together, which is what makes bronze exactly-once.
 */
public final class BronzeStage implements StageRunner {
  /** A batch of landing files (one raw shard per entity) gets at most about this many bytes. */
  private static final long BYTES_PER_BATCH = 128L << 20;

  /** Batches per parallel worker, so that uneven batches still keep every worker busy. */
  private static final int BATCHES_PER_WORKER = 2;

  @Override
  public StageOutcome run(RunContext ctx) throws Exception {
    Instant started = ctx.now();
    StageOutcome.Builder outcome = StageOutcome.builder("bronze", started);
    String runId = ctx.config().runId();

    Set<String> known = new HashSet<>();
    for (Row row : ctx.lake().readRows(BronzeTables.FILES)) {
      known.add(row.getString("path"));
    }
    List<LandingFile> files =
        LandingScanner.newFiles(ctx.lake().storage(), ctx.config().landing(), known);
    if (files.isEmpty()) {
      return outcome
          .status(StageOutcome.Status.SKIPPED)
          .message("no new landing files in " + ctx.config().landing())
          .build(ctx.now());
    }
    boolean firstRun = ctx.lake().rowCount(BronzeTables.SCHEMA) == 0;
    long bytes = files.stream().mapToLong(LandingFile::getSize).sum();

    Pipeline p = ctx.newPipeline("bronze");
    // The raw records are streamed into Parquet by the readers (never held as a collection):
    // one shard per entity per batch of files.
    RawOutput raw = rawOutput(ctx, p, files.size(), bytes);
    PCollection<LandingFile> newFiles = p.apply("ListNewFiles", Create.of(files));
    PCollection<SchemaField> knownSchema =
        ctx.read(p, BronzeTables.SCHEMA)
            .apply("ToSchemaFields", Convert.fromRows(SchemaField.class));
    PCollectionTuple out =
        PCollectionTuple.of(BronzeTransform.NEW_FILES, newFiles)
            .and(BronzeTransform.KNOWN_SCHEMA, knownSchema)
            .apply("LoadBronze", BronzeTransform.of(BronzeConfig.of(runId, started, raw)));
    stage(ctx, out, BronzeTransform.FILES, BronzeTables.FILES, 1);
    stage(ctx, out, BronzeTransform.SCHEMA, BronzeTables.SCHEMA, 1);
    stage(ctx, out, BronzeTransform.REJECTED_RECORDS, BronzeTables.REJECTED_RECORDS, 1);

    PipelineResult result =
        ctx.runToEnd(
            p,
            "bronze",
            BronzeMetrics.FILES_LOADED,
            BronzeMetrics.FILES_REJECTED,
            BronzeMetrics.RECORDS_LOADED,
            BronzeMetrics.RECORDS_REJECTED);
    BeamMetrics.Counters counters = BeamMetrics.counters(result, BronzeMetrics.NAMESPACE);
    // The log's counts come from what was staged, not from the counters: a runner that retries a
    // task (Spark) reports attempted counters, which count a retried batch twice.
    long loaded = 0;
    for (String entity : BronzeTables.ENTITIES) {
      loaded += ctx.lake().stagedRowCount(runId, BronzeTables.rawTable(entity));
    }
    long rejected = ctx.lake().stagedRowCount(runId, BronzeTables.REJECTED_RECORDS);

    FaultPoints.reach(FaultPoints.BRONZE_STAGED);
    ctx.lake().commit(runId, "bronze", BronzeTables.ALL);

    for (TableSpec table : BronzeTables.ALL) {
      outcome.tableRows(table.qualifiedName(), ctx.lake().rowCount(table));
    }
    String byReason =
        StageNotes.byReason(
            counters.values(),
            BronzeMetrics.FILE_REJECTED_PREFIX,
            BronzeMetrics.RECORD_REJECTED_PREFIX);
    if (!byReason.isEmpty()) {
      outcome.note(counters.qualify("rejections by reason: " + byReason));
    }
    long filesRejected = 0;
    for (Row file : ctx.lake().readRows(BronzeTables.FILES)) {
      if (runId.equals(file.getString("run_id"))
          && FileEntry.REJECTED.equals(file.getString("status"))) {
        filesRejected++;
        outcome.note("rejected file " + file.getString("path") + ": " + file.getString("error"));
      }
    }
    long newFieldPaths = 0;
    if (!firstRun) {
      for (Row field : ctx.lake().readRows(BronzeTables.SCHEMA)) {
        if (runId.equals(field.getString("first_seen_run"))) {
          newFieldPaths++;
          outcome.note(
              "schema drift: "
                  + field.getString("entity")
                  + "."
                  + field.getString("field_path")
                  + " ("
                  + field.getString("json_type")
                  + ") is new");
        }
      }
    }
    return outcome
        .rows(files.size(), loaded, rejected)
        .counters(counters.values())
        .message(
            String.format(
                "%d files read (%d rejected), %d records loaded, %d rejected records, %d new field"
                    + " paths",
                files.size(), filesRejected, loaded, rejected, newFieldPaths))
        .build(ctx.now());
  }

  /**
   * Batches: enough to keep every worker busy twice over, more when the landing is large (about
   * {@link #BYTES_PER_BATCH} each, so that a batch's shard stays a sensible size), never more than
   * there are files.
   */
  static int batches(int files, long bytes, int workers) {
    long bySize = (bytes + BYTES_PER_BATCH - 1) / BYTES_PER_BATCH;
    long wanted = Math.max(bySize, (long) workers * BATCHES_PER_WORKER);
    return (int) Math.max(1, Math.min(files, Math.min(wanted, 1024)));
  }

  private static RawOutput rawOutput(RunContext ctx, Pipeline p, int files, long bytes) {
    Map<String, String> directories = new TreeMap<>();
    for (String entity : BronzeTables.ENTITIES) {
      directories.put(
          entity, ctx.lake().stagingPath(ctx.config().runId(), BronzeTables.rawTable(entity)));
    }
    // the DirectRunner's target parallelism; other runners: this machine's cores, at least
    int workers = Buckets.bucketsFor(p.getOptions());
    if (workers == 0) {
      workers = Runtime.getRuntime().availableProcessors();
    }
    return RawOutput.of(
        directories,
        ctx.lake().tempPath(ctx.config().runId()),
        ctx.config().runId() + "~" + Long.toHexString(ctx.now().getMillis()),
        batches(files, bytes, workers));
  }

  private static <T> void stage(
      RunContext ctx, PCollectionTuple out, TupleTag<T> tag, TableSpec table, int shards) {
    ctx.stage(
        out.get(tag).apply("ConvertToRows " + table.qualifiedName(), Convert.toRows()),
        table,
        shards);
  }
}
