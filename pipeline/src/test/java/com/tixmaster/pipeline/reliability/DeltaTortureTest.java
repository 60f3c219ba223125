package com.tixmaster.pipeline.reliability;

import com.tixmaster.pipeline.TixMasterRun;
import com.tixmaster.pipeline.spark.SparkTestSession;
import java.nio.file.Path;
import org.junit.BeforeClass;

/**
 * The torture set ({@link TortureChecks}) on the production path: the SparkRunner with Delta tables
 * in {@code spark_catalog}, committed through MERGE. One run, in this JVM (the Spark tests share
 * its SparkSession); the same checks as on the DirectRunner, and the clean day must equal the
 * DirectRunner's clean run of it alone.
 */
public class DeltaTortureTest extends TortureChecks {
  private static TortureRun torture;

  @BeforeClass
  public static void runOverTheTortureSet() throws Exception {
    Path dir = Reference.get().newDir("delta-torture");
    Path landing = dir.resolve("landing");
    var cases = TortureRun.land(landing);
    Path warehouse = SparkTestSession.warehouse();
    SparkTestSession.dropLakeSchemas();
    long started = System.nanoTime();
    TixMasterRun run =
        TixMasterRun.of(
            "--runner=SparkRunner",
            "--tableFormat=delta",
            "--catalog=spark_catalog",
            "--warehouse=" + warehouse,
            "--landing=" + landing,
            "--lakehouse=" + dir.resolve("lakehouse"),
            Landings.AS_OF,
            "--runId=torture");
    System.err.printf(
        "[reliability] torture run on Spark with Delta %.1f s%n",
        (System.nanoTime() - started) / 1e9);
    torture = new TortureRun(landing, cases, run, new DeltaTables(warehouse, dir.resolve("read")));
  }

  @Override
  TortureRun torture() {
    return torture;
  }
}
