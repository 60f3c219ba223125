package com.tixmaster.pipeline.lake;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.TableSpec.WriteMode;
import com.tixmaster.schemas.bronze.SchemaField;
import com.tixmaster.transforms.io.TableCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.values.Row;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ParquetLakeTest {
  private static final TableSpec STATE =
      TableSpec.of(
          "silver", "things", SchemaField.class, List.of("entity"), Set.of(), WriteMode.REPLACE);
  private static final TableSpec LOG =
      TableSpec.of("bronze", "log", SchemaField.class, List.of(), Set.of(), WriteMode.APPEND);

  @Rule public TemporaryFolder tmp = new TemporaryFolder();
  private Path root;
  private ParquetLake lake;

  @Before
  public void setUp() {
    root = tmp.getRoot().toPath().resolve("lake");
    lake = new ParquetLake(root, root.resolve("_staging"));
  }

  /** Stages rows the way a Beam write would: Parquet shards in the table's staging folder. */
  private void stage(String runId, TableSpec table, String... entities) throws IOException {
    Path dir = Path.of(lake.stagingPath(runId, table));
    Files.createDirectories(dir);
    TableCodec codec = TableCodec.of(table);
    Path file = dir.resolve(runId + "-" + System.nanoTime() + ".parquet");
    try (ParquetWriter<GenericRecord> writer =
        AvroParquetWriter.<GenericRecord>builder(
                HadoopOutputFile.fromPath(
                    new org.apache.hadoop.fs.Path(file.toString()), new Configuration()))
            .withSchema(codec.avroSchema())
            .build()) {
      for (String entity : entities) {
        Row row =
            Row.withSchema(codec.beamSchema()).addValues(entity, "p", "t", runId, runId).build();
        writer.write(codec.toRecord(row));
      }
    }
  }

  private List<String> entities(TableSpec table) throws IOException {
    return lake.readRows(table).stream()
        .map(r -> r.getString("entity"))
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  public void replaceSwapsAndAppendAccumulates() throws IOException {
    stage("r1", STATE, "a", "b");
    stage("r1", LOG, "x");
    lake.commit("r1", "one", List.of(STATE, LOG));
    stage("r2", STATE, "c");
    stage("r2", LOG, "y");
    lake.commit("r2", "two", List.of(STATE, LOG));

    assertThat(entities(STATE), is(List.of("c")));
    assertThat(entities(LOG), is(List.of("x", "y")));
    assertThat(lake.rowCount(LOG), is(2L));
    assertThat(Files.isSymbolicLink(root.resolve("silver/things")), is(true));
    assertThat(Files.exists(Path.of(lake.stagingPath("r2", STATE))), is(false));
  }

  @Test
  public void emptyTableStillHasAReadableFile() throws IOException {
    lake.commit("r1", "one", List.of(STATE));
    assertThat(lake.snapshotFiles(STATE).size(), is(1));
    assertThat(lake.rowCount(STATE), is(0L));
  }

  @Test
  public void missingTableReadsAsEmpty() throws IOException {
    assertThat(lake.snapshotFiles(STATE).isEmpty(), is(true));
    assertThat(lake.readRows(STATE).isEmpty(), is(true));
  }

  @Test
  public void recoveryDropsOtherRunsStagingAndKeepsTheRecoveringRuns() throws IOException {
    stage("crashed", STATE, "a");
    stage("job-run", STATE, "b");
    lake.writeRunNote("job-run", "stage-gold", "token-1");
    lake.writeRunNote("crashed", "stage-gold", "token-0");

    lake.recover("job-run");

    assertThat(lake.stagedFiles("crashed", STATE).isEmpty(), is(true));
    assertThat(lake.readRunNote("crashed", "stage-gold").isPresent(), is(false));
    assertThat(lake.stagedFiles("job-run", STATE).size(), is(1));
    assertThat(lake.readRunNote("job-run", "stage-gold").orElseThrow(), is("token-1"));
  }

  @Test
  public void aStageDropsOnlyItsOwnTablesAndNotes() throws IOException {
    stage("r1", STATE, "a");
    stage("r1", LOG, "x");
    lake.writeRunNote("r1", "stage-gold", "t");
    lake.discardStaged("r1", List.of(STATE));
    lake.deleteRunNote("r1", "stage-gold");
    assertThat(lake.stagedFiles("r1", STATE).isEmpty(), is(true));
    assertThat(lake.stagedFiles("r1", LOG).size(), is(1));
    assertThat(lake.readRunNote("r1", "stage-gold").isPresent(), is(false));
    lake.deleteRunNote("r1", "stage-gold"); // idempotent
    lake.writeRunNote("r1", "stage-gold", "again");
    assertThat(lake.readRunNote("r1", "stage-gold").orElseThrow(), is("again"));
    lake.discardStaging("r1");
    assertThat(lake.readRunNote("r1", "stage-gold").isPresent(), is(false));
  }

  @Test
  public void commitThatDiesBeforeItsRecordIsRolledBack() throws IOException {
    stage("r1", STATE, "a");
    lake.commit("r1", "one", List.of(STATE));
    stage("r2", STATE, "b");
    // A commit that built its version folders but died before writing its commit record:
    Path orphan = root.resolve("_versions/silver/things/000002-r2-two");
    Files.createDirectories(orphan);
    Files.move(
        ParquetLake.parquetFiles(Path.of(lake.stagingPath("r2", STATE))).get(0),
        orphan.resolve("r2.parquet"));

    assertThat(entities(STATE), is(List.of("a")));
    lake.recover("next-run");
    assertThat(entities(STATE), is(List.of("a")));
    assertThat(Files.exists(orphan), is(false));
  }

  @Test
  public void commitThatDiesMidSwapIsFinishedByRecovery() throws IOException {
    stage("r1", STATE, "a");
    stage("r1", LOG, "x");
    lake.commit("r1", "one", List.of(STATE, LOG));
    // Build r2's versions and its commit record, then swap only the first table, as a crash would.
    Files.createDirectories(root.resolve("_versions/silver/things/000002-r2-two"));
    Files.createDirectories(root.resolve("_versions/bronze/log/000002-r2-two"));
    stage("r2", STATE, "b");
    Files.move(
        ParquetLake.parquetFiles(Path.of(lake.stagingPath("r2", STATE))).get(0),
        root.resolve("_versions/silver/things/000002-r2-two/s.parquet"));
    for (Path old : ParquetLake.parquetFiles(root.resolve("bronze/log").toRealPath())) {
      Files.createLink(
          root.resolve("_versions/bronze/log/000002-r2-two").resolve(old.getFileName()), old);
    }
    stage("r2", LOG, "y");
    Files.move(
        ParquetLake.parquetFiles(Path.of(lake.stagingPath("r2", LOG))).get(0),
        root.resolve("_versions/bronze/log/000002-r2-two/l.parquet"));
    Files.writeString(
        root.resolve("_txn/r2-two.json"),
        "{\"run_id\":\"r2\",\"name\":\"two\",\"tables\":["
            + "{\"layer\":\"silver\",\"table\":\"things\",\"version\":\"000002-r2-two\"},"
            + "{\"layer\":\"bronze\",\"table\":\"log\",\"version\":\"000002-r2-two\"}]}");
    Path link = root.resolve("silver/things");
    Files.delete(link);
    Files.createSymbolicLink(link, Path.of("../_versions/silver/things/000002-r2-two"));
    // Mixed state before recovery: the new state table, the old log.
    assertThat(entities(STATE), is(List.of("b")));
    assertThat(entities(LOG), is(List.of("x")));

    lake.recover("next-run");
    assertThat(entities(STATE), is(List.of("b")));
    assertThat(entities(LOG), is(List.of("x", "y")));
    assertThat(Files.exists(root.resolve("_txn/r2-two.json")), is(false));
  }

  @Test
  public void keepsThePreviousVersionForReadersAndDropsOlderOnes() throws IOException {
    for (int i = 1; i <= 4; i++) {
      stage("r" + i, STATE, "v" + i);
      lake.commit("r" + i, "c", List.of(STATE));
    }
    List<String> versions = new ArrayList<>();
    try (var dirs = Files.list(root.resolve("_versions/silver/things"))) {
      dirs.forEach(d -> versions.add(d.getFileName().toString()));
    }
    versions.sort(null);
    assertThat(versions, is(List.of("000003-r3-c", "000004-r4-c")));
  }

  @Test
  public void secondWriterIsRefusedAndAStaleLockIsTakenOver() throws Exception {
    try (AutoCloseable first = lake.lock("r1")) {
      LakeLockedException e = assertThrows(LakeLockedException.class, () -> lake.lock("r2"));
      assertThat(e.getMessage(), containsString("locked by run r1"));
    }
    // A lock left by a process that no longer exists on this host is stale.
    Files.createDirectories(root);
    Files.writeString(
        root.resolve("_lock"),
        "run_id=dead\npid=999999999\nhost="
            + java.net.InetAddress.getLocalHost().getHostName()
            + "\nstarted_at="
            + java.time.Instant.now()
            + "\n");
    try (AutoCloseable taken = lake.lock("r3")) {
      assertThat(Files.readString(root.resolve("_lock")), containsString("run_id=r3"));
    }
    assertThat(Files.exists(root.resolve("_lock")), is(false));
  }
}
