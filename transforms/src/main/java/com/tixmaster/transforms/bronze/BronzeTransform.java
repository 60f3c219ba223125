package com.tixmaster.transforms.bronze;

import com.tixmaster.schemas.bronze.FileEntry;
import com.tixmaster.schemas.bronze.LandingFile;
import com.tixmaster.schemas.bronze.RejectedRecord;
import com.tixmaster.schemas.bronze.SchemaField;
import com.tixmaster.transforms.io.Buckets;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Bronze: every record of every new landing file, once, with lineage, streamed into the raw Parquet
 * shards of {@link BronzeConfig#rawOutput()} (never a collection); the {@code _files} checkpoint
 * entries; the merged {@code _schema}; and the records that are not JSON objects.
 *
 * <p>Input: {@link #NEW_FILES} (files not yet in {@code _files}) and {@link #KNOWN_SCHEMA} (the
 * current {@code _schema}). Output: {@link #FILES}, {@link #SCHEMA}, {@link #REJECTED_RECORDS}.
 */
public final class BronzeTransform extends PTransform<PCollectionTuple, PCollectionTuple> {
  public static final TupleTag<LandingFile> NEW_FILES = new TupleTag<>() {};
  public static final TupleTag<SchemaField> KNOWN_SCHEMA = new TupleTag<>() {};

  public static final TupleTag<FileEntry> FILES = ReadLandingBatchFn.FILES;
  public static final TupleTag<SchemaField> SCHEMA = new TupleTag<>() {};
  public static final TupleTag<RejectedRecord> REJECTED_RECORDS = ReadLandingBatchFn.REJECTED;

  private final BronzeConfig config;

  private BronzeTransform(BronzeConfig config) {
    this.config = config;
  }

  public static BronzeTransform of(BronzeConfig config) {
    return new BronzeTransform(config);
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple input) {
    // Files are read in a few batches, each streaming one raw shard per entity, rather than one
    // bundle of records per file.
    PCollection<LandingFile> files = input.get(NEW_FILES);
    PCollectionTuple read =
        files
            .apply("BatchFiles", ParDo.of(new BatchFn(config.rawOutput().batches())))
            .setCoder(KvCoder.of(VarIntCoder.of(), files.getCoder()))
            .apply("GroupBatches", GroupByKey.create())
            .apply("ReadLandingFiles", ReadLandingBatchFn.parDo(config));

    PCollection<SchemaField> schema =
        KeyedPCollectionTuple.of(
                MergeSchemaFn.KNOWN, input.get(KNOWN_SCHEMA).apply("KeyKnownPaths", keyByPath()))
            .and(
                MergeSchemaFn.SEEN,
                read.get(ReadLandingBatchFn.FIELD_PATHS)
                    .apply("DistinctSeenPaths", Buckets.distinct())
                    .apply("KeySeenPaths", keyByPath()))
            .apply("JoinPaths", Buckets.coGroupByKey())
            .apply("MergeSchema", ParDo.of(new MergeSchemaFn(config.runId())));

    return PCollectionTuple.of(FILES, read.get(FILES))
        .and(REJECTED_RECORDS, read.get(REJECTED_RECORDS))
        .and(SCHEMA, schema);
  }

  private static WithKeys<String, SchemaField> keyByPath() {
    return WithKeys.<String, SchemaField>of(SchemaField::key)
        .withKeyType(TypeDescriptors.strings());
  }

  /** A file's batch: its path's hash modulo the number of batches. */
  static final class BatchFn extends DoFn<LandingFile, KV<Integer, LandingFile>> {
    private final int batches;

    BatchFn(int batches) {
      this.batches = batches;
    }

    @ProcessElement
    public void process(@Element LandingFile file, OutputReceiver<KV<Integer, LandingFile>> out) {
      out.output(KV.of(Math.floorMod(file.getPath().hashCode(), batches), file));
    }
  }
}
