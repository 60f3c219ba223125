package com.tixmaster.transforms.io;

import com.tixmaster.schemas.TableSpec;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroReadSupport;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;

/**
 * Reads the Parquet files of one table snapshot as schema'd rows. The caller (the lake) decides
 * which files form the snapshot; an empty list reads as an empty collection with the table's
 * schema, so a first run needs no special case.
 *
 * <p>Each file is read whole by one plain {@code DoFn} call, not by {@code ParquetIO.readFiles}:
 * that one is a splittable DoFn, which the DirectRunner checkpoints every 100 records, so a table
 * of n rows arrived as n / 100 bundles, and every grouping downstream paid per bundle. The files of
 * a snapshot are few and bounded in size (the writers shard them), so they are the unit of
 * parallelism here; the projection is the table's schema, as with {@code ParquetIO}.
 */
public final class ReadTable extends PTransform<PBegin, PCollection<Row>> {
  private final TableSpec spec;
  private final List<String> files;

  private ReadTable(TableSpec spec, List<String> files) {
    this.spec = spec;
    this.files = List.copyOf(files);
  }

  public static ReadTable of(TableSpec spec, List<String> files) {
    return new ReadTable(spec, files);
  }

  @Override
  public PCollection<Row> expand(PBegin input) {
    TableCodec codec = TableCodec.of(spec);
    if (files.isEmpty()) {
      return input.apply("CreateEmpty", Create.empty(RowCoder.of(codec.beamSchema())));
    }
    return input
        .apply("ListFiles", Create.of(files))
        .apply("ReadParquet", ParDo.of(new ReadFileFn(codec)))
        .setRowSchema(codec.beamSchema());
  }

  /** One Parquet file → its rows. */
  static final class ReadFileFn extends DoFn<String, Row> {
    private final TableCodec codec;

    ReadFileFn(TableCodec codec) {
      this.codec = codec;
    }

    @ProcessElement
    public void process(@Element String file, OutputReceiver<Row> out) throws IOException {
      readFile(file, codec, out::output);
    }
  }

  /** Receives the rows of a file one at a time. */
  public interface RowConsumer {
    void accept(Row row) throws IOException;
  }

  /**
   * Reads one Parquet file of a table with {@code codec}'s schema as projection, handing each row
   * to {@code consumer} as it is read (nothing of the file is held).
   */
  public static void readFile(String file, TableCodec codec, RowConsumer consumer)
      throws IOException {
    read(file, null, codec, consumer);
  }

  /** Like {@link #readFile}, for the row groups of one {@link FileSplit} only. */
  public static void readSplit(FileSplit split, TableCodec codec, RowConsumer consumer)
      throws IOException {
    read(split.getFile(), split, codec, consumer);
  }

  /** The row groups of a Parquet file, in file order, each as the byte range that holds it. */
  public static List<FileSplit> rowGroupsOf(String file) throws IOException {
    List<FileSplit> splits = new ArrayList<>();
    try (ParquetFileReader reader =
        ParquetFileReader.open(new BeamInputFile(FileSystems.matchSingleFileSpec(file)))) {
      for (BlockMetaData rowGroup : reader.getFooter().getBlocks()) {
        long start = rowGroup.getStartingPos();
        splits.add(FileSplit.of(file, start, start + rowGroup.getCompressedSize()));
      }
    }
    return splits;
  }

  private static void read(
      String file, @Nullable FileSplit split, TableCodec codec, RowConsumer consumer)
      throws IOException {
    MatchResult.Metadata metadata = FileSystems.matchSingleFileSpec(file);
    Configuration conf = new Configuration(false);
    AvroReadSupport.setRequestedProjection(conf, codec.avroSchema());
    ParquetReader.Builder<GenericRecord> builder =
        AvroParquetReader.<GenericRecord>builder(new BeamInputFile(metadata))
            .withDataModel(GenericData.get())
            .withConf(conf);
    if (split != null) {
      // Parquet reads the row groups whose middle lies in the range: exactly this one.
      builder = builder.withFileRange(split.getStart(), split.getEnd());
    }
    try (ParquetReader<GenericRecord> reader = builder.build()) {
      GenericRecord record;
      while ((record = reader.read()) != null) {
        consumer.accept(codec.toRow(record));
      }
    }
  }

  /**
   * A Parquet input file over Beam's file systems (local paths and whatever else is registered).
   */
  static final class BeamInputFile implements InputFile {
    private final MatchResult.Metadata metadata;

    BeamInputFile(MatchResult.Metadata metadata) {
      this.metadata = metadata;
    }

    @Override
    public long getLength() {
      return metadata.sizeBytes();
    }

    @Override
    public SeekableInputStream newStream() throws IOException {
      SeekableByteChannel channel = (SeekableByteChannel) FileSystems.open(metadata.resourceId());
      return new DelegatingSeekableInputStream(Channels.newInputStream(channel)) {
        @Override
        public long getPos() throws IOException {
          return channel.position();
        }

        @Override
        public void seek(long newPos) throws IOException {
          channel.position(newPos);
        }
      };
    }
  }
}
