package com.tixmaster.pipeline.reliability;

import com.tixmaster.pipeline.TixMasterRun;
import java.nio.file.Path;
import org.junit.BeforeClass;

/** The torture set ({@link TortureChecks}) on the DirectRunner with the Parquet lake. */
public class TortureTest extends TortureChecks {
  private static TortureRun torture;

  @BeforeClass
  public static void runOverTheTortureSet() throws Exception {
    Path dir = Reference.get().newDir("torture");
    Path landing = dir.resolve("landing");
    Path lake = dir.resolve("lake");
    var cases = TortureRun.land(landing);
    long started = System.nanoTime();
    TixMasterRun run =
        TixMasterRun.of(
            "--landing=" + landing, "--lakehouse=" + lake, Landings.AS_OF, "--runId=torture");
    System.err.printf("[reliability] torture run %.1f s%n", (System.nanoTime() - started) / 1e9);
    torture = new TortureRun(landing, cases, run, LakeState.open(lake)::readRows);
  }

  @Override
  TortureRun torture() {
    return torture;
  }
}
