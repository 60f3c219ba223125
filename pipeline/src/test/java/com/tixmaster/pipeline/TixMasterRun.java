package com.tixmaster.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** Runs the entry point in-process and keeps what it printed. */
public final class TixMasterRun {
  public final int status;
  public final String out;
  public final String err;

  private TixMasterRun(int status, String out, String err) {
    this.status = status;
    this.out = out;
    this.err = err;
  }

  public static TixMasterRun of(String... args) {
    return withEnv(java.util.Map.of(), args);
  }

  /** Runs with {@code env} as the process environment (e.g. an API key). */
  public static TixMasterRun withEnv(java.util.Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        new TixMaster(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.systemUTC(),
                env)
            .run(args)
            .code();
    return new TixMasterRun(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "exit " + status + "\n--- out\n" + out + "\n--- err\n" + err;
  }
}
