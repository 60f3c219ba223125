package com.tixmaster.pipeline.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.tixmaster.pipeline.TixMasterRun;
import com.tixmaster.schemas.gold.GoldTables;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.beam.sdk.values.Row;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The fixtures land day by day, one run a day, as the daily job would. The venue the generator
 * renames on day 2 and corrects on day 4 is versioned by SCD2; its first key never changes; every
 * venue keeps exactly one current row; facts keep their keys.
 */
public class Scd2AcrossRunsTest {
  private static final String RENAMED_VENUE = "KovZ917AZ1Z1";

  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void dailyRunsVersionTheRenamedVenueWithStableKeys() throws Exception {
    Path landing = tmp.newFolder("landing").toPath();
    Path lake = tmp.getRoot().toPath().resolve("lake");
    String[] days = {"2026/11/20", "2026/11/21", "2026/11/22", "2026/11/23"};
    Long firstKey = null;
    Map<String, Long> eventKeys = null;
    for (int d = 0; d < days.length; d++) {
      Lakes.landDays(landing, days[d]);
      String asOf = "--asOf=" + days[d].replace('/', '-') + "T12:00:00Z";
      TixMasterRun run =
          TixMasterRun.of("--landing=" + landing, "--lakehouse=" + lake, asOf, "--runId=day" + d);
      assertThat(run.toString(), run.status, is(0));

      List<Row> versions =
          Lakes.rows(lake, GoldTables.DIM_VENUE).stream()
              .filter(r -> RENAMED_VENUE.equals(r.getString("venue_id")))
              .sorted((a, b) -> Long.compare(a.getInt64("venue_sk"), b.getInt64("venue_sk")))
              .collect(Collectors.toList());
      if (firstKey == null) {
        firstKey = versions.get(0).getInt64("venue_sk");
      }
      assertThat(
          "key of the first version never changes",
          versions.get(0).getInt64("venue_sk"),
          is(firstKey));
      assertThat(versions.stream().filter(r -> r.getBoolean("is_current")).count(), is(1L));
      if (d == 0) {
        assertThat(versions.size(), is(1));
      }
      if (d == 1) {
        assertThat("renamed on day 2: two versions", versions.size(), is(2));
        assertThat(versions.get(0).getBoolean("is_current"), is(false));
        assertThat(versions.get(1).getString("venue_name"), is("The Keystone Theater"));
      }
      if (d == 3) {
        assertThat("postal code corrected on day 4: three versions", versions.size(), is(3));
      }
      Map<String, Long> currentCount = new TreeMap<>();
      for (Row r : Lakes.rows(lake, GoldTables.DIM_VENUE)) {
        if (r.getBoolean("is_current")) {
          currentCount.merge(r.getString("venue_id"), 1L, Long::sum);
        }
      }
      assertThat(currentCount.values().stream().allMatch(c -> c == 1L), is(true));

      Map<String, Long> keys = new TreeMap<>();
      for (Row r : Lakes.rows(lake, GoldTables.FACT_EVENTS)) {
        keys.put(r.getString("event_id"), r.getInt64("event_sk"));
      }
      if (eventKeys != null) {
        for (Map.Entry<String, Long> e : eventKeys.entrySet()) {
          assertThat(
              "event_sk of " + e.getKey() + " is stable", keys.get(e.getKey()), is(e.getValue()));
        }
      }
      eventKeys = keys;
    }
  }
}
