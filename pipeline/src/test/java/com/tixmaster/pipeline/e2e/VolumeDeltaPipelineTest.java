package com.tixmaster.pipeline.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import com.tixmaster.pipeline.TixMasterRun;
import com.tixmaster.pipeline.spark.DeltaLake;
import com.tixmaster.pipeline.spark.SparkTestSession;
import com.tixmaster.pipeline.storage.VolumeLikeFileSystem;
import com.tixmaster.schemas.TableSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The whole Delta pipeline with its staging and landing on a file system with a Unity Catalog
 * Volume's limits ({@link VolumeLikeFileSystem}: no rename onto an existing path, no append, no
 * links; exclusive creates; failures on demand), reached only through Hadoop and Beam's Hadoop file
 * system. The tables equal the DirectRunner's, run after run, also after runs that an injected
 * storage failure broke halfway.
 */
public class VolumeDeltaPipelineTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  @After
  public void clear() {
    VolumeLikeFileSystem.clearFaults();
  }

  @Test
  public void theDeltaPipelineRunsOnAVolumeAndConvergesAfterStorageFailures() throws Exception {
    Path volume = tmp.newFolder("volume").toPath();
    Path reference = tmp.newFolder("reference-landing").toPath();
    Lakes.landDays(volume.resolve("landing"), "2026/11/20");
    Lakes.landDays(reference, "2026/11/20");
    String staging = "volfs://" + volume.resolve("staging");
    SparkTestSession.dropLakeSchemas();
    List<String> spark =
        List.of(
            "--runner=SparkRunner",
            "--tableFormat=delta",
            "--catalog=spark_catalog",
            "--warehouse=" + SparkTestSession.warehouse(),
            "--lakehouse=" + tmp.getRoot().toPath().resolve("lakehouse"),
            "--stagingDir=" + staging,
            "--landing=volfs://" + volume.resolve("landing"),
            "--leaseSeconds=60");
    Path direct = tmp.getRoot().toPath().resolve("direct");
    List<String> parquet = List.of("--landing=" + reference, "--lakehouse=" + direct);
    int refusedBefore = VolumeLikeFileSystem.refused();

    run(spark, 0, "--asOf=2026-11-20T12:00:00Z", "--runId=day1");
    run(parquet, 0, "--asOf=2026-11-20T12:00:00Z");
    DeltaLake delta =
        new DeltaLake(
            SparkTestSession.session(), "spark_catalog", staging, java.time.Duration.ofSeconds(60));
    assertSameTables(delta, direct);
    assertThat("commit records", VolumeLikeFileSystem.calls("create", "/_txn/"), greaterThan(0));
    assertThat("run notes", VolumeLikeFileSystem.calls("create", "/_notes/"), greaterThan(0));
    assertThat(
        "Beam's staged shards", VolumeLikeFileSystem.calls("create", "/silver/"), greaterThan(0));
    assertThat(
        "landing files read", VolumeLikeFileSystem.calls("open", "/landing/"), greaterThan(0));

    // Day two: the first attempt fails to delete its first applied commit's record (bronze's), the
    // second fails writing one of silver's staged shards (Beam's write). The third converges.
    Lakes.landDays(volume.resolve("landing"), "2026/11/21");
    Lakes.landDays(reference, "2026/11/21");
    VolumeLikeFileSystem.failNext("delete", "/_txn/");
    run(spark, 1, "--asOf=2026-11-21T12:00:00Z", "--runId=day2-a");
    VolumeLikeFileSystem.failNext("create", "/day2-b/silver/");
    run(spark, 1, "--asOf=2026-11-21T12:00:00Z", "--runId=day2-b");
    run(spark, 0, "--asOf=2026-11-21T12:00:00Z", "--runId=day2-c");
    run(parquet, 0, "--asOf=2026-11-21T12:00:00Z");
    assertSameTables(delta, direct);

    assertThat(
        "nothing asked the volume for a link, an append or a rename onto an existing path",
        VolumeLikeFileSystem.refused(),
        is(refusedBefore));
    assertThat(
        "no volfs: path was taken for a local one",
        Files.exists(Path.of(System.getProperty("user.dir"), "volfs:")),
        is(false));
    delta.close();
  }

  private static void run(List<String> base, int status, String... more) {
    List<String> args = new ArrayList<>(base);
    args.addAll(List.of(more));
    TixMasterRun run = TixMasterRun.of(args.toArray(new String[0]));
    assertThat(run.toString(), run.status, is(status));
  }

  private static void assertSameTables(DeltaLake delta, Path direct) throws Exception {
    for (TableSpec table : Lakes.PARITY_TABLES) {
      List<String> expected = Lakes.normalised(Lakes.rows(direct, table));
      assertThat(table + " has rows", expected.size(), greaterThan(0));
      assertThat(table.qualifiedName(), Lakes.normalised(delta.readRows(table)), is(expected));
    }
  }
}
