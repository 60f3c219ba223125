package com.tixmaster.pipeline.report;

import com.tixmaster.pipeline.lake.Lake;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.transforms.io.TableCodec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.values.Row;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroReadSupport;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;

/**
 * Streams a committed table's rows with only the columns the report needs. {@link Lake#readRows}
 * materialises whole rows, payloads included, which is fine for the log tables but not for {@code
 * silver._rejected} or {@code gold.fact_events} after months of runs. Columns a file lacks (added
 * after it was written) read as null, as in {@link TableCodec#toRow}.
 */
final class LakeScan {
  private LakeScan() {}

  /** Whether the table has been committed at least once (an empty table still has a file). */
  static boolean exists(Lake lake, TableSpec table) throws IOException {
    return !lake.snapshotFiles(table).isEmpty();
  }

  /**
   * Calls {@code sink} with each committed row of {@code table}; only {@code columns} are read, the
   * other fields of the row are null.
   */
  static void scan(Lake lake, TableSpec table, List<String> columns, Consumer<Row> sink)
      throws IOException {
    TableCodec codec = TableCodec.of(table);
    Schema full = codec.avroSchema();
    for (String column : columns) {
      if (full.getField(column) == null) {
        throw new IllegalArgumentException(table + " has no column " + column);
      }
    }
    for (String file : lake.snapshotFiles(table)) {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file);
      Configuration conf = new Configuration();
      Schema projection = projection(full, columns, fileColumns(path, conf));
      AvroReadSupport.setRequestedProjection(conf, projection);
      AvroReadSupport.setAvroReadSchema(conf, projection);
      try (ParquetReader<GenericRecord> reader =
          AvroParquetReader.<GenericRecord>builder(HadoopInputFile.fromPath(path, conf))
              .withConf(conf)
              .build()) {
        GenericRecord record;
        while ((record = reader.read()) != null) {
          sink.accept(codec.toRow(record));
        }
      }
    }
  }

  /** The rows of {@code table}, {@code columns} only, as a list. */
  static List<Row> rows(Lake lake, TableSpec table, List<String> columns) throws IOException {
    List<Row> rows = new ArrayList<>();
    scan(lake, table, columns, rows::add);
    return rows;
  }

  private static List<String> fileColumns(org.apache.hadoop.fs.Path path, Configuration conf)
      throws IOException {
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(path, conf))) {
      MessageType schema = reader.getFooter().getFileMetaData().getSchema();
      List<String> names = new ArrayList<>();
      schema.getFields().forEach(f -> names.add(f.getName()));
      return names;
    }
  }

  /**
   * The requested columns that the file has, each nullable so that a missing value reads as null.
   */
  private static Schema projection(Schema full, List<String> columns, List<String> present) {
    List<Schema.Field> fields = new ArrayList<>();
    for (String column : columns) {
      if (!present.contains(column)) {
        continue;
      }
      Schema type = full.getField(column).schema();
      if (type.getType() != Schema.Type.UNION) {
        type = Schema.createUnion(Schema.create(Schema.Type.NULL), type);
      }
      fields.add(new Schema.Field(column, type, null, Schema.Field.NULL_DEFAULT_VALUE));
    }
    return Schema.createRecord(full.getName(), null, full.getNamespace(), false, fields);
  }
}
