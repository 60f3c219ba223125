package com.tixmaster.pipeline.spark;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

import com.tixmaster.pipeline.run.FaultPoints;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.gold.GoldTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.values.Row;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * {@link DeltaLake#recover(String)} on the shared SparkSession: a recorded commit that a crash cut
 * short is re-applied, staging that crashed runs left and no record names is deleted, a commit that
 * failed halfway keeps its staged files for the next run, and a record whose files are gone is
 * refused instead of emptying the table.
 */
public class DeltaLakeRecoveryTest {
  /** Stands for the process dying at a fault point: the commit stops there. */
  private static final class Crash extends Error {
    Crash(String point) {
      super("crash at " + point);
    }
  }

  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  private DeltaLake lake;
  private Path staging;

  @Before
  public void setUp() throws IOException {
    SparkTestSession.dropLakeSchemas();
    Path lakehouse = tmp.newFolder("lakehouse").toPath();
    staging = tmp.newFolder("staging").toPath();
    lake = new DeltaLake(SparkTestSession.session(), "spark_catalog", staging);
  }

  @After
  public void tearDown() throws IOException {
    FaultPoints.disarm();
    SparkTestSession.dropLakeSchemas();
  }

  private static Row field(String path, String run) {
    return Row.withSchema(BronzeTables.SCHEMA.beamSchema())
        .addValues("events", path, "string", run, run)
        .build();
  }

  private static Row market(long sk, String id) {
    return Row.withSchema(GoldTables.DIM_MARKET.beamSchema())
        .addValues(sk, id, "Market " + id)
        .build();
  }

  private static void crashAt(String target) {
    FaultPoints.armInProcess(
        target,
        () -> {
          throw new Crash(target);
        });
  }

  private List<String> paths() throws IOException {
    return lake.readRows(BronzeTables.SCHEMA).stream()
        .map(r -> r.getString("field_path"))
        .sorted()
        .collect(Collectors.toList());
  }

  private List<String> stagingEntries() throws IOException {
    try (Stream<Path> all = Files.list(staging)) {
      return all.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  public void recoverReappliesTheRecordedCommitAndDropsAbandonedStaging() throws Exception {
    lake.stageRows(
        "good", BronzeTables.SCHEMA, List.of(field("id", "good"), field("name", "good")));
    lake.commit("good", "bronze", List.of(BronzeTables.SCHEMA));
    assertThat(paths(), is(List.of("id", "name")));
    // OSS Delta keeps the column comments of the local DDL.
    List<String> described =
        SparkTestSession.session()
            .sql("DESCRIBE TABLE spark_catalog.bronze._schema")
            .collectAsList()
            .stream()
            .filter(r -> "field_path".equals(r.getString(0)))
            .map(r -> r.getString(2))
            .collect(Collectors.toList());
    assertThat(
        described,
        is(List.of(BronzeTables.SCHEMA.beamSchema().getField("field_path").getDescription())));

    // A run records its commit and dies before the MERGE.
    lake.stageRows(
        "crashed",
        BronzeTables.SCHEMA,
        List.of(field("id", "crashed"), field("name", "crashed"), field("url", "crashed")));
    crashAt("commit-recorded@bronze");
    assertThrows(Crash.class, () -> lake.commit("crashed", "bronze", List.of(BronzeTables.SCHEMA)));
    FaultPoints.disarm();
    assertThat("nothing merged before the crash", paths(), is(List.of("id", "name")));
    // Another run dies after staging, before any commit; one dies inside Beam's temporary files.
    lake.stageRows("abandoned", BronzeTables.SCHEMA, List.of(field("junk", "abandoned")));
    Files.createDirectories(staging.resolve("beam-only/_beam_tmp/x"));
    Files.writeString(staging.resolve("beam-only/_beam_tmp/x/shard"), "partial");
    Files.createDirectories(staging.resolve("_export/bronze/_schema-1"));
    // Something else in a shared staging Volume, which recovery must leave alone.
    Files.createDirectories(staging.resolve("notes"));
    Files.writeString(staging.resolve("notes/readme.txt"), "not a run");
    assertThat(
        stagingEntries(),
        is(List.of("_export", "_txn", "abandoned", "beam-only", "crashed", "good", "notes")));

    lake.recover("next-run");

    assertThat(stagingEntries(), is(List.of("_txn", "notes")));
    assertThat("the recorded commit is applied, once", paths(), is(List.of("id", "name", "url")));
    try (Stream<Path> records = Files.list(staging.resolve("_txn"))) {
      assertThat("no commit record left", records.count(), is(0L));
    }
    assertThat(Files.readString(staging.resolve("notes/readme.txt")), is("not a run"));

    lake.recover("next-run"); // nothing left to do: idempotent
    assertThat(paths(), is(List.of("id", "name", "url")));
  }

  @Test
  public void aLaterProcessContinuesTheTablesSparkCatalogForgot() throws Exception {
    lake.stageRows(
        "first", BronzeTables.SCHEMA, List.of(field("id", "first"), field("name", "first")));
    lake.commit("first", "bronze", List.of(BronzeTables.SCHEMA));
    // A new JVM: spark_catalog has no metastore, so the table is gone from the catalog while its
    // Delta folder stays in the warehouse. (Dropping the schema deletes the folder: keep a copy.)
    Path table = SparkTestSession.warehouse().resolve("bronze.db/_schema");
    Path aside = tmp.newFolder("aside").toPath().resolve("_schema");
    copyTree(table, aside);
    SparkTestSession.dropLakeSchemas();
    copyTree(aside, table);
    assertThat(
        SparkTestSession.session().catalog().tableExists("spark_catalog.bronze._schema"),
        is(false));

    DeltaLake later =
        new DeltaLake(
            SparkTestSession.session(), "spark_catalog", tmp.newFolder("staging2").toPath());
    assertThat(
        "the earlier rows are read back",
        later.readRows(BronzeTables.SCHEMA).stream()
            .map(r -> r.getString("field_path"))
            .sorted()
            .collect(Collectors.toList()),
        is(List.of("id", "name")));
    // _schema holds a full state: the run stages every path it knows
    later.stageRows(
        "second",
        BronzeTables.SCHEMA,
        List.of(field("id", "first"), field("name", "first"), field("url", "second")));
    later.commit("second", "bronze", List.of(BronzeTables.SCHEMA));

    assertThat(
        later.readRows(BronzeTables.SCHEMA).stream()
            .map(r -> r.getString("field_path"))
            .sorted()
            .collect(Collectors.toList()),
        is(List.of("id", "name", "url")));
    long versions =
        SparkTestSession.session().sql("DESCRIBE HISTORY spark_catalog.bronze._schema").count();
    assertThat(
        "the table's history continues: create, first merge, second merge", versions, is(3L));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  @Test
  public void aCommitThatFailedHalfwayKeepsItsStagingForTheNextRun() throws Exception {
    List<TableSpec> tables = List.of(BronzeTables.SCHEMA, GoldTables.DIM_MARKET);
    lake.stageRows("first", BronzeTables.SCHEMA, List.of(field("id", "first")));
    lake.stageRows("first", GoldTables.DIM_MARKET, List.of(market(-1, "-1")));
    lake.commit("first", "publish", tables);

    lake.stageRows(
        "failing", BronzeTables.SCHEMA, List.of(field("id", "failing"), field("dates", "failing")));
    lake.stageRows("failing", GoldTables.DIM_MARKET, List.of(market(-1, "-1"), market(1, "102")));
    crashAt("between-table-swaps@publish"); // the first MERGE done, the second fails
    assertThrows(Crash.class, () -> lake.commit("failing", "publish", tables));
    FaultPoints.disarm();
    assertThat(paths(), is(List.of("dates", "id")));
    assertThat(lake.rowCount(GoldTables.DIM_MARKET), is(1L));

    // The failed run cleans up as TixMaster does; the pending commit's files must survive it.
    lake.discardStaging("failing");
    assertThat(lake.stagedFiles("failing", GoldTables.DIM_MARKET).size(), is(1));

    lake.recover("next-run");
    assertThat(stagingEntries(), is(List.of("_txn")));
    assertThat(paths(), is(List.of("dates", "id")));
    assertThat("the rest of the commit is applied", lake.rowCount(GoldTables.DIM_MARKET), is(2L));
  }

  @Test
  public void aRecordWhoseStagedFilesAreGoneIsRefusedNotMergedAsEmpty() throws Exception {
    lake.stageRows("first", GoldTables.DIM_MARKET, List.of(market(-1, "-1"), market(1, "102")));
    lake.commit("first", "publish", List.of(GoldTables.DIM_MARKET));

    lake.stageRows("lost", GoldTables.DIM_MARKET, List.of(market(-1, "-1")));
    crashAt("commit-recorded@publish");
    assertThrows(Crash.class, () -> lake.commit("lost", "publish", List.of(GoldTables.DIM_MARKET)));
    FaultPoints.disarm();
    for (String file : lake.stagedFiles("lost", GoldTables.DIM_MARKET)) {
      Files.delete(Path.of(file));
    }

    IOException refused = assertThrows(IOException.class, () -> lake.recover("next-run"));
    assertThat(refused.getMessage(), containsString("refusing to merge gold.dim_market"));
    assertThat(
        "an empty source would have deleted every row",
        lake.rowCount(GoldTables.DIM_MARKET),
        is(2L));
  }

  @Test
  public void aSnapshotIsExportedOnceUntilTheTableIsCommittedAgain() throws Exception {
    lake.stageRows("first", GoldTables.DIM_MARKET, List.of(market(-1, "-1"), market(1, "102")));
    lake.commit("first", "publish", List.of(GoldTables.DIM_MARKET));

    List<String> first = lake.snapshotFiles(GoldTables.DIM_MARKET);
    // gold, documents and the audits each ask for the same silver tables: one export serves all
    assertThat(lake.snapshotFiles(GoldTables.DIM_MARKET), is(first));

    lake.stageRows(
        "second",
        GoldTables.DIM_MARKET,
        List.of(market(-1, "-1"), market(1, "102"), market(2, "103")));
    lake.commit("second", "publish", List.of(GoldTables.DIM_MARKET));
    List<String> second = lake.snapshotFiles(GoldTables.DIM_MARKET);
    assertThat("a commit makes the export stale", second.equals(first), is(false));
    assertThat(
        com.tixmaster.pipeline.lake.ParquetLake.read(GoldTables.DIM_MARKET, second).size(), is(3));

    lake.discardStaging("second"); // deletes every export: the next read exports again
    List<String> third = lake.snapshotFiles(GoldTables.DIM_MARKET);
    assertThat(third.equals(second), is(false));
    assertThat(
        com.tixmaster.pipeline.lake.ParquetLake.read(GoldTables.DIM_MARKET, third).size(), is(3));
  }

  @Test
  public void aMissingCheckConstraintIsAddedOnce() throws Exception {
    // The local DDL has no CHECK; on Unity Catalog a crash between CREATE and its ALTER leaves the
    // table the same way, and the next commit adds it (OSS Delta enforces CHECKs too).
    lake.commit("first", "publish", List.of(GoldTables.FACT_EVENTS)); // creates it, empty
    String key = "delta.constraints.ck_gold_fact_events";
    assertThat(checks().containsKey(key), is(false));

    lake.ensureCheck(GoldTables.FACT_EVENTS);
    lake.ensureCheck(GoldTables.FACT_EVENTS); // present: nothing to do

    assertThat(checks().get(key), containsString("price_min <= price_max"));
    lake.ensureCheck(BronzeTables.SCHEMA); // a table without a check: no statement
  }

  @Test
  public void aCommitCreatesTheTablesItsForeignKeysReferenceFirst() throws Exception {
    // Unity Catalog refuses a FOREIGN KEY to a missing table: the bridge brings the fact and the
    // dimensions it references (transitively), created before it and left empty.
    lake.commit("first", "publish", List.of(GoldTables.BRIDGE_EVENT_ATTRACTION));
    for (TableSpec table : DeltaDdl.creationOrder(List.of(GoldTables.BRIDGE_EVENT_ATTRACTION))) {
      assertThat(
          table.toString(),
          SparkTestSession.session()
              .catalog()
              .tableExists("spark_catalog." + table.qualifiedName()),
          is(true));
      assertThat(lake.rowCount(table), is(0L));
    }
    assertThat(
        SparkTestSession.session().catalog().tableExists("spark_catalog.gold.etl_log"), is(false));
  }

  private static java.util.Map<String, String> checks() throws IOException {
    java.util.Map<String, String> props = new java.util.TreeMap<>();
    for (org.apache.spark.sql.Row r :
        SparkTestSession.session()
            .sql("SHOW TBLPROPERTIES spark_catalog.gold.fact_events")
            .collectAsList()) {
      props.put(r.getString(0), r.getString(1));
    }
    return props;
  }
}
