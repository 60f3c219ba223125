package com.tixmaster.pipeline.lake;

import com.tixmaster.pipeline.storage.Storage;
import com.tixmaster.schemas.TableSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.beam.sdk.values.Row;

/**
 * The run-scoped staging folder: {@code <root>/<run>/<layer>/<table>/*.parquet} written by Beam
 * (and by the driver for small tables), {@code <root>/<run>/_notes/} for the run's notes, and
 * {@code <root>/<run>/_beam_tmp/} for Beam's in-flight files. Every operation goes through {@link
 * Storage}, so the folder may be a Unity Catalog Volume or object storage.
 */
public final class StagingArea {
  /** A run's notes about its staging, in its staging folder. */
  public static final String NOTES = "_notes";

  private static final String PARQUET = ".parquet";
  private static final Set<String> RUN_ENTRIES =
      Set.of("bronze", "silver", "gold", "_beam_tmp", NOTES);

  private final Storage storage;
  private final String root;

  public StagingArea(Storage storage, String root) {
    this.storage = storage;
    this.root = root;
  }

  public String root() {
    return root;
  }

  public Storage storage() {
    return storage;
  }

  public String runDir(String runId) {
    return storage.child(root, runId);
  }

  public String dir(String runId, TableSpec table) {
    return storage.child(storage.child(runDir(runId), table.layer()), table.name());
  }

  public String tempPath(String runId) {
    return storage.child(runDir(runId), "_beam_tmp");
  }

  /** Writes rows the driver computed as one more staged file of {@code table}. */
  public void stageRows(String runId, TableSpec table, List<Row> rows) throws IOException {
    String file =
        storage.child(dir(runId, table), runId + "-driver-" + System.nanoTime() + PARQUET);
    ParquetFiles.write(table, file, rows, storage.hadoopConfiguration());
  }

  /** The staged Parquet files of {@code table}, in name order (Beam's in-flight files aside). */
  public List<String> stagedFiles(String runId, TableSpec table) throws IOException {
    String dir = dir(runId, table);
    List<String> files = new ArrayList<>();
    for (String name : storage.list(dir)) {
      if (name.endsWith(PARQUET) && !name.startsWith(".")) {
        files.add(storage.child(dir, name));
      }
    }
    return files;
  }

  public long stagedRowCount(String runId, TableSpec table) throws IOException {
    return ParquetFiles.count(stagedFiles(runId, table), storage.hadoopConfiguration());
  }

  public List<Row> readStagedRows(String runId, TableSpec table) throws IOException {
    return ParquetFiles.read(table, stagedFiles(runId, table), storage.hadoopConfiguration());
  }

  public void discard(String runId) throws IOException {
    storage.delete(runDir(runId));
  }

  public void discard(String runId, Collection<TableSpec> tables) throws IOException {
    for (TableSpec table : tables) {
      storage.delete(dir(runId, table));
    }
  }

  private String note(String runId, String name) {
    if (!name.matches("[a-z0-9_-]+")) {
      throw new IllegalArgumentException("not a note name: " + name);
    }
    return storage.child(storage.child(runDir(runId), NOTES), name + ".json");
  }

  /** Writes a note where none is (a stage deletes its note before it stages again). */
  public void writeNote(String runId, String name, String text) throws IOException {
    if (!storage.createIfAbsent(note(runId, name), text.getBytes(StandardCharsets.UTF_8))) {
      throw new IllegalStateException(
          "run " + runId + " already has a note " + name + " (it is written once)");
    }
  }

  public Optional<String> readNote(String runId, String name) throws IOException {
    return storage.read(note(runId, name)).map(b -> new String(b, StandardCharsets.UTF_8));
  }

  public void deleteNote(String runId, String name) throws IOException {
    storage.delete(note(runId, name));
  }

  /** The runs that have a folder here (names not starting with {@code _} or {@code .}). */
  public List<String> runs() throws IOException {
    List<String> runs = new ArrayList<>();
    for (String name : storage.list(root)) {
      if (!name.startsWith("_") && !name.startsWith(".")) {
        runs.add(name);
      }
    }
    return runs;
  }

  /**
   * Whether {@code run}'s folder looks like a run's staging: nothing in it but layer folders, notes
   * and Beam's temporary folders. The staging root may be shared with other files (a Volume), and
   * only such folders are ever deleted as abandoned staging.
   */
  public boolean isRunStaging(String run) throws IOException {
    String dir = runDir(run);
    if (!storage.isDirectory(dir)) {
      return false;
    }
    for (String entry : storage.list(dir)) {
      boolean known = RUN_ENTRIES.contains(entry) || entry.startsWith(".temp-beam");
      if (!known || !storage.isDirectory(storage.child(dir, entry))) {
        return false;
      }
    }
    return true;
  }
}
