package com.tixmaster.pipeline.lake;

import com.tixmaster.schemas.TableSpec;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.beam.sdk.values.Row;

/**
 * Table reads and atomic commits, whatever stores the tables. Stages write their output as Parquet
 * shards into {@link #stagingPath}; {@link #commit} then makes a set of staged tables visible
 * together, or not at all. The local implementation is {@link ParquetLake}; the Spark/Delta one
 * merges the staged files with Spark SQL.
 */
public interface Lake extends AutoCloseable {

  /** Parquet files holding the table's committed rows; empty when the table does not exist yet. */
  List<String> snapshotFiles(TableSpec table) throws IOException;

  /** The committed files of {@code table} that the runs {@code runIds} wrote (append tables). */
  List<String> snapshotFiles(TableSpec table, java.util.Set<String> runIds) throws IOException;

  /** The table's committed rows, for the driver: only for small tables (checkpoints, audits). */
  List<Row> readRows(TableSpec table) throws IOException;

  /** Rows in the committed table (0 when it does not exist). */
  long rowCount(TableSpec table) throws IOException;

  /** Where a run stages the new Parquet shards of {@code table}. */
  String stagingPath(String runId, TableSpec table);

  /** Where Beam may keep its in-flight files for a run (never inside a staging table folder). */
  String tempPath(String runId);

  /** Stages rows the driver computed itself (logs, audit results), for a later {@link #commit}. */
  void stageRows(String runId, TableSpec table, List<Row> rows) throws IOException;

  /** Parquet files this run staged for {@code table}; empty when it staged none. */
  List<String> stagedFiles(String runId, TableSpec table) throws IOException;

  /** Rows this run staged for {@code table}. */
  long stagedRowCount(String runId, TableSpec table) throws IOException;

  /** The staged rows of {@code table} in this run, for the driver (small tables only). */
  List<Row> readStagedRows(String runId, TableSpec table) throws IOException;

  /**
   * Makes the staged {@code tables} of {@code runId} visible at once: appended to or replacing the
   * committed table according to {@link TableSpec#writeMode()}. {@code name} labels the commit.
   */
  void commit(String runId, String name, Collection<TableSpec> tables) throws IOException;

  /** Drops whatever {@code runId} staged and did not commit. */
  void discardStaging(String runId) throws IOException;

  /** Drops what {@code runId} staged for {@code tables} (a stage about to stage them again). */
  void discardStaged(String runId, Collection<TableSpec> tables) throws IOException;

  /**
   * Keeps a small note about {@code runId}'s staging (e.g. "stage gold finished staging"), beside
   * the staged files and dropped with them. A stage's note is deleted before it stages again, so a
   * note is written where none exists.
   */
  void writeRunNote(String runId, String name, String text) throws IOException;

  /** The note {@code name} of {@code runId}, if it was written and not deleted since. */
  java.util.Optional<String> readRunNote(String runId, String name) throws IOException;

  void deleteRunNote(String runId, String name) throws IOException;

  /**
   * Repairs what an interrupted run left: finishes a commit that was decided and drops what other
   * runs staged and never committed. The staging of {@code runId} is kept: the stages of one run
   * may run as separate processes (a Databricks job's tasks) that publish what earlier ones staged.
   */
  void recover(String runId) throws IOException;

  /** Takes the lake's single-writer lock, or fails with a message naming the holder. */
  AutoCloseable lock(String runId) throws IOException;

  /** Where staging lives, and landing is read: the local file system or a Hadoop one. */
  com.tixmaster.pipeline.storage.Storage storage();

  /** A human description for reports, e.g. the root folder. */
  String describe();

  @Override
  default void close() throws IOException {}
}
