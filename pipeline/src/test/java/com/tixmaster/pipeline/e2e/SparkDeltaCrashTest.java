package com.tixmaster.pipeline.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.fail;

import com.tixmaster.pipeline.TixMasterRun;
import com.tixmaster.pipeline.run.FaultPoints;
import com.tixmaster.pipeline.spark.DeltaLake;
import com.tixmaster.pipeline.spark.SparkTestSession;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.silver.SilverTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.values.Row;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A Delta run dies mid-publish: the audits passed, the publish commit is recorded and its first
 * MERGE ({@code gold.dim_date}) is applied, the other gold tables are not. The next run (a new run
 * id) converges: every bronze, silver and gold table holds exactly the rows of an uninterrupted run
 * (the DirectRunner's, which {@link SparkDeltaEndToEndTest} shows equal to Spark's), keys once, and
 * no staging or commit record is left.
 *
 * <p>The crash is {@code TIX_HALT_AT=between-table-swaps@publish} armed in-process: the Spark tests
 * share one SparkSession, and spark_catalog's tables live in this JVM's catalog, so a child JVM
 * that halts could not be followed by a run that sees its tables. The run's thread parks forever at
 * the point instead, so none of its remaining code runs (no finally block, no etl_log, no cleanup),
 * as after a halt. Its process is then "gone": the test deletes its lease row, which a new process
 * would take over once expired (DeltaLeaseTest covers that).
 */
public class SparkDeltaCrashTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  @After
  public void disarm() {
    FaultPoints.disarm();
  }

  @Test
  public void aRunHaltedMidPublishConvergesOnTheNextRun() throws Exception {
    Path landing = tmp.newFolder("landing").toPath();
    Lakes.landDays(landing, "2026/11/20");
    String asOf = "--asOf=2026-11-20T12:00:00Z";
    Path warehouse = SparkTestSession.warehouse();
    SparkTestSession.dropLakeSchemas();
    Path lakehouse = tmp.getRoot().toPath().resolve("delta-lake");
    Path staging = lakehouse.resolve("_staging");
    List<String> spark =
        List.of(
            "--runner=SparkRunner",
            "--tableFormat=delta",
            "--catalog=spark_catalog",
            "--warehouse=" + warehouse,
            "--landing=" + landing,
            "--lakehouse=" + lakehouse,
            asOf);

    CountDownLatch halted = new CountDownLatch(1);
    FaultPoints.armInProcess(
        "between-table-swaps@publish",
        () -> {
          halted.countDown();
          while (true) {
            LockSupport.park(); // the process is gone: this thread never runs another line
          }
        });
    CompletableFuture<TixMasterRun> crashed =
        CompletableFuture.supplyAsync(
            () -> TixMasterRun.of(with(spark, "--runId=crash")),
            r -> {
              Thread t = new Thread(r, "tix-master run that halts");
              t.setDaemon(true);
              t.start();
            });
    while (!halted.await(1, TimeUnit.SECONDS)) {
      if (crashed.isDone()) {
        fail("the run ended without reaching the publish commit: " + crashed.get());
      }
    }
    FaultPoints.disarm();

    DeltaLake delta = new DeltaLake(SparkTestSession.session(), "spark_catalog", staging);
    assertThat(
        "halted mid-publish: dim_date merged",
        delta.rowCount(GoldTables.DIM_DATE),
        greaterThan(0L));
    assertThat(
        "halted mid-publish: fact_events not", delta.rowCount(GoldTables.FACT_EVENTS), is(0L));
    assertThat(
        "the publish commit is recorded",
        list(staging.resolve("_txn")),
        is(List.of("crash-publish.json")));
    assertThat("the dead run's staging is there", list(staging).contains("crash"), is(true));
    assertThat("the dead run wrote no etl_log", delta.rowCount(GoldTables.ETL_LOG), is(0L));

    // Its holder is dead: its lease would expire; the test ends it now (DeltaLeaseTest shows
    // the expiry of a holder killed with kill -9).
    SparkTestSession.session().sql("DELETE FROM spark_catalog.gold._run_lease");
    TixMasterRun next = TixMasterRun.of(with(spark, "--runId=next"));
    assertThat(next.toString(), next.status, is(0));

    assertThat("no abandoned staging", list(staging), is(List.of("_txn")));
    assertThat("no commit record left", list(staging.resolve("_txn")), is(List.of()));

    Path reference = tmp.getRoot().toPath().resolve("uninterrupted");
    TixMasterRun clean = TixMasterRun.of("--landing=" + landing, "--lakehouse=" + reference, asOf);
    assertThat(clean.toString(), clean.status, is(0));
    List<TableSpec> compared = new ArrayList<>(BronzeTables.ALL);
    compared.addAll(SilverTables.STATE);
    compared.add(SilverTables.REJECTED);
    compared.addAll(GoldTables.STAR);
    compared.addAll(List.of(GoldTables.MONTHLY_EVENT_SUMMARY, GoldTables.EVENT_DOCUMENTS));
    for (TableSpec table : compared) {
      List<Row> rows = delta.readRows(table);
      List<String> onDelta = Lakes.normalised(rows);
      List<String> expected = Lakes.normalised(Lakes.rows(reference, table));
      assertThat(
          table + ": same count as an uninterrupted run", onDelta.size(), is(expected.size()));
      assertThat(table + ": same rows as an uninterrupted run", onDelta, is(expected));
      if (!table.primaryKey().isEmpty()) {
        Set<List<Object>> keys = new HashSet<>();
        for (Row row : rows) {
          keys.add(table.primaryKey().stream().map(row::getValue).collect(Collectors.toList()));
        }
        assertThat(table + ": each key once", keys.size(), is(rows.size()));
      }
    }
  }

  private static String[] with(List<String> args, String extra) {
    List<String> all = new ArrayList<>(args);
    all.add(extra);
    return all.toArray(new String[0]);
  }

  private static List<String> list(Path dir) throws Exception {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
