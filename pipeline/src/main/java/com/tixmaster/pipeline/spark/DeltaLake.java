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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
  private final String catalog;
  private final ParquetLake staging;
  private final Path stagingRoot;

  /** This instance's exported snapshots: {@code <staging>/_export/<uuid>/}, deleted by close(). */
  private final Path exportRoot;

  /**
   * Whole-table exports still current, by table: gold, documents and the audits read the same
   * silver tables. Only this run writes the lake while it holds the lock, so an export stays
   * current until this instance merges into that table or deletes the exports.
   */
  private final java.util.Map<String, Path> currentExports = new java.util.HashMap<>();

  public DeltaLake(SparkSession spark, String catalog, Path lakehouse, Path stagingRoot) {
    this.spark = spark;
    this.catalog = catalog;
    this.staging = new ParquetLake(lakehouse, stagingRoot);
    this.stagingRoot = stagingRoot.toAbsolutePath().normalize();
    this.exportRoot =
        this.stagingRoot.resolve("_export").resolve(java.util.UUID.randomUUID().toString());
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

  /** Writes the table's current rows (optionally filtered) as Parquet in the staging folder. */
  private List<String> export(TableSpec table, String where) throws IOException {
    Path cached = where == null ? currentExports.get(table.qualifiedName()) : null;
    if (cached != null && Files.isDirectory(cached)) {
      return parquetFiles(cached);
    }
    Path dir = exportDir(table, where);
    if (dir == null) {
      return List.of();
    }
    if (where == null) {
      currentExports.put(table.qualifiedName(), dir);
    }
    return parquetFiles(dir);
  }

  /** Deletes every run's exported snapshots (under the lock, or this instance's own at close). */
  private void dropExports(Path root) throws IOException {
    currentExports.clear();
    deleteTree(root);
  }

  /** The folder holding the export, or null when the table does not exist. */
  private Path exportDir(TableSpec table, String where) {
    if (!exists(table)) {
      return null;
    }
    Path dir = exportRoot.resolve(table.layer()).resolve(table.name() + "-" + System.nanoTime());
    Dataset<org.apache.spark.sql.Row> rows =
        spark.table(catalog + "." + table.layer() + "." + table.name());
    if (where != null) {
      rows = rows.where(where);
    }
    rows.write().mode("overwrite").parquet(dir.toString());
    return dir;
  }

  private static List<String> parquetFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".parquet"))
          .map(Path::toString)
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** Reads the rows on the driver through a temporary export, which is deleted right after. */
  @Override
  public List<Row> readRows(TableSpec table) throws IOException {
    Path dir = exportDir(table, null);
    if (dir == null) {
      return List.of();
    }
    try {
      return ParquetLake.read(table, parquetFiles(dir));
    } finally {
      deleteTree(dir);
      // Its parents go too once empty.
      for (Path p = dir.getParent();
          p.startsWith(stagingRoot.resolve("_export"));
          p = p.getParent()) {
        if (!isEmptyDirectory(p)) {
          break;
        }
        Files.delete(p);
      }
    }
  }

  private static boolean isEmptyDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
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

  /**
   * Records the commit (the tables and each one's staged files), then creates the missing tables in
   * foreign-key order and MERGEs the tables in order. A crash leaves the record and the staged
   * files, and {@link #recover()} re-applies them.
   */
  @Override
  public void commit(String runId, String name, Collection<TableSpec> tables) throws IOException {
    ObjectNode record = JSON.createObjectNode().put("run_id", runId).put("name", name);
    ObjectNode files = record.putObject("files");
    for (TableSpec t : tables) {
      record.withArray("tables").add(t.qualifiedName());
      var list = files.putArray(t.qualifiedName());
      stagedFiles(runId, t).forEach(f -> list.add(Path.of(f).getFileName().toString()));
    }
    Path file = txnDir().resolve(runId + "-" + name + ".json");
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(tmp, JSON.writeValueAsBytes(record));
    try (var channel =
        java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    FaultPoints.reach(FaultPoints.COMMIT_RECORDED, name);
    apply(record);
    Files.delete(file);
    for (TableSpec table : tables) {
      deleteTree(Path.of(stagingPath(runId, table)));
    }
  }

  private Path txnDir() {
    return stagingRoot.resolve("_txn");
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
    Path dir = Path.of(stagingPath(runId, table));
    List<String> files = new ArrayList<>();
    for (JsonNode name : names) {
      Path f = dir.resolve(name.asText());
      if (!Files.isRegularFile(f)) {
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
      files.add(f.toString());
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
      dropExports(stagingRoot.resolve("_export"));
      return;
    }
    staging.discardStaging(runId);
    dropExports(stagingRoot.resolve("_export"));
  }

  /**
   * Re-applies every recorded commit (MERGEs are idempotent), then deletes the staging that crashed
   * runs left and no record names. Runs at the start of every run, under the lake's lock.
   */
  @Override
  public void recover() throws IOException {
    Path txn = txnDir();
    if (Files.isDirectory(txn)) {
      try (Stream<Path> records = Files.list(txn)) {
        for (Path record : records.sorted().collect(Collectors.toList())) {
          if (record.toString().endsWith(".json")) {
            JsonNode node = JSON.readTree(record.toFile());
            apply(node);
            List<TableSpec> tables = new ArrayList<>();
            node.get("tables").forEach(name -> tables.add(spec(name.asText())));
            if (!catalog.equals("spark_catalog")) {
              // Tables are created inside recorded commits: a crash between a CREATE and its
              // ALTER … CHECK leaves this record pending, so this is the one place to finish it.
              for (TableSpec table : DeltaDdl.creationOrder(tables)) {
                ensureCheck(table);
              }
            }
            for (TableSpec table : tables) {
              deleteTree(Path.of(stagingPath(node.get("run_id").asText(), table)));
            }
          }
          Files.delete(record); // applied, or a record that was never fully written
        }
      }
    }
    dropAbandonedStaging();
  }

  /** Run ids that have a commit record still to apply. */
  private Set<String> pendingRuns() throws IOException {
    Set<String> runs = new java.util.HashSet<>();
    if (!Files.isDirectory(txnDir())) {
      return runs;
    }
    try (Stream<Path> records = Files.list(txnDir())) {
      for (Path record : records.collect(Collectors.toList())) {
        if (record.toString().endsWith(".json")) {
          runs.add(JSON.readTree(record.toFile()).get("run_id").asText());
        }
      }
    }
    return runs;
  }

  /**
   * Deletes the run-scoped staging folders ({@code <staging>/<run>/}) that no pending commit record
   * names, and the exported snapshots. The staging folder may be shared with other files (a
   * Volume), so a folder is deleted only when it looks like a run's staging: nothing in it but
   * layer folders and Beam's temporary folders.
   */
  private void dropAbandonedStaging() throws IOException {
    dropExports(stagingRoot.resolve("_export"));
    if (!Files.isDirectory(stagingRoot)) {
      return;
    }
    Set<String> pending = pendingRuns();
    try (Stream<Path> children = Files.list(stagingRoot)) {
      for (Path run : children.collect(Collectors.toList())) {
        String name = run.getFileName().toString();
        if (name.startsWith("_")
            || name.startsWith(".")
            || pending.contains(name)
            || !Files.isDirectory(run, java.nio.file.LinkOption.NOFOLLOW_LINKS)
            || !isRunStaging(run)) {
          continue;
        }
        deleteTree(run);
      }
    }
  }

  private static final Set<String> RUN_STAGING_ENTRIES =
      Set.of("bronze", "silver", "gold", "_beam_tmp");

  private static boolean isRunStaging(Path run) throws IOException {
    try (Stream<Path> entries = Files.list(run)) {
      return entries.allMatch(
          e ->
              (RUN_STAGING_ENTRIES.contains(e.getFileName().toString())
                      || e.getFileName().toString().startsWith(".temp-beam"))
                  && Files.isDirectory(e, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }
  }

  @Override
  public AutoCloseable lock(String runId) throws IOException {
    return staging.lock(runId);
  }

  /**
   * Deletes the snapshots this instance exported (the run report reads through them after the run's
   * last cleanup). Other instances' exports are left alone: this may run outside the lock.
   */
  @Override
  public void close() throws IOException {
    dropExports(exportRoot);
    Path exports = exportRoot.getParent();
    if (isEmptyDirectory(exports)) {
      try {
        Files.delete(exports);
      } catch (java.nio.file.DirectoryNotEmptyException e) {
        // another run exported meanwhile
      }
    }
  }

  @Override
  public String describe() {
    return "Delta catalog " + catalog + " (staging " + stagingRoot + ")";
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(p);
      }
    }
  }
}
