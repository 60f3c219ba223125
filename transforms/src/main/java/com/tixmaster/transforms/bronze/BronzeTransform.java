package com.tixmaster.transforms.bronze;

import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.bronze.FileEntry;
import com.tixmaster.schemas.bronze.LandingFile;
import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.schemas.bronze.RejectedRecord;
import com.tixmaster.schemas.bronze.SchemaField;
import com.tixmaster.transforms.io.Buckets;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Partition;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Bronze: every record of every new landing file, once, with lineage; the {@code _files} checkpoint
 * entries; the merged {@code _schema}; and the records that are not JSON objects.
 *
 * <p>Input: {@link #NEW_FILES} (files not yet in {@code _files}) and {@link #KNOWN_SCHEMA} (the
 * current {@code _schema}). Output: one tag per bronze table.
 */
public final class BronzeTransform extends PTransform<PCollectionTuple, PCollectionTuple> {
  public static final TupleTag<LandingFile> NEW_FILES = new TupleTag<>() {};
  public static final TupleTag<SchemaField> KNOWN_SCHEMA = new TupleTag<>() {};

  public static final TupleTag<RawRecord> EVENTS = new TupleTag<>() {};
  public static final TupleTag<RawRecord> VENUES = new TupleTag<>() {};
  public static final TupleTag<RawRecord> ATTRACTIONS = new TupleTag<>() {};
  public static final TupleTag<RawRecord> CLASSIFICATIONS = new TupleTag<>() {};
  public static final TupleTag<FileEntry> FILES = ReadLandingFileFn.FILES;
  public static final TupleTag<SchemaField> SCHEMA = new TupleTag<>() {};
  public static final TupleTag<RejectedRecord> REJECTED_RECORDS = ReadLandingFileFn.REJECTED;

  /** The raw-record tags in {@link BronzeTables#ENTITIES} order. */
  public static final List<TupleTag<RawRecord>> RAW_TAGS =
      List.of(EVENTS, VENUES, ATTRACTIONS, CLASSIFICATIONS);

  private final BronzeConfig config;

  private BronzeTransform(BronzeConfig config) {
    this.config = config;
  }

  public static BronzeTransform of(BronzeConfig config) {
    return new BronzeTransform(config);
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple input) {
    TupleTagList otherOutputs =
        TupleTagList.of(ReadLandingFileFn.REJECTED)
            .and(ReadLandingFileFn.FILES)
            .and(ReadLandingFileFn.FIELD_PATHS);
    PCollectionTuple read;
    if (config.rawOutput() == null) {
      read =
          input
              .get(NEW_FILES)
              .apply("SpreadFiles", Reshuffle.viaRandomKey())
              .apply(
                  "ReadLandingFiles",
                  ParDo.of(new ReadLandingFileFn(config))
                      .withOutputTags(ReadLandingFileFn.RECORDS, otherOutputs));
    } else {
      // The records are streamed to Parquet by the reader: files are read in a few batches,
      // each writing one shard per entity, instead of one bundle of records per file.
      PCollection<LandingFile> files = input.get(NEW_FILES);
      read =
          files
              .apply("BatchFiles", ParDo.of(new BatchFn(config.rawOutput().batches())))
              .setCoder(KvCoder.of(VarIntCoder.of(), files.getCoder()))
              .apply("GroupBatches", GroupByKey.create())
              .apply(
                  "ReadLandingFiles",
                  ParDo.of(new ReadLandingBatchFn(config))
                      .withOutputTags(ReadLandingFileFn.RECORDS, otherOutputs));
    }

    PCollectionList<RawRecord> byEntity =
        read.get(ReadLandingFileFn.RECORDS)
            .apply("RouteByEntity", Partition.of(RAW_TAGS.size(), new EntityPartitionFn()));

    PCollection<SchemaField> schema =
        KeyedPCollectionTuple.of(
                MergeSchemaFn.KNOWN, input.get(KNOWN_SCHEMA).apply("KeyKnownPaths", keyByPath()))
            .and(
                MergeSchemaFn.SEEN,
                read.get(ReadLandingFileFn.FIELD_PATHS)
                    .apply("DistinctSeenPaths", Buckets.distinct())
                    .apply("KeySeenPaths", keyByPath()))
            .apply("JoinPaths", Buckets.coGroupByKey())
            .apply("MergeSchema", ParDo.of(new MergeSchemaFn(config.runId())));

    PCollectionTuple out =
        PCollectionTuple.of(FILES, read.get(ReadLandingFileFn.FILES))
            .and(REJECTED_RECORDS, read.get(ReadLandingFileFn.REJECTED))
            .and(SCHEMA, schema);
    for (int i = 0; i < RAW_TAGS.size(); i++) {
      out = out.and(RAW_TAGS.get(i), byEntity.get(i));
    }
    return out;
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

  /** Sends each record to its entity's table, in {@link BronzeTables#ENTITIES} order. */
  static final class EntityPartitionFn implements Partition.PartitionFn<RawRecord> {
    @Override
    public int partitionFor(RawRecord record, int partitions) {
      return BronzeTables.ENTITIES.indexOf(record.getEntity());
    }
  }
}
