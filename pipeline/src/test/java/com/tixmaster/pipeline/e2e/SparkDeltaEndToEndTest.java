package com.tixmaster.pipeline.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import com.tixmaster.pipeline.TixMasterRun;
import com.tixmaster.pipeline.spark.DeltaLake;
import com.tixmaster.pipeline.spark.SparkTestSession;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.gold.GoldTables;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.beam.sdk.values.Row;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The production path locally: the SparkRunner (local[2]) writing Delta tables in spark_catalog.
 * The tables hold the same rows as the DirectRunner's Parquet lake (runner parity), a re-run
 * duplicates nothing, and an SCD2 change flows through the MERGE.
 */
public class SparkDeltaEndToEndTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void sparkDeltaMatchesTheDirectRunnerAndReRunsCleanly() throws Exception {
    Path landing = tmp.newFolder("landing").toPath();
    Lakes.landDays(landing, "2026/11/20");
    String asOf = "--asOf=2026-11-20T12:00:00Z";
    Path warehouse = SparkTestSession.warehouse();
    SparkTestSession.dropLakeSchemas();
    Path deltaLake = tmp.getRoot().toPath().resolve("delta-lake");
    String[] spark = {
      "--runner=SparkRunner",
      "--tableFormat=delta",
      "--catalog=spark_catalog",
      "--warehouse=" + warehouse,
      "--landing=" + landing,
      "--lakehouse=" + deltaLake,
      asOf
    };

    TixMasterRun first = TixMasterRun.of(spark);
    assertThat(first.toString(), first.status, is(0));
    Path parquetLake = tmp.getRoot().toPath().resolve("parquet-lake");
    TixMasterRun direct =
        TixMasterRun.of("--landing=" + landing, "--lakehouse=" + parquetLake, asOf);
    assertThat(direct.toString(), direct.status, is(0));

    DeltaLake delta =
        new DeltaLake(SparkTestSession.session(), "spark_catalog", deltaLake.resolve("_staging"));
    List<TableSpec> compared = Lakes.PARITY_TABLES;
    Map<String, Long> counts = new TreeMap<>();
    for (TableSpec table : compared) {
      List<String> onSpark = Lakes.normalised(delta.readRows(table));
      assertThat(table + " has rows", onSpark.size(), greaterThan(0));
      assertThat(
          table + ": runner parity", onSpark, is(Lakes.normalised(Lakes.rows(parquetLake, table))));
      counts.put(table.qualifiedName(), (long) onSpark.size());
    }

    TixMasterRun again = TixMasterRun.of(spark);
    assertThat(again.toString(), again.status, is(0));
    for (TableSpec table : compared) {
      assertThat(
          table + " after a re-run", delta.rowCount(table), is(counts.get(table.qualifiedName())));
    }

    Lakes.landDays(landing, "2026/11/21"); // the venue renamed on day 2
    TixMasterRun dayTwo =
        TixMasterRun.of(
            spark[0],
            spark[1],
            spark[2],
            spark[3],
            spark[4],
            spark[5],
            "--asOf=2026-11-21T12:00:00Z");
    assertThat(dayTwo.toString(), dayTwo.status, is(0));
    List<Row> versions =
        delta.readRows(GoldTables.DIM_VENUE).stream()
            .filter(r -> "KovZ917AZ1Z1".equals(r.getString("venue_id")))
            .collect(Collectors.toList());
    assertThat("SCD2 change merged into Delta", versions.size(), is(2));
    assertThat(versions.stream().filter(r -> r.getBoolean("is_current")).count(), is(1L));
  }
}
