package com.tixmaster.pipeline.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tixmaster.pipeline.lake.Lake;
import com.tixmaster.pipeline.lake.ParquetFiles;
import com.tixmaster.pipeline.lake.StagingArea;
import com.tixmaster.pipeline.run.FaultPoints;
import com.tixmaster.pipeline.storage.Storage;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.silver.BronzeRunProcessed;
import com.tixmaster.schemas.silver.SilverTables;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.beam.sdk.values.Row;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The lake as Delta tables through Spark SQL: Unity Catalog on Databricks, {@code spark_catalog}
 * with Delta Lake locally. Beam stages still stage Parquet shards in a run-scoped folder (a UC
 * Volume on Databricks); a commit applies each staged table with a MERGE, so re-applying it is
 * harmless. A commit record lists the tables and their staged files first, and {@link #recover()}
 * re-applies a recorded commit that a crash interrupted, so a half-published set of tables
 * converges on the next run; it then deletes the staging folders crashed runs left behind.
 *
 * <p>Previous state is read back through Spark ({@code spark.table}) into Parquet in the staging
 * folder, never by reading a Delta table's data files directly: deletion vectors would make them
 * wrong.
 */
public final class DeltaLake implements Lake {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SparkSession spark;
  private final Duration leaseTtl;

  /** The lease this instance holds, while it holds it. */
  private DeltaLease lease;

  private final String catalog;
  private final StagingArea staging;
  private final Storage storage;

  /** This instance's exported snapshots: {@code <staging>/_export/<uuid>/}, deleted by close(). */
  private final String exportRoot;

  /**
   * Whole-table exports still current, by table: gold, documents and the audits read the same
   * silver tables. Only this run writes the lake while it holds the lock, so an export stays
   * current until this instance merges into that table or deletes the exports.
   */
  private final java.util.Map<String, String> currentExports = new java.util.HashMap<>();

  public DeltaLake(SparkSession spark, String catalog, Path stagingRoot) {
    this(
        spark,
        catalog,
        stagingRoot.toAbsolutePath().normalize().toString(),
        DeltaLease.DEFAULT_TTL);
  }

  /**
   * @param stagingRoot the run-scoped staging folder: a local path or a URI that Spark's Hadoop
   *     configuration reaches (a Volume, {@code abfss:}, …); every file operation on it goes
   *     through {@link Storage#forLocation}
   * @param leaseTtl how long the lake's lease lasts without a heartbeat ({@link DeltaLease})
   */
  public DeltaLake(SparkSession spark, String catalog, String stagingRoot, Duration leaseTtl) {
    this.leaseTtl = leaseTtl;
    this.spark = spark;
    this.catalog = catalog;
    this.storage = Storage.forLocation(stagingRoot, spark.sparkContext().hadoopConfiguration());
    this.staging = new StagingArea(storage, stagingRoot);
    this.exportRoot = storage.child(exportsDir(), java.util.UUID.randomUUID().toString());
    // Exported snapshots must be readable by parquet-avro: INT96 timestamps are not.
    spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MILLIS");
  }

  /** {@code catalog.layer.table}, quoted. */
  public String tableName(TableSpec table) {
    return SparkTypes.quote(catalog)
        + "."
        + SparkTypes.quote(table.layer())
        + "."
        + SparkTypes.quote(table.name());
  }

  private boolean exists(TableSpec table) {
    String name = catalog + "." + table.layer() + "." + table.name();
    return spark.catalog().tableExists(name) || registerLocalTable(table);
  }

  /**
   * Without a metastore, {@code spark_catalog} forgets its tables when the JVM ends, while their
   * Delta folders stay under the warehouse. A later run re-registers such a table at its managed
   * location ({@code <warehouse>/<layer>.db/<table>}) from its own Delta log, so it continues the
   * table (its history, its rows) instead of failing to create it over a non-empty folder. Unity
   * Catalog keeps its tables; nothing to do there.
   */
  private boolean registerLocalTable(TableSpec table) {
    if (!catalog.equals("spark_catalog")) {
      return false;
    }
    // The schema is forgotten too; created again, it takes its old folder, <warehouse>/<layer>.db.
    spark.sql(
        "CREATE SCHEMA IF NOT EXISTS "
            + SparkTypes.quote(catalog)
            + "."
            + SparkTypes.quote(table.layer()));
    String location;
    try {
      location = spark.catalog().getDatabase(table.layer()).locationUri() + "/" + table.name();
      org.apache.hadoop.fs.Path log = new org.apache.hadoop.fs.Path(location, "_delta_log");
      if (!log.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(log)) {
        return false;
      }
    } catch (org.apache.spark.sql.AnalysisException | IOException e) {
      throw new IllegalStateException(
          "cannot look for an earlier Delta table "
              + table.qualifiedName()
              + " in the warehouse: "
              + e.getMessage(),
          e);
    }
    spark.sql(
        "CREATE TABLE IF NOT EXISTS "
            + tableName(table)
            + " USING DELTA LOCATION '"
            + location.replace("\\", "\\\\").replace("'", "\\'")
            + "'");
    return true;
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
        runIds.stream()
            .map(r -> "'" + r.replace("'", "''") + "'")
            .collect(Collectors.joining(", "));
    return export(table, "_run_id IN (" + in + ")");
  }

  private String exportsDir() {
    return storage.child(staging.root(), "_export");
  }

  private String txnDir() {
    return storage.child(staging.root(), "_txn");
  }

  /** Writes the table's current rows (optionally filtered) as Parquet in the staging folder. */
  private List<String> export(TableSpec table, String where) throws IOException {
    String cached = where == null ? currentExports.get(table.qualifiedName()) : null;
    if (cached != null && storage.isDirectory(cached)) {
      return parquetFiles(cached);
    }
    String dir = exportDir(table, where);
    if (dir == null) {
      return List.of();
    }
    if (where == null) {
      currentExports.put(table.qualifiedName(), dir);
    }
    return parquetFiles(dir);
  }

  /** Deletes every run's exported snapshots (under the lock, or this instance's own at close). */
  private void dropExports(String root) throws IOException {
    currentExports.clear();
    storage.delete(root);
  }

  /** The folder holding the export, or null when the table does not exist. */
  private String exportDir(TableSpec table, String where) {
    if (!exists(table)) {
      return null;
    }
    String dir =
        storage.child(
            storage.child(exportRoot, table.layer()), table.name() + "-" + System.nanoTime());
    Dataset<org.apache.spark.sql.Row> rows =
        spark.table(catalog + "." + table.layer() + "." + table.name());
    if (where != null) {
      rows = rows.where(where);
    }
    rows.write().mode("overwrite").parquet(dir);
    return dir;
  }

  private List<String> parquetFiles(String dir) throws IOException {
    List<String> files = new ArrayList<>();
    for (String name : storage.list(dir)) {
      if (name.endsWith(".parquet") && !name.startsWith(".")) {
        files.add(storage.child(dir, name));
      }
    }
    return files;
  }

  /** Reads the rows on the driver through a temporary export, which is deleted right after. */
  @Override
  public List<Row> readRows(TableSpec table) throws IOException {
    String dir = exportDir(table, null);
    if (dir == null) {
      return List.of();
    }
    try {
      return ParquetFiles.read(table, parquetFiles(dir), storage.hadoopConfiguration());
    } finally {
      storage.delete(dir);
    }
  }

  @Override
  public long rowCount(TableSpec table) {
    return exists(table)
        ? spark.table(catalog + "." + table.layer() + "." + table.name()).count()
        : 0;
  }

  @Override
  public String stagingPath(String runId, TableSpec table) {
    return staging.dir(runId, table);
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
  public void discardStaged(String runId, Collection<TableSpec> tables) throws IOException {
    staging.discard(runId, tables);
  }

  @Override
  public void writeRunNote(String runId, String name, String text) throws IOException {
    staging.writeNote(runId, name, text);
  }

  @Override
  public Optional<String> readRunNote(String runId, String name) throws IOException {
    return staging.readNote(runId, name);
  }

  @Override
  public void deleteRunNote(String runId, String name) throws IOException {
    staging.deleteNote(runId, name);
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

  /**
   * Records the commit (the tables and each one's staged files), then creates the missing tables in
   * foreign-key order and MERGEs the tables in order. A crash leaves the record and the staged
   * files, and {@link #recover()} re-applies them.
   */
  @Override
  public void commit(String runId, String name, Collection<TableSpec> tables) throws IOException {
    if (lease != null) {
      lease.checkHeld(); // a run that lost the lake to another commits nothing more
    }
    ObjectNode record = JSON.createObjectNode().put("run_id", runId).put("name", name);
    ObjectNode files = record.putObject("files");
    for (TableSpec t : tables) {
      record.withArray("tables").add(t.qualifiedName());
      var list = files.putArray(t.qualifiedName());
      stagedFiles(runId, t).forEach(f -> list.add(new org.apache.hadoop.fs.Path(f).getName()));
    }
    // Created once, never replaced: object storage has no atomic rename-over. A record of the same
    // name left by a crash was applied and deleted by recover() before this run started.
    String file = storage.child(txnDir(), runId + "-" + name + ".json");
    if (!storage.createIfAbsent(file, JSON.writeValueAsBytes(record))) {
      throw new IOException(
          "a commit record " + file + " exists already; the next run recovers it");
    }
    FaultPoints.reach(FaultPoints.COMMIT_RECORDED, name);
    apply(record);
    storage.delete(file);
    for (TableSpec table : tables) {
      storage.delete(stagingPath(runId, table));
    }
  }

  /**
   * Checks that every recorded table's staged files are there, creates the missing tables in
   * foreign-key order (with the tables they reference), then MERGEs the tables in the record's
   * order.
   */
  private void apply(JsonNode record) throws IOException {
    String runId = record.get("run_id").asText();
    String name = record.path("name").asText(null);
    Map<TableSpec, List<String>> staged = new LinkedHashMap<>();
    for (JsonNode table : record.get("tables")) {
      TableSpec spec = spec(table.asText());
      staged.put(spec, recordedFiles(record, runId, spec));
    }
    Set<TableSpec> created = new HashSet<>();
    for (TableSpec table : DeltaDdl.creationOrder(staged.keySet())) {
      if (createIfMissing(table)) {
        created.add(table);
      }
    }
    boolean first = true;
    for (Map.Entry<TableSpec, List<String>> table : staged.entrySet()) {
      if (!first) {
        FaultPoints.reach(FaultPoints.BETWEEN_TABLE_SWAPS, name);
      }
      first = false;
      merge(runId, table.getKey(), table.getValue(), created.contains(table.getKey()));
    }
  }

  /**
   * The staged files the record names for {@code table}, all still present. A recorded table whose
   * files are gone is refused rather than merged as empty: for a table that holds a full state, an
   * empty source would delete every row.
   */
  private List<String> recordedFiles(JsonNode record, String runId, TableSpec table)
      throws IOException {
    JsonNode names = record.path("files").path(table.qualifiedName());
    if (!names.isArray()) {
      return stagedFiles(runId, table); // a record written before the file lists
    }
    String dir = stagingPath(runId, table);
    List<String> files = new ArrayList<>();
    for (JsonNode name : names) {
      String f = storage.child(dir, name.asText());
      if (!storage.exists(f) || storage.isDirectory(f)) {
        throw new IOException(
            "commit "
                + record.path("name").asText()
                + " of run "
                + runId
                + " names "
                + f
                + ", which is gone; refusing to merge "
                + table.qualifiedName()
                + " from an incomplete staging (the record stays in "
                + txnDir()
                + ")");
      }
      files.add(f);
    }
    return files;
  }

  /**
   * MERGEs one staged table into its Delta table with {@link MergeSql}'s statements; safe to
   * repeat. A table this commit created is empty, so the MERGE (or DELETE) is an INSERT of the
   * staged rows, or nothing when none were staged; a crash after the CREATE leaves an existing
   * table, which a re-apply MERGEs as usual.
   */
  private void merge(String runId, TableSpec table, List<String> files, boolean created) {
    currentExports.remove(table.qualifiedName());
    if (created && files.isEmpty()) {
      return;
    }
    StructType schema = spark.table(catalog + "." + table.layer() + "." + table.name()).schema();
    Dataset<org.apache.spark.sql.Row> source =
        files.isEmpty()
            ? spark.createDataFrame(new ArrayList<org.apache.spark.sql.Row>(), schema)
            : spark.read().parquet(files.toArray(new String[0]));
    String view = MergeSql.sourceView(table);
    source.createOrReplaceTempView(view);
    String target = tableName(table);
    List<String> statements =
        created
            ? List.of(MergeSql.insertInto(target, table, view))
            : MergeSql.mergeInto(target, table, view, runId);
    statements.forEach(spark::sql);
  }

  /**
   * Creates a missing table: with Unity Catalog's keys, identity columns, checks and comments, or
   * with the columns alone in {@code spark_catalog}, whose OSS Delta parses no constraints.
   *
   * @return whether the table was missing (and is now created, empty)
   */
  private boolean createIfMissing(TableSpec table) {
    if (exists(table)) {
      return false;
    }
    spark.sql(
        "CREATE SCHEMA IF NOT EXISTS "
            + SparkTypes.quote(catalog)
            + "."
            + SparkTypes.quote(table.layer()));
    if (catalog.equals("spark_catalog")) {
      spark.sql(DeltaDdl.localCreateTable(catalog, table));
      return true;
    }
    for (String statement :
        DeltaDdl.unityCatalogCreateTable(SparkTypes.quote(catalog), table).split(";\n")) {
      if (!statement.isBlank()) {
        spark.sql(statement);
      }
    }
    return true;
  }

  /** Adds the table's CHECK constraint when Delta does not list it (idempotent). */
  void ensureCheck(TableSpec table) {
    Optional<String> name = DeltaDdl.checkName(table);
    if (name.isEmpty()) {
      return;
    }
    String key = "delta.constraints." + name.get().toLowerCase(Locale.ROOT);
    boolean present =
        spark.sql("SHOW TBLPROPERTIES " + tableName(table)).collectAsList().stream()
            .anyMatch(r -> key.equalsIgnoreCase(r.getString(0)));
    if (!present) {
      spark.sql(DeltaDdl.checkConstraint(SparkTypes.quote(catalog), table).orElseThrow());
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

  /**
   * Drops what {@code runId} staged, except while a commit record of that run is pending: a commit
   * that failed halfway (a MERGE error) keeps its staged files for {@link #recover()} to re-apply.
   */
  @Override
  public void discardStaging(String runId) throws IOException {
    if (pendingRuns().contains(runId)) {
      dropExports(exportsDir());
      return;
    }
    staging.discard(runId);
    dropExports(exportsDir());
  }

  /**
   * Re-applies every recorded commit (MERGEs are idempotent), then deletes the staging that crashed
   * runs left and no record names. Runs at the start of every run, under the lake's lock.
   */
  @Override
  public void recover(String runId) throws IOException {
    for (String name : storage.list(txnDir())) {
      String record = storage.child(txnDir(), name);
      JsonNode node = name.endsWith(".json") ? parse(record) : null;
      if (node != null) {
        apply(node);
        List<TableSpec> tables = new ArrayList<>();
        node.get("tables").forEach(table -> tables.add(spec(table.asText())));
        if (!catalog.equals("spark_catalog")) {
          // Tables are created inside recorded commits: a crash between a CREATE and its
          // ALTER … CHECK leaves this record pending, so this is the one place to finish it.
          for (TableSpec table : DeltaDdl.creationOrder(tables)) {
            ensureCheck(table);
          }
        }
        for (TableSpec table : tables) {
          storage.delete(stagingPath(node.get("run_id").asText(), table));
        }
      }
      storage.delete(record); // applied, or a record that was never fully written
    }
    dropAbandonedStaging(runId);
  }

  /**
   * A commit record, or null for one a crash cut short while it was being written: its commit never
   * started, since a commit applies its record only once it is written.
   */
  private JsonNode parse(String record) throws IOException {
    Optional<byte[]> bytes = storage.read(record);
    if (bytes.isEmpty()) {
      return null;
    }
    try {
      JsonNode node = JSON.readTree(bytes.get());
      return node != null && node.has("run_id") && node.has("tables") ? node : null;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null;
    }
  }

  /** Run ids that have a commit record still to apply. */
  private Set<String> pendingRuns() throws IOException {
    Set<String> runs = new java.util.HashSet<>();
    for (String name : storage.list(txnDir())) {
      JsonNode node = name.endsWith(".json") ? parse(storage.child(txnDir(), name)) : null;
      if (node != null) {
        runs.add(node.get("run_id").asText());
      }
    }
    return runs;
  }

  /**
   * Deletes the run-scoped staging folders ({@code <staging>/<run>/}) that no pending commit record
   * names, but for the recovering run's own, and the exported snapshots. The staging folder may be
   * shared with other files (a Volume), so a folder is deleted only when it looks like a run's
   * staging ({@link StagingArea#isRunStaging}).
   */
  private void dropAbandonedStaging(String keep) throws IOException {
    dropExports(exportsDir());
    Set<String> pending = pendingRuns();
    for (String run : staging.runs()) {
      if (!run.equals(keep) && !pending.contains(run) && staging.isRunStaging(run)) {
        staging.discard(run);
      }
    }
  }

  /**
   * The lake's lease, a row in a Delta table ({@link DeltaLease}): no POSIX lock, link or rename,
   * so it holds where staging and the lakehouse folder are cloud storage (a Volume).
   */
  @Override
  public AutoCloseable lock(String runId) throws IOException {
    DeltaLease taken = DeltaLease.acquire(spark, catalog, runId, leaseTtl, Clock.systemUTC());
    lease = taken;
    return () -> {
      lease = null;
      taken.close();
    };
  }

  /**
   * Deletes the snapshots this instance exported (the run report reads through them after the run's
   * last cleanup). Other instances' exports are left alone: this may run outside the lock.
   */
  @Override
  public void close() throws IOException {
    dropExports(exportRoot);
    storage.deleteIfEmpty(exportsDir());
  }

  @Override
  public Storage storage() {
    return storage;
  }

  @Override
  public String describe() {
    return "Delta catalog " + catalog + " (staging " + staging.root() + ")";
  }
}
