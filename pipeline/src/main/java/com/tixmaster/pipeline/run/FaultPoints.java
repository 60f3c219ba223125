package com.tixmaster.pipeline.run;

import java.util.Locale;

/**
 * Test-only crash injection. When the environment variable {@value #ENV} names a point, the process
 * halts abruptly ({@link Runtime#halt}: no shutdown hooks, no finally blocks) on reaching it, as a
 * power cut or {@code kill -9} would. Unset in production, where {@link #reach} does nothing.
 *
 * <p>The commit points are reached by every commit of a run (bronze, silver, audit, publish,
 * etl_log). {@code TIX_HALT_AT=commit-recorded} halts at the first one; {@code
 * TIX_HALT_AT=between-table-swaps@silver} halts only in the commit of that name.
 *
 * <p>{@link #armInProcess} arms the same points for a test that must stay in its JVM (the Spark
 * tests share one SparkSession, and spark_catalog's tables live in that JVM's catalog): reaching
 * the point runs the test's action instead of halting the process, typically parking the run's
 * thread forever so that, as after a halt, none of its remaining code (finally blocks included)
 * ever runs.
 */
public final class FaultPoints {
  public static final String ENV = "TIX_HALT_AT";

  /** Bronze has staged its tables and not committed them. */
  public static final String BRONZE_STAGED = "bronze-staged";

  /** A commit record is written; no table has been swapped yet. */
  public static final String COMMIT_RECORDED = "commit-recorded";

  /** A multi-table commit has swapped some tables and not others. */
  public static final String BETWEEN_TABLE_SWAPS = "between-table-swaps";

  /** Gold is staged and audited, not published. */
  public static final String GOLD_STAGED = "gold-staged";

  /** Gold is published; etl_log is not written yet. */
  public static final String PUBLISHED = "published";

  /** The exit status of a halted process, distinct from the contract's 0-3. */
  public static final int HALT_STATUS = 137;

  private static final String TARGET = System.getenv(ENV);

  /** Set by {@link #armInProcess}; wins over {@link #ENV}. */
  private static volatile String armedTarget;

  private static volatile Runnable armedAction;

  private FaultPoints() {}

  public static void reach(String point) {
    reach(point, null);
  }

  /** Reaches {@code point} in the commit named {@code commit}: halts on point or point@commit. */
  public static void reach(String point, String commit) {
    String armed = armedTarget;
    Runnable action = armedAction;
    String raw = armed != null ? armed : TARGET;
    if (raw == null) {
      return;
    }
    String target = raw.trim().toLowerCase(Locale.ROOT);
    if (target.equals(point) || (commit != null && target.equals(point + "@" + commit))) {
      if (armed != null && action != null) {
        System.err.println("[fault injection] reached " + target + " (in-process)");
        action.run();
        return;
      }
      System.err.println("[fault injection] halting at " + target);
      System.err.flush();
      Runtime.getRuntime().halt(HALT_STATUS);
    }
  }

  /**
   * Test-only: reaching {@code target} ({@code point} or {@code point@commit}) runs {@code action}
   * in the calling thread instead of halting the JVM. An action that returns lets the run go on.
   */
  public static synchronized void armInProcess(String target, Runnable action) {
    armedAction = action;
    armedTarget = target;
  }

  /** Test-only: undoes {@link #armInProcess}. */
  public static synchronized void disarm() {
    armedTarget = null;
    armedAction = null;
  }
}
