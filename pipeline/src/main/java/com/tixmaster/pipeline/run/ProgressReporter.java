package com.tixmaster.pipeline.run;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Runs a stage's pipeline to its end and, unless quiet, prints a {@link ProgressLine} to stderr
 * every interval while it runs: the stage, the time since its pipeline started, and Beam's counters
 * so far. The run report on stdout is not touched.
 *
 * <p>It starts the pipeline without blocking and waits for it one interval at a time. Both runners
 * allow that: the DirectRunner once {@code blockOnRun} is off (its {@code run()} otherwise returns
 * only at the end), the SparkRunner always (its batch {@code run()} submits the job to a thread of
 * its own). Both answer metric queries while the pipeline runs: the DirectRunner with the counts of
 * the bundles committed so far, the SparkRunner with attempted counts, which grow as Spark tasks
 * end.
 */
public final class ProgressReporter {
  private final PrintStream err;
  private final boolean quiet;
  private final long intervalMillis;
  private final LongSupplier clockMillis;

  public ProgressReporter(
      PrintStream err, boolean quiet, Duration interval, LongSupplier clockMillis) {
    this.err = err;
    this.quiet = quiet;
    this.intervalMillis = Math.max(1, interval.toMillis());
    this.clockMillis = clockMillis;
  }

  /**
   * Runs {@code pipeline} until it ends and returns its result; throws what the pipeline threw.
   * {@code headline} names the counters the lines show (all non-zero ones when empty).
   */
  public PipelineResult runToEnd(Pipeline pipeline, String stage, List<String> headline) {
    if (quiet) {
      PipelineResult result = pipeline.run();
      result.waitUntilFinish();
      return result;
    }
    startWithoutBlocking(pipeline.getOptions());
    PipelineResult result = pipeline.run();
    ProgressSchedule schedule = new ProgressSchedule(clockMillis.getAsLong(), intervalMillis);
    try {
      while (true) {
        PipelineResult.State state =
            result.waitUntilFinish(
                org.joda.time.Duration.millis(schedule.waitMillis(clockMillis.getAsLong())));
        // null: still running when the wait ran out (the DirectRunner); Spark says RUNNING
        if (state != null && state.isTerminal()) {
          return result;
        }
        long now = clockMillis.getAsLong();
        if (schedule.due(now)) {
          err.println(line(result, stage, schedule.elapsedMillis(now), headline));
          schedule.printed(now);
        }
      }
    } catch (Error e) {
      // as the DirectRunner's blocking run() did, so that the run still reports the failure
      throw new RuntimeException(e);
    }
  }

  /** The line for now; a runner that cannot say its counters yet gets "metrics at the end". */
  private static String line(
      PipelineResult result, String stage, long elapsedMillis, List<String> headline) {
    BeamMetrics.Counters counters;
    try {
      counters = BeamMetrics.projectCounters(result);
    } catch (RuntimeException e) {
      return ProgressLine.withoutCounters(stage, elapsedMillis);
    }
    return ProgressLine.withCounters(stage, elapsedMillis, counters, headline);
  }

  /** The DirectRunner's {@code run()} returns at once only with {@code blockOnRun} off. */
  private static void startWithoutBlocking(PipelineOptions options) {
    if (DirectRunner.class.equals(options.getRunner())) {
      options.as(DirectOptions.class).setBlockOnRun(false);
    }
  }
}
