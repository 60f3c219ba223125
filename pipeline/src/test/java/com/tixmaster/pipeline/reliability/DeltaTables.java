package com.tixmaster.pipeline.reliability;

import com.tixmaster.pipeline.lake.ParquetLake;
import com.tixmaster.pipeline.spark.SparkTestSession;
import com.tixmaster.schemas.TableSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.values.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The Delta tables of a {@code spark_catalog} warehouse folder, read by path through this JVM's
 * SparkSession: the runs that wrote them were other processes, whose catalogs are gone, and this
 * JVM's catalog belongs to its own warehouse. A managed table lives at {@code
 * <warehouse>/<layer>.db/<table>}. Rows go through a Parquet export, as in {@code DeltaLake}, so
 * they come back as the pipeline's Beam rows. Each table is read once and kept: an instance is a
 * snapshot, to be made after the runs.
 */
final class DeltaTables implements LakeState.Tables {
  private final Path warehouse;
  private final Path scratch;
  private final java.util.Map<String, List<Row>> read = new java.util.HashMap<>();

  /**
   * @param scratch a folder for the exports (each is deleted after reading)
   */
  DeltaTables(Path warehouse, Path scratch) {
    this.warehouse = warehouse;
    this.scratch = scratch;
  }

  Path location(TableSpec table) {
    return warehouse.resolve(table.layer() + ".db").resolve(table.name());
  }

  /** Versions in the table's Delta log so far (0 when it does not exist). */
  long commits(TableSpec table) {
    return commits(location(table));
  }

  static long commits(Path table) {
    try (Stream<Path> log = Files.list(table.resolve("_delta_log"))) {
      return log.filter(f -> f.getFileName().toString().matches("\\d{20}\\.json")).count();
    } catch (IOException e) {
      return 0;
    }
  }

  @Override
  public List<Row> readRows(TableSpec table) throws IOException {
    List<Row> rows = read.get(table.qualifiedName());
    if (rows == null) {
      rows = export(table);
      read.put(table.qualifiedName(), rows);
    }
    return rows;
  }

  private List<Row> export(TableSpec table) throws IOException {
    Path location = location(table);
    if (!Files.isDirectory(location.resolve("_delta_log"))) {
      return List.of();
    }
    SparkSession spark = SparkTestSession.session();
    // parquet-avro cannot read Spark's default INT96 timestamps.
    spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MILLIS");
    Path export = Files.createTempDirectory(Files.createDirectories(scratch), table.name() + "-");
    try {
      spark
          .read()
          .format("delta")
          .load(location.toString())
          .write()
          .mode("overwrite")
          .parquet(export.toString());
      try (Stream<Path> files = Files.list(export)) {
        return ParquetLake.read(
            table, files.map(Path::toString).filter(f -> f.endsWith(".parquet")).sorted().toList());
      }
    } finally {
      Reference.deleteTree(export);
    }
  }
}
