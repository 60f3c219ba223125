package com.tixmaster.pipeline.reliability;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.tixmaster.pipeline.TixMasterRun;
import com.tixmaster.pipeline.run.ExitStatus;
import com.tixmaster.pipeline.run.FaultPoints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Crash consistency at every fault point ({@link FaultPoints}): a real process over a lake that
 * already holds day 1 reads day 2 and halts abruptly ({@code Runtime.halt}, exit 137) at the point;
 * a normal run then finishes the job. The lake must equal the one two clean runs make ({@link
 * Reference}), row for row in every bronze, silver and gold table, surrogate keys included,
 * ignoring only run ids and wall-clock timestamps. Bronze must hold each landed record exactly
 * once. The halted process leaves its lock behind: the next run takes it over (its pid is dead).
 */
public class HaltPointTest {

  @Test
  public void bronzeStaged() throws Exception {
    haltThenRecover(FaultPoints.BRONZE_STAGED, "recover");
  }

  /**
   * A Databricks repair re-runs a task under the same run id: the crashed attempt's staged files
   * must not be committed twice.
   */
  @Test
  public void bronzeStagedThenRepairedUnderTheSameRunId() throws Exception {
    haltThenRecover(FaultPoints.BRONZE_STAGED, "crash");
  }

  @Test
  public void bronzeCommitRecorded() throws Exception {
    haltThenRecover(FaultPoints.COMMIT_RECORDED + "@bronze", "recover");
  }

  @Test
  public void betweenSilverTableSwaps() throws Exception {
    haltThenRecover(FaultPoints.BETWEEN_TABLE_SWAPS + "@silver", "recover");
  }

  @Test
  public void goldStaged() throws Exception {
    haltThenRecover(FaultPoints.GOLD_STAGED, "recover");
  }

  @Test
  public void betweenPublishTableSwaps() throws Exception {
    haltThenRecover(FaultPoints.BETWEEN_TABLE_SWAPS + "@publish", "recover");
  }

  /**
   * Also the concurrency rule, on a real run: while the child holds the lock, a second run is
   * refused, whatever its run id, and changes nothing; the child goes on undisturbed.
   */
  @Test
  public void published() throws Exception {
    haltThenRecover(FaultPoints.PUBLISHED, "recover", HaltPointTest::secondRunsAreRefused);
  }

  /** Something to do while the child runs. */
  interface WhileRunning {
    void accept(ChildRun child, Path landing, Path lake) throws Exception;
  }

  private void haltThenRecover(String point, String recoveryRunId) throws Exception {
    haltThenRecover(point, recoveryRunId, null);
  }

  private void haltThenRecover(String point, String recoveryRunId, WhileRunning whileRunning)
      throws Exception {
    Reference ref = Reference.get();
    Path dir = ref.newDir(point.replace('@', '-'));
    Path lake = dir.resolve("lake");
    Landings.copyLake(ref.lake1, lake);
    long started = System.nanoTime();

    ChildRun child =
        ChildRun.start(
            dir.resolve("halted.log"),
            point,
            "--landing=" + ref.landing12,
            "--lakehouse=" + lake,
            Landings.AS_OF,
            "--runId=crash");
    if (whileRunning != null) {
      whileRunning.accept(child, ref.landing12, lake);
    }
    int status = child.await();
    assertEquals(child.tail(), FaultPoints.HALT_STATUS, status);
    assertThat(child.output(), containsString("[fault injection] halting at " + point));
    assertTrue("the halted run leaves its lock behind", Files.exists(lake.resolve("_lock")));

    long halted = System.nanoTime();
    TixMasterRun recovery = Reference.run(ref.landing12, lake, recoveryRunId);
    System.err.printf(
        "[reliability] halt at %-32s child %5.1f s, recovery run %5.1f s%n",
        point, (halted - started) / 1e9, (System.nanoTime() - halted) / 1e9);
    assertThat(recovery.out, containsString("\nOK"));
    assertThat(Files.exists(lake.resolve("_lock")), is(false));

    LakeState state = LakeState.of(lake);
    assertThat(point + " then a normal run", state.differences(ref.state12), is(empty()));
    ExactlyOnce.assertBronze(LakeState.open(lake)::readRows);
    assertThat(leftovers(lake), is(empty()));
  }

  static void secondRunsAreRefused(ChildRun child, Path landing, Path lake) throws Exception {
    Path lock = lake.resolve("_lock");
    Path staged = lake.resolve("_staging").resolve("crash");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ChildRun.TIMEOUT_SECONDS);
    while (!(Files.exists(lock)
        && Files.readString(lock).contains("pid=" + child.process.pid() + "\n")
        && Files.isDirectory(staged))) {
      assertTrue(
          "the child ended before it staged anything:\n" + child.tail(), child.process.isAlive());
      assertTrue("timed out waiting for the child to stage", System.nanoTime() < deadline);
      Thread.sleep(50);
    }
    for (String runId : List.of("second", "crash")) {
      TixMasterRun second =
          TixMasterRun.of(
              "--landing=" + landing, "--lakehouse=" + lake, Landings.AS_OF, "--runId=" + runId);
      assertEquals(second.toString(), ExitStatus.FAILED.code(), second.status);
      assertThat(
          second.err,
          containsString("refused: the lake is locked by run crash (pid " + child.process.pid()));
      assertThat(Files.readString(lock), containsString("pid=" + child.process.pid() + "\n"));
      assertTrue("the refused run must not touch the holder's staging", Files.isDirectory(staged));
      assertThat(Files.exists(lake.resolve("_staging").resolve("second")), is(false));
    }
  }

  /** What a finished run must not leave: commit records, staging folders, unreferenced versions. */
  static List<String> leftovers(Path lake) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    Path txn = lake.resolve("_txn");
    if (Files.isDirectory(txn)) {
      try (Stream<Path> s = Files.list(txn)) {
        s.forEach(p -> out.add("commit record " + p.getFileName()));
      }
    }
    Path staging = lake.resolve("_staging");
    if (Files.isDirectory(staging)) {
      try (Stream<Path> s = Files.list(staging)) {
        s.forEach(p -> out.add("staging folder " + p.getFileName()));
      }
    }
    return out;
  }
}
