package com.tixmaster.transforms.io;

import com.tixmaster.schemas.TableSpec;
import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VoidCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.Row;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Writes rows of one table as Parquet shards into a staging folder. Committing the staged files
 * into the table is the lake's job, not Beam's: this transform never touches a live table.
 *
 * <p>With a fixed shard count the rows are grouped by shard first ({@code FileIO.write}). With
 * {@code shards == 0} each bundle the runner hands over writes its own shard, with no shuffle of
 * the rows at all: the DirectRunner implements even {@code FileIO}'s runner-determined sharding as
 * a grouping by shard, which buffers every row and copies that buffer once per incoming bundle.
 * In-flight files go to the temp folder and are renamed into the staging folder once every bundle
 * is done; only bundles that succeeded are renamed, so a retried bundle leaves no duplicate. Either
 * way an empty table gets one empty file.
 */
public final class WriteTable extends PTransform<PCollection<Row>, POutput> {
  private final TableSpec spec;
  private final String directory;
  private final String tempDirectory;
  private final String filePrefix;
  private final int shards;

  private WriteTable(
      TableSpec spec, String directory, String tempDirectory, String filePrefix, int shards) {
    this.spec = spec;
    this.directory = directory;
    this.tempDirectory = tempDirectory;
    this.filePrefix = filePrefix;
    this.shards = shards;
  }

  /**
   * @param directory the staging folder that receives the shards
   * @param tempDirectory where in-flight files are kept (outside the staging folder)
   * @param filePrefix shard name prefix; unique per run so shards of runs never collide
   * @param shards fixed shard count (≥ 1; for small tables), or 0 for one shard per bundle
   */
  public static WriteTable to(
      TableSpec spec, String directory, String tempDirectory, String filePrefix, int shards) {
    if (shards < 0) {
      throw new IllegalArgumentException("shards must be ≥ 0");
    }
    return new WriteTable(spec, directory, tempDirectory, filePrefix, shards);
  }

  @Override
  public POutput expand(PCollection<Row> rows) {
    TableCodec codec = TableCodec.of(spec);
    if (shards == 0) {
      PCollection<String> written =
          rows.apply("WriteBundles", ParDo.of(new WriteBundleFn(codec, tempDirectory)))
              .setCoder(StringUtf8Coder.of());
      // One more element, so that the finalizer also runs for an empty table.
      PCollection<String> always =
          rows.getPipeline()
              .apply("SeedNoFileMarker", Create.of(NO_FILE).withCoder(StringUtf8Coder.of()));
      return PCollectionList.of(written)
          .and(always)
          .apply("CollectFiles", Flatten.pCollections())
          .apply("KeyAll", ParDo.of(new KeyAllFn()))
          .setCoder(KvCoder.of(VoidCoder.of(), StringUtf8Coder.of()))
          .apply("GatherFiles", GroupByKey.create())
          .apply("MoveIntoPlace", ParDo.of(new FinalizeFn(codec, directory, filePrefix)))
          .setCoder(StringUtf8Coder.of());
    }
    return rows.apply("ConvertToAvro", ParDo.of(new ToRecordFn(codec)))
        .setCoder(AvroCoder.of(GenericRecord.class, codec.avroSchema()))
        .apply(
            "WriteParquet",
            FileIO.<GenericRecord>write()
                .via(sink(codec))
                .to(directory)
                .withTempDirectory(tempDirectory)
                .withPrefix(filePrefix)
                .withSuffix(".parquet")
                .withNumShards(shards));
  }

  private static final String NO_FILE = "";

  static ParquetIO.Sink sink(TableCodec codec) {
    return ParquetIO.sink(codec.avroSchema()).withCompressionCodec(CompressionCodecName.SNAPPY);
  }

  /** Beam row → Avro record. */
  static final class ToRecordFn extends DoFn<Row, GenericRecord> {
    private final TableCodec codec;

    ToRecordFn(TableCodec codec) {
      this.codec = codec;
    }

    @ProcessElement
    public void process(@Element Row row, OutputReceiver<GenericRecord> out) {
      out.output(codec.toRecord(row));
    }
  }

  /** Writes a bundle's rows to one in-flight Parquet file and emits its name. */
  static final class WriteBundleFn extends DoFn<Row, String> {
    private final TableCodec codec;
    private final String tempDirectory;
    private transient ParquetIO.Sink sink;
    private transient WritableByteChannel channel;
    private transient ResourceId file;

    WriteBundleFn(TableCodec codec, String tempDirectory) {
      this.codec = codec;
      this.tempDirectory = tempDirectory;
    }

    @StartBundle
    public void startBundle() {
      sink = null;
    }

    @ProcessElement
    public void process(@Element Row row) throws IOException {
      if (sink == null) {
        file =
            FileSystems.matchNewResource(tempDirectory, true)
                .resolve(UUID.randomUUID() + ".parquet", StandardResolveOptions.RESOLVE_FILE);
        channel = FileSystems.create(file, "application/octet-stream");
        sink = sink(codec);
        sink.open(channel);
      }
      sink.write(codec.toRecord(row));
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) throws IOException {
      if (sink == null) {
        return;
      }
      sink.flush();
      if (channel.isOpen()) {
        channel.close();
      }
      context.output(file.toString(), GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
      sink = null;
    }
  }

  static final class KeyAllFn extends DoFn<String, KV<Void, String>> {
    @ProcessElement
    public void process(@Element String file, OutputReceiver<KV<Void, String>> out) {
      out.output(KV.of(null, file));
    }
  }

  /**
   * Renames the in-flight files to {@code <prefix>-<i>-of-<n>.parquet} in the staging folder, or
   * writes one empty shard when there is none; emits the final names.
   */
  static final class FinalizeFn extends DoFn<KV<Void, Iterable<String>>, String> {
    private final TableCodec codec;
    private final String directory;
    private final String filePrefix;

    FinalizeFn(TableCodec codec, String directory, String filePrefix) {
      this.codec = codec;
      this.directory = directory;
      this.filePrefix = filePrefix;
    }

    @ProcessElement
    public void process(@Element KV<Void, Iterable<String>> files, OutputReceiver<String> out)
        throws IOException {
      List<String> written = new ArrayList<>();
      for (String file : files.getValue()) {
        if (!NO_FILE.equals(file)) {
          written.add(file);
        }
      }
      Collections.sort(written);
      int n = Math.max(1, written.size());
      ResourceId dir = FileSystems.matchNewResource(directory, true);
      List<ResourceId> sources = new ArrayList<>();
      List<ResourceId> targets = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        targets.add(
            dir.resolve(
                String.format("%s-%05d-of-%05d.parquet", filePrefix, i, n),
                StandardResolveOptions.RESOLVE_FILE));
      }
      if (written.isEmpty()) {
        ParquetIO.Sink sink = sink(codec);
        try (WritableByteChannel channel =
            FileSystems.create(targets.get(0), "application/octet-stream")) {
          sink.open(channel);
          sink.flush();
        }
      } else {
        for (String file : written) {
          sources.add(FileSystems.matchNewResource(file, false));
        }
        FileSystems.rename(sources, targets, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
      }
      for (ResourceId target : targets) {
        out.output(target.toString());
      }
    }
  }
}
