package com.tixmaster.transforms.io;

import com.tixmaster.schemas.TableSpec;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.WriteFilesResult;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Writes rows of one table as Parquet shards into a staging folder. Committing the staged files
 * into the table is the lake's job, not Beam's: this transform never touches a live table.
 */
public final class WriteTable extends PTransform<PCollection<Row>, WriteFilesResult<Void>> {
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
   * @param tempDirectory where Beam keeps its in-flight files (outside the staging folder)
   * @param filePrefix shard name prefix; unique per run so shards of runs never collide
   * @param shards fixed shard count (≥ 1); fixed sharding also writes a file for an empty table
   */
  public static WriteTable to(
      TableSpec spec, String directory, String tempDirectory, String filePrefix, int shards) {
    if (shards < 1) {
      throw new IllegalArgumentException("shards must be ≥ 1");
    }
    return new WriteTable(spec, directory, tempDirectory, filePrefix, shards);
  }

  @Override
  public WriteFilesResult<Void> expand(PCollection<Row> rows) {
    TableCodec codec = TableCodec.of(spec);
    return rows.apply("ToAvro", ParDo.of(new ToRecordFn(codec)))
        .setCoder(AvroCoder.of(GenericRecord.class, codec.avroSchema()))
        .apply(
            "WriteParquet",
            FileIO.<GenericRecord>write()
                .via(
                    ParquetIO.sink(codec.avroSchema())
                        .withCompressionCodec(CompressionCodecName.SNAPPY))
                .to(directory)
                .withTempDirectory(tempDirectory)
                .withPrefix(filePrefix)
                .withSuffix(".parquet")
                .withNumShards(shards));
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
}
