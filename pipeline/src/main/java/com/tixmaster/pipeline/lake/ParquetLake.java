package com.tixmaster.pipeline.lake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tixmaster.pipeline.run.FaultPoints;
import com.tixmaster.pipeline.storage.LocalStorage;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.transforms.io.TableCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.values.Row;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.util.HadoopOutputFile;

/**
 * The local lake: one folder of Parquet files per table, {@code <root>/<layer>/<table>/*.parquet}.
 *
 * <p>Each table path is a symbolic link to an immutable version folder under {@code _versions}. A
 * commit builds the new version folders aside (appends hard-link the previous files, so nothing is
 * copied), writes a commit record to {@code _txn}, then swaps every link with an atomic rename and
 * deletes the record. A reader sees a table's old files or its new ones, never a mix. After a
 * crash, {@link #recover()} finishes every commit whose record exists and deletes version folders
 * that no link or record names, so the lake converges to "all of the commit or none of it".
 */
public final class ParquetLake implements Lake {
  private static final String VERSIONS = "_versions";
  private static final String TXN = "_txn";
  private static final String PARQUET = ".parquet";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path root;
  private final Path staging;
  private final StagingArea area;

  public ParquetLake(Path root, Path staging) {
    this.root = root.toAbsolutePath().normalize();
    this.staging = staging.toAbsolutePath().normalize();
    this.area = new StagingArea(new LocalStorage(), this.staging.toString());
  }

  public Path root() {
    return root;
  }

  private Path link(TableSpec t) {
    return root.resolve(t.layer()).resolve(t.name());
  }

  private Path versionsOf(TableSpec t) {
    return root.resolve(VERSIONS).resolve(t.layer()).resolve(t.name());
  }

  private Path stagingDir(String runId, TableSpec t) {
    return Path.of(area.dir(runId, t));
  }

  @Override
  public List<String> snapshotFiles(TableSpec table) throws IOException {
    Path link = link(table);
    if (!Files.exists(link)) {
      return List.of();
    }
    return parquetFiles(link.toRealPath()).stream().map(Path::toString).toList();
  }

  /** A shard's run is its file name up to the first '~' (run ids cannot contain one). */
  @Override
  public List<String> snapshotFiles(TableSpec table, Set<String> runIds) throws IOException {
    List<String> files = new ArrayList<>();
    for (String file : snapshotFiles(table)) {
      String name = Path.of(file).getFileName().toString();
      int tilde = name.indexOf('~');
      if (tilde > 0 && runIds.contains(name.substring(0, tilde))) {
        files.add(file);
      }
    }
    return files;
  }

  @Override
  public List<Row> readRows(TableSpec table) throws IOException {
    return read(table, snapshotFiles(table));
  }

  @Override
  public List<Row> readStagedRows(String runId, TableSpec table) throws IOException {
    return area.readStagedRows(runId, table);
  }

  @Override
  public List<String> stagedFiles(String runId, TableSpec table) throws IOException {
    return area.stagedFiles(runId, table);
  }

  @Override
  public long stagedRowCount(String runId, TableSpec table) throws IOException {
    return area.stagedRowCount(runId, table);
  }

  @Override
  public long rowCount(TableSpec table) throws IOException {
    return count(snapshotFiles(table));
  }

  private static long count(List<String> files) throws IOException {
    return ParquetFiles.count(files, new Configuration());
  }

  /**
   * Reads Parquet files of {@code table} on the driver (also used for exported Delta snapshots).
   */
  public static List<Row> read(TableSpec table, List<String> files) throws IOException {
    return ParquetFiles.read(table, files, new Configuration());
  }

  @Override
  public void stageRows(String runId, TableSpec table, List<Row> rows) throws IOException {
    area.stageRows(runId, table, rows);
  }

  @Override
  public String stagingPath(String runId, TableSpec table) {
    return stagingDir(runId, table).toString();
  }

  @Override
  public String tempPath(String runId) {
    return area.tempPath(runId);
  }

