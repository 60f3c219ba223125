package com.tixmaster.pipeline.bench;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import com.tixmaster.pipeline.TixMasterRun;
import com.tixmaster.pipeline.lake.ParquetLake;
import com.tixmaster.pipeline.spark.SparkTestSession;
import com.tixmaster.schemas.silver.SilverTables;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The plain Spark SQL yardstick over the bundled fixtures finds the events, venues and attractions
 * the pipeline's silver holds, and writes one fact row per event.
 */
public class SparkSqlBaselineTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void countsEqualThePipelinesSilverCounts() throws Exception {
    Path landing =
        Path.of(System.getProperty("tix.project.dir", "..")).resolve("scripts/fixtures/landing");
    Path lake = tmp.getRoot().toPath().resolve("lake");
    TixMasterRun pipeline =
        TixMasterRun.of(
            "--landing=" + landing, "--lakehouse=" + lake, "--stages=bronze,silver", "--runId=r1");
    assertThat(pipeline.toString(), pipeline.status, is(0));
    ParquetLake silver = new ParquetLake(lake, lake.resolve("_staging"));

    SparkSqlBaseline.Counts counts =
        SparkSqlBaseline.run(
            SparkTestSession.session(), landing, tmp.getRoot().toPath().resolve("out"));

    assertThat(counts.events(), greaterThan(0L));
    assertThat("events", counts.events(), is(silver.rowCount(SilverTables.EVENTS)));
    assertThat("venues", counts.venues(), is(silver.rowCount(SilverTables.VENUES)));
    assertThat("attractions", counts.attractions(), is(silver.rowCount(SilverTables.ATTRACTIONS)));
    assertThat("one fact row per event", counts.factRows(), is(counts.events()));
    // what bench.sh compares: BenchReport's silver line against the job's counts
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    BenchReport.run(
        new String[] {"--lakehouse=" + lake, "--runId=r1"},
        new PrintStream(report, true, StandardCharsets.UTF_8),
        System.err);
    assertThat(
        report.toString(StandardCharsets.UTF_8),
        containsString(
            String.format(
                "silver events=%d venues=%d attractions=%d%n",
                counts.events(), counts.venues(), counts.attractions())));
  }
}
