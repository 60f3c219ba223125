package com.tixmaster.pipeline.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tixmaster.pipeline.lake.Lake;
import com.tixmaster.pipeline.lake.ParquetLake;
import com.tixmaster.pipeline.run.FaultPoints;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.silver.BronzeRunProcessed;
import com.tixmaster.schemas.silver.SilverTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.schemas.Schema.Field;
import org.apache.beam.sdk.values.Row;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The lake as Delta tables through Spark SQL: Unity Catalog on Databricks, {@code spark_catalog}
 * with Delta Lake locally. Beam stages still stage Parquet shards in a run-scoped folder (a UC
 * Volume on Databricks); a commit applies each staged table with a MERGE, so re-applying it is
 * harmless. A commit record lists the tables first, and {@link #recover()} re-applies a recorded
 * commit that a crash interrupted, so a half-published set of tables converges on the next run.
 *
 * <p>Previous state is read back through Spark ({@code spark.table}) into Parquet in the staging
 * folder, never by reading a Delta table's data files directly: deletion vectors would make them
 * wrong.
 */
public final class DeltaLake implements Lake {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SparkSession spark;
  private final String catalog;
  private final ParquetLake staging;
  private final Path stagingRoot;

  public DeltaLake(SparkSession spark, String catalog, Path lakehouse, Path stagingRoot) {
    this.spark = spark;
    this.catalog = catalog;
    this.staging = new ParquetLake(lakehouse, stagingRoot);
    this.stagingRoot = stagingRoot.toAbsolutePath().normalize();
    // Exported snapshots must be readable by parquet-avro: INT96 timestamps are not.
    spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MILLIS");
  }

  /** {@code catalog.layer.table}, quoted. */
  public String tableName(TableSpec table) {
    return SparkTypes.quote(catalog) + "." + SparkTypes.quote(table.layer()) + "." + SparkTypes.quote(table.name());
  }

  private boolean exists(TableSpec table) {
    return spark.catalog().tableExists(catalog + "." + table.layer() + "." + table.name());
  }

  @Override
  public List<String> snapshotFiles(TableSpec table) throws IOException {
    return export(table, null);
  }

  @Override
  public List<String> snapshotFiles(TableSpec table, Set<String> runIds) throws IOException {
    if (runIds.isEmpty()) {
      return List.of();
    }
    String in =
        runIds.stream().map(r -> "'" + r.replace("'", "''") + "'").collect(Collectors.joining(", "));
    return export(table, "_run_id IN (" + in + ")");
  }

  /** Writes the table's current rows (optionally filtered) as Parquet in the staging folder. */
  private List<String> export(TableSpec table, String where) throws IOException {
    if (!exists(table)) {
      return List.of();
    }
    Path dir =
        stagingRoot.resolve("_export").resolve(table.layer()).resolve(table.name() + "-" + System.nanoTime());
    Dataset<org.apache.spark.sql.Row> rows = spark.table(catalog + "." + table.layer() + "." + table.name());
    if (where != null) {
      rows = rows.where(where);
    }
    rows.write().mode("overwrite").parquet(dir.toString());
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".parquet"))
          .map(Path::toString)
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @Override
  public List<Row> readRows(TableSpec table) throws IOException {
    return ParquetLake.read(table, snapshotFiles(table));
  }

  @Override
  public long rowCount(TableSpec table) {
    return exists(table) ? spark.table(catalog + "." + table.layer() + "." + table.name()).count() : 0;
  }

  @Override
  public String stagingPath(String runId, TableSpec table) {
    return staging.stagingPath(runId, table);
  }

  @Override
  public String tempPath(String runId) {
    return staging.tempPath(runId);
  }

  @Override
  public void stageRows(String runId, TableSpec table, List<Row> rows) throws IOException {
    staging.stageRows(runId, table, rows);
  }

  @Override
  public List<String> stagedFiles(String runId, TableSpec table) throws IOException {
    return staging.stagedFiles(runId, table);
  }

  @Override
  public long stagedRowCount(String runId, TableSpec table) throws IOException {
    return staging.stagedRowCount(runId, table);
  }

  @Override
  public List<Row> readStagedRows(String runId, TableSpec table) throws IOException {
    return staging.readStagedRows(runId, table);
  }

  @Override
  public void commit(String runId, String name, Collection<TableSpec> tables) throws IOException {
    ObjectNode record = JSON.createObjectNode().put("run_id", runId).put("name", name);
    tables.forEach(t -> record.withArray("tables").add(t.qualifiedName()));
    Path file = stagingRoot.resolve("_txn").resolve(runId + "-" + name + ".json");
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(tmp, JSON.writeValueAsBytes(record));
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    FaultPoints.reach(FaultPoints.COMMIT_RECORDED);
    apply(record);
    Files.delete(file);
    for (TableSpec table : tables) {
      deleteTree(Path.of(stagingPath(runId, table)));
    }
  }

  private void apply(JsonNode record) throws IOException {
    String runId = record.get("run_id").asText();
    boolean first = true;
    for (JsonNode name : record.get("tables")) {
      if (!first) {
        FaultPoints.reach(FaultPoints.BETWEEN_TABLE_SWAPS);
      }
      first = false;
      merge(runId, spec(name.asText()));
    }
  }

  /** MERGEs one staged table into its Delta table; safe to repeat. */
  private void merge(String runId, TableSpec table) throws IOException {
    createIfMissing(table);
    List<String> files = stagedFiles(runId, table);
    StructType schema = spark.table(catalog + "." + table.layer() + "." + table.name()).schema();
    Dataset<org.apache.spark.sql.Row> source =
        files.isEmpty()
            ? spark.createDataFrame(new ArrayList<org.apache.spark.sql.Row>(), schema)
            : spark.read().parquet(files.toArray(new String[0]));
    String view = "tix_src_" + table.layer() + "_" + table.name().replaceAll("[^A-Za-z0-9]", "");
    source.createOrReplaceTempView(view);
    String target = tableName(table);
    List<String> columns = new ArrayList<>();
    for (Field f : table.beamSchema().getFields()) {
      columns.add(SparkTypes.quote(f.getName()));
    }
    String cols = String.join(", ", columns);
    String srcCols = columns.stream().map(c -> "s." + c).collect(Collectors.joining(", "));
    String on =
        table.primaryKey().stream()
            .map(k -> "t." + SparkTypes.quote(k) + " <=> s." + SparkTypes.quote(k))
            .collect(Collectors.joining(" AND "));
    if (table.writeMode() == TableSpec.WriteMode.APPEND) {
      if (table.primaryKey().isEmpty()) {
        spark.sql("DELETE FROM " + target + " WHERE `_run_id` = '" + runId.replace("'", "''") + "'");
        spark.sql("INSERT INTO " + target + " (" + cols + ") SELECT " + cols + " FROM " + view);
      } else {
        spark.sql(
            "MERGE INTO " + target + " t USING " + view + " s ON " + on
                + " WHEN NOT MATCHED THEN INSERT (" + cols + ") VALUES (" + srcCols + ")");
      }
      return;
    }
    String same =
        columns.stream().map(c -> "t." + c + " <=> s." + c).collect(Collectors.joining(" AND "));
    String set = columns.stream().map(c -> c + " = s." + c).collect(Collectors.joining(", "));
    spark.sql(
        "MERGE INTO " + target + " t USING " + view + " s ON " + on
            + " WHEN MATCHED AND NOT (" + same + ") THEN UPDATE SET " + set
            + " WHEN NOT MATCHED THEN INSERT (" + cols + ") VALUES (" + srcCols + ")"
            + " WHEN NOT MATCHED BY SOURCE THEN DELETE");
  }

  /**
   * Creates a missing table: with Unity Catalog's keys, identity columns, checks and comments, or
   * with the columns alone in {@code spark_catalog}, whose OSS Delta parses no constraints.
   */
  private void createIfMissing(TableSpec table) {
    if (exists(table)) {
      return;
    }
    spark.sql("CREATE SCHEMA IF NOT EXISTS " + SparkTypes.quote(catalog) + "." + SparkTypes.quote(table.layer()));
    if (catalog.equals("spark_catalog")) {
      spark.sql(DeltaDdl.localCreateTable(catalog, table));
      return;
    }
    for (String statement : DeltaDdl.unityCatalogCreateTable(SparkTypes.quote(catalog), table).split(";\n")) {
      if (!statement.isBlank()) {
        spark.sql(statement);
      }
    }
  }

  private static TableSpec spec(String qualifiedName) {
    List<TableSpec> all = new ArrayList<>(BronzeTables.ALL);
    all.addAll(SilverTables.ALL);
    all.add(BronzeRunProcessed.TABLE);
    all.addAll(GoldTables.ALL);
    for (TableSpec t : all) {
      if (t.qualifiedName().equals(qualifiedName)) {
        return t;
      }
    }
    throw new IllegalStateException("unknown table in a commit record: " + qualifiedName);
  }

  @Override
  public void discardStaging(String runId) throws IOException {
    staging.discardStaging(runId);
    deleteTree(stagingRoot.resolve("_export"));
  }

  @Override
  public void recover() throws IOException {
    Path txn = stagingRoot.resolve("_txn");
    if (!Files.isDirectory(txn)) {
      return;
    }
    try (Stream<Path> records = Files.list(txn)) {
      for (Path record : records.sorted().collect(Collectors.toList())) {
        if (record.toString().endsWith(".json")) {
          JsonNode node = JSON.readTree(record.toFile());
          apply(node);
          for (JsonNode name : node.get("tables")) {
            deleteTree(Path.of(stagingPath(node.get("run_id").asText(), spec(name.asText()))));
          }
        }
        Files.delete(record);
      }
    }
  }

  @Override
  public AutoCloseable lock(String runId) throws IOException {
    return staging.lock(runId);
  }

  @Override
  public String describe() {
    return "Delta catalog " + catalog + " (staging " + stagingRoot + ")";
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(p);
      }
    }
  }
}
