package com.tixmaster.pipeline.stages;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.tixmaster.pipeline.TixMasterRun;
import com.tixmaster.pipeline.lake.ParquetLake;
import com.tixmaster.schemas.bronze.BronzeTables;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The same bronze graph on the SparkRunner (local[2]) gives the same tables, and the report marks
 * what comes from Spark's attempted counters.
 */
public class SparkBronzeTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void bronzeOnSpark() throws Exception {
    Path landing = tmp.newFolder("landing").toPath();
    Path file = landing.resolve("events/2026/11/20/events_20261120_060000_0001.json");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file, "{\"_embedded\":{\"events\":[{\"id\":\"E1\"},{\"id\":\"E2\"},3]},\"page\":{}}");
    Path lake = tmp.getRoot().toPath().resolve("lake");
    Path warehouse = com.tixmaster.pipeline.spark.SparkTestSession.warehouse();
    TixMasterRun run =
        TixMasterRun.of(
            "--runner=SparkRunner",
            "--stages=bronze",
            "--landing=" + landing,
            "--lakehouse=" + lake,
            "--warehouse=" + warehouse);
    assertThat(run.toString(), run.status, is(0));
    assertThat(run.out, containsString("SparkRunner"));
    ParquetLake parquet = new ParquetLake(lake, lake.resolve("_staging"));
    assertThat(parquet.rowCount(BronzeTables.EVENTS_RAW), is(2L));
    assertThat(parquet.rowCount(BronzeTables.REJECTED_RECORDS), is(1L));
    // Spark reports counters per attempt: the note from them says so, the log's counts do not
    // come from them.
    assertThat(
        run.out,
        containsString(
            "[bronze] rejections by reason: records: not_an_object × 1 (counted per task attempt:"
                + " a retried task counts again)"));
    assertThat(run.out, containsString("1 files read (0 rejected), 2 records loaded, 1 rejected"));
  }
}
