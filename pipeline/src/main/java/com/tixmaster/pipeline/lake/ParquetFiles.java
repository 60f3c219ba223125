package com.tixmaster.pipeline.lake;

import com.tixmaster.schemas.TableSpec;
import com.tixmaster.transforms.io.TableCodec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.values.Row;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.hadoop.util.HadoopOutputFile;

/** Table rows in Parquet files on the driver, wherever the Hadoop configuration can reach. */
public final class ParquetFiles {
  private ParquetFiles() {}

  public static List<Row> read(TableSpec table, List<String> files, Configuration conf)
      throws IOException {
    TableCodec codec = TableCodec.of(table);
    List<Row> rows = new ArrayList<>();
    for (String file : files) {
      try (ParquetReader<GenericRecord> reader =
          AvroParquetReader.<GenericRecord>builder(
                  HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file), conf))
              .build()) {
        GenericRecord record;
        while ((record = reader.read()) != null) {
          rows.add(codec.toRow(record));
        }
      }
    }
    return rows;
  }

  /** The rows the files hold, from their footers. */
  public static long count(List<String> files, Configuration conf) throws IOException {
    long rows = 0;
    for (String file : files) {
      try (ParquetFileReader reader =
          ParquetFileReader.open(
              HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file), conf))) {
        rows += reader.getRecordCount();
      }
    }
    return rows;
  }

  /** Writes {@code rows} as one new file (the writer refuses to overwrite one). */
  public static void write(TableSpec table, String file, List<Row> rows, Configuration conf)
      throws IOException {
    TableCodec codec = TableCodec.of(table);
    try (ParquetWriter<GenericRecord> writer =
        AvroParquetWriter.<GenericRecord>builder(
                HadoopOutputFile.fromPath(new org.apache.hadoop.fs.Path(file), conf))
            .withSchema(codec.avroSchema())
            .build()) {
      for (Row row : rows) {
        writer.write(codec.toRecord(row));
      }
    }
  }
}
