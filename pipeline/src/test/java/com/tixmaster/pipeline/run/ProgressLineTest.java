package com.tixmaster.pipeline.run;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.Test;

/** The progress lines' text, and when they are due, on a clock the test moves by hand. */
public class ProgressLineTest {
  private static BeamMetrics.Counters counters(boolean attempted, Object... nameValue) {
    Map<String, Long> values = new TreeMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      values.put((String) nameValue[i], ((Number) nameValue[i + 1]).longValue());
    }
    return new BeamMetrics.Counters(values, attempted);
  }

  @Test
  public void headlineCountersInTheirOrderZeroWhenNotRaisedYet() {
    String line =
        ProgressLine.withCounters(
            "bronze",
            12_400,
            counters(false, "records_loaded", 1200, "files_loaded", 3, "record_rejected_x", 2),
            List.of("files_loaded", "files_rejected", "records_loaded"));
    assertThat(
        line,
        is(
            "tix-master: bronze running 0:12: files_loaded=3, files_rejected=0,"
                + " records_loaded=1200"));
  }

  @Test
  public void withoutHeadlineTheNonZeroCountersByNameAtMostFive() {
    BeamMetrics.Counters c =
        counters(true, "g", 7, "a", 1, "zero", 0, "b", 2, "c", 3, "d", 4, "e", 5, "f", 6);
    assertThat(
        ProgressLine.withCounters("gold", 75_000, c, List.of()),
        is("tix-master: gold running 1:15: a=1, b=2, c=3, d=4, e=5, 2 more (attempted)"));
    assertThat(
        ProgressLine.withCounters("silver", 999, counters(false, "zero", 0), List.of()),
        is("tix-master: silver running 0:00: no counters yet"));
  }

  @Test
  public void aRunnerWithoutLiveMetricsSaysSo() {
    assertThat(
        ProgressLine.withoutCounters("quality", 3_600_000),
        is("tix-master: quality running 60:00: metrics at the end"));
  }

  @Test
  public void aLineIsDueEveryIntervalAfterTheStartAndMissedBeatsAreSkipped() {
    long start = 1_000_000;
    ProgressSchedule schedule = new ProgressSchedule(start, 10_000);
    assertThat(schedule.waitMillis(start), is(10_000L));
    assertThat(schedule.due(start + 9_999), is(false));
    assertThat(schedule.waitMillis(start + 9_999), is(1L));
    assertThat(schedule.due(start + 10_000), is(true));
    schedule.printed(start + 10_050);
    assertThat(schedule.elapsedMillis(start + 10_050), is(10_050L));
    assertThat("the next beat keeps to the grid", schedule.waitMillis(start + 10_050), is(9_950L));
    assertThat(schedule.due(start + 19_999), is(false));
    // a long wait (a stalled poll): one line now, the next a whole interval later
    schedule.printed(start + 45_000);
    assertThat(schedule.due(start + 54_999), is(false));
    assertThat(schedule.due(start + 55_000), is(true));
    assertThat("never a busy wait", schedule.waitMillis(start + 99_000), is(1L));
  }
}
