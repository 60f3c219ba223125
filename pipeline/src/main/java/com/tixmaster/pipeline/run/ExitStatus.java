package com.tixmaster.pipeline.run;

import com.tixmaster.pipeline.config.ConfigException;
import java.util.Map;

/**
 * How a run ends, as the run contract's exit status. The one place where outcomes and failures
 * become exit codes.
 */
public enum ExitStatus {
  /** Every requested stage succeeded (or had nothing to do). */
  OK(0),
  /**
   * Anything else went wrong; the lake keeps its last committed state and the next run recovers.
   */
  FAILED(1),
  /** Bad options or configuration: the message names the option, and nothing was written. */
  BAD_CONFIG(2),
  /** The audits blocked publication: gold stays as it was. */
  BLOCKED(3);

  private final int code;

  ExitStatus(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The status of a run that ended with {@code failure}. */
  public static ExitStatus of(Throwable failure) {
    return failure instanceof ConfigException ? BAD_CONFIG : FAILED;
  }

  /**
   * Ends the process with this status. A Databricks JAR task shares the driver JVM with the job's
   * other tasks, so there exiting would take them down: success returns, and a failure throws,
   * which fails the task (and skips the ones that depend on it).
   */
  public void terminate(Map<String, String> environment) {
    if (environment.containsKey("DATABRICKS_RUNTIME_VERSION")) {
      if (this != OK) {
        throw new IllegalStateException(
            "tix-master exited with status " + code + " (" + this + ")");
      }
      return;
    }
    System.exit(code);
  }
}
