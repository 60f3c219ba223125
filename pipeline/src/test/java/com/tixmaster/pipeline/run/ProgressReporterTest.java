package com.tixmaster.pipeline.run;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.junit.Test;

/**
 * The reporter on the real DirectRunner: lines while a slow pipeline runs, failures still thrown.
 */
public class ProgressReporterTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** Counts each element, slowly, so that the pipeline runs for a few of the reporter's beats. */
  static final class SlowCountFn extends DoFn<Integer, Integer> {
    private final Counter seen = Metrics.counter("test", "elements_seen");

    @ProcessElement
    public void process(@Element Integer n, OutputReceiver<Integer> out) throws Exception {
      Thread.sleep(150);
      seen.inc();
      out.output(n);
    }
  }

  static final class FailFn extends DoFn<Integer, Integer> {
    @ProcessElement
    public void process(@Element Integer n) {
      throw new IllegalStateException("element " + n + " is bad");
    }
  }

  private Pipeline pipeline(DoFn<Integer, Integer> fn) {
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    p.apply("ListNumbers", Create.of(1, 2, 3, 4, 5, 6)).apply("CountSlowly", ParDo.of(fn));
    return p;
  }

  private ProgressReporter reporter(boolean quiet) {
    return new ProgressReporter(
        new PrintStream(err, true, StandardCharsets.UTF_8),
        quiet,
        Duration.ofMillis(50),
        System::currentTimeMillis);
  }

  private List<String> lines() {
    return err.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
  }

  @Test
  public void aRunningPipelinePrintsLinesWithItsCountersAndEndsDone() {
    PipelineResult result =
        reporter(false).runToEnd(pipeline(new SlowCountFn()), "slow", List.of("elements_seen"));
    assertThat(result.getState(), is(PipelineResult.State.DONE));
    assertThat(lines(), not(empty()));
    for (String line : lines()) {
      assertThat(line, startsWith("tix-master: slow running 0:0"));
      assertThat(line, containsString(": elements_seen="));
    }
    // six elements of 150 ms on at most three threads: the first beat, 50 ms in, sees fewer
    assertThat("the counts so far", lines().get(0), not(endsWith("=6")));
    assertThat(BeamMetrics.projectCounters(result).values().get("elements_seen"), is(6L));
  }

  @Test
  public void quietPrintsNothing() {
    PipelineResult result =
        reporter(true).runToEnd(pipeline(new SlowCountFn()), "slow", List.of("elements_seen"));
    assertThat(result.getState(), is(PipelineResult.State.DONE));
    assertThat(lines(), is(empty()));
  }

  @Test
  public void aFailingPipelineStillThrowsItsCause() {
    for (boolean quiet : new boolean[] {false, true}) {
      Pipeline.PipelineExecutionException e =
          assertThrows(
              Pipeline.PipelineExecutionException.class,
              () -> reporter(quiet).runToEnd(pipeline(new FailFn()), "bad", List.of()));
      assertThat(e.getCause().getMessage(), containsString("is bad"));
    }
  }
}