  @Override
  public void commit(String runId, String name, Collection<TableSpec> tables) throws IOException {
    ArrayNode entries = JSON.createArrayNode();
    for (TableSpec table : tables) {
      String version = buildVersion(runId, name, table);
      entries
          .addObject()
          .put("layer", table.layer())
          .put("table", table.name())
          .put("version", version);
    }
    Path record = root.resolve(TXN).resolve(runId + "-" + name + ".json");
    ObjectNode txn = JSON.createObjectNode().put("run_id", runId).put("name", name);
    txn.set("tables", entries);
    writeAtomically(record, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(txn));
    FaultPoints.reach(FaultPoints.COMMIT_RECORDED, name);
    apply(txn);
    Files.delete(record);
    for (TableSpec table : tables) {
      deleteTree(stagingDir(runId, table));
    }
  }

  /**
   * Builds the table's next version folder from the staged shards (and, for appends, hard links to
   * the current files). Version names start with a sequence number, so their order is known.
   */
  private String buildVersion(String runId, String name, TableSpec table) throws IOException {
    String version = String.format("%06d-%s-%s", nextSequence(table), runId, name);
    Path target = versionsOf(table).resolve(version);
    Files.createDirectories(target);
    if (table.writeMode() == TableSpec.WriteMode.APPEND && Files.exists(link(table))) {
      for (Path file : parquetFiles(link(table).toRealPath())) {
        Files.createLink(target.resolve(file.getFileName()), file);
      }
    }
    Path staged = stagingDir(runId, table);
    if (Files.isDirectory(staged)) {
      for (Path file : parquetFiles(staged)) {
        Files.move(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    if (parquetFiles(target).isEmpty()) {
      // An empty table still has a schema, so that SQL over the lake can read it.
      writeEmpty(table, target.resolve(version + "-empty" + PARQUET));
    }
    return version;
  }

  private static void writeEmpty(TableSpec table, Path file) throws IOException {
    try (ParquetWriter<GenericRecord> writer =
        AvroParquetWriter.<GenericRecord>builder(
                HadoopOutputFile.fromPath(
                    new org.apache.hadoop.fs.Path(file.toString()), new Configuration()))
            .withSchema(TableCodec.of(table).avroSchema())
            .build()) {
      // no rows
    }
  }

  private int nextSequence(TableSpec table) throws IOException {
    int max = 0;
    for (String version : versionNames(versionsOf(table))) {
      max = Math.max(max, sequence(version));
    }
    return max + 1;
  }

  private static int sequence(String version) {
    try {
      return Integer.parseInt(version.substring(0, version.indexOf('-')));
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static List<String> versionNames(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> all = Files.list(dir)) {
      return all.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private void apply(JsonNode txn) throws IOException {
    boolean first = true;
    for (JsonNode entry : txn.get("tables")) {
      if (!first) {
        FaultPoints.reach(FaultPoints.BETWEEN_TABLE_SWAPS, txn.path("name").asText(null));
      }
      first = false;
      swap(entry.get("layer").asText(), entry.get("table").asText(), entry.get("version").asText());
    }
  }

  private void swap(String layer, String table, String version) throws IOException {
    Path link = root.resolve(layer).resolve(table);
    Files.createDirectories(link.getParent());
    Path tmp = link.resolveSibling("." + table + ".link-" + version);
    Files.deleteIfExists(tmp);
    Path target = root.resolve(VERSIONS).resolve(layer).resolve(table).resolve(version);
    Files.createSymbolicLink(tmp, link.getParent().relativize(target));
    Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    pruneVersions(link, root.resolve(VERSIONS).resolve(layer).resolve(table));
  }

  /**
   * Keeps the current version, the one before it (a reader may still be on its files) and any that
   * a pending commit names; deletes the rest, including versions of commits that never happened.
   */
  private void pruneVersions(Path link, Path versions) throws IOException {
    String current =
        Files.isSymbolicLink(link) ? Files.readSymbolicLink(link).getFileName().toString() : "";
    int currentSeq = current.isEmpty() ? Integer.MAX_VALUE : sequence(current);
    Set<String> pending = pendingVersions();
    String previous = null;
    for (String v : versionNames(versions)) {
      if (sequence(v) < currentSeq) {
        previous = v;
      }
    }
    for (String v : versionNames(versions)) {
      Path dir = versions.resolve(v);
      if (!v.equals(current) && !v.equals(previous) && !pending.contains(dir.toString())) {
        deleteTree(dir);
      }
    }
  }

  @Override
  public void discardStaging(String runId) throws IOException {
    area.discard(runId);
  }

  @Override
  public void discardStaged(String runId, Collection<TableSpec> tables) throws IOException {
    area.discard(runId, tables);
  }

  @Override
  public void writeRunNote(String runId, String name, String text) throws IOException {
    area.writeNote(runId, name, text);
  }

  @Override
  public Optional<String> readRunNote(String runId, String name) throws IOException {
    return area.readNote(runId, name);
  }

  @Override
  public void deleteRunNote(String runId, String name) throws IOException {
    area.deleteNote(runId, name);
  }

  @Override
  public void recover(String runId) throws IOException {
    Path txnDir = root.resolve(TXN);
    if (Files.isDirectory(txnDir)) {
      try (Stream<Path> records = Files.list(txnDir)) {
        for (Path record : records.sorted().toList()) {
          if (record.getFileName().toString().endsWith(".json")) {
            apply(JSON.readTree(record.toFile()));
            Files.delete(record);
          } else {
            Files.delete(record); // a commit record that was never fully written
          }
        }
      }
    }
    dropUnreferencedVersions();
    dropAbandonedStaging(runId);
  }

  /**
   * Deletes what crashed runs staged and never committed. Only the lake's own staging folder (the
   * default, inside the lake) is cleared: the caller holds the lock, so no run is writing there.
   */
  private void dropAbandonedStaging(String keep) throws IOException {
    if (!staging.startsWith(root) || !Files.isDirectory(staging)) {
      return;
    }
    for (String run : new LocalStorage().list(staging.toString())) {
      if (!run.equals(keep)) {
        deleteTree(staging.resolve(run));
      }
    }
  }

  /** Prunes every table's versions: leftovers of commits that never happened go. */
  private void dropUnreferencedVersions() throws IOException {
    Path versions = root.resolve(VERSIONS);
    if (!Files.isDirectory(versions)) {
      return;
    }
    for (String layer : versionNames(versions)) {
      for (String table : versionNames(versions.resolve(layer))) {
        pruneVersions(root.resolve(layer).resolve(table), versions.resolve(layer).resolve(table));
      }
    }
  }

  private Set<String> pendingVersions() throws IOException {
    Set<String> pending = new HashSet<>();
    Path txnDir = root.resolve(TXN);
    if (!Files.isDirectory(txnDir)) {
      return pending;
    }
    try (Stream<Path> records = Files.list(txnDir)) {
      for (Path record : records.toList()) {
        if (!record.getFileName().toString().endsWith(".json")) {
          continue;
        }
        for (JsonNode e : JSON.readTree(record.toFile()).get("tables")) {
          pending.add(
              root.resolve(VERSIONS)
                  .resolve(e.get("layer").asText())
                  .resolve(e.get("table").asText())
                  .resolve(e.get("version").asText())
                  .toString());
        }
      }
    }
    return pending;
  }

  @Override
  public AutoCloseable lock(String runId) throws IOException {
    return LakeLock.acquire(root.resolve("_lock"), runId);
  }

  @Override
  public com.tixmaster.pipeline.storage.Storage storage() {
    return area.storage();
  }

  @Override
  public String describe() {
    return root.toString();
  }

  static List<Path> parquetFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*" + PARQUET)) {
      for (Path p : stream) {
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          files.add(p);
        }
      }
    }
    files.sort(Comparator.comparing(Path::toString));
    return files;
  }

  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Files.createDirectories(target.getParent());
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    Files.write(tmp, bytes);
    try (var channel =
        java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
