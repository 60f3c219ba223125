package com.tixmaster.pipeline.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.tixmaster.pipeline.TixMasterRun;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.silver.SilverTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.beam.sdk.values.Row;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Write-audit-publish: a blocking audit failure leaves every gold table byte-for-byte as it was and
 * exits 3, while silver keeps the run's data; a failure below the threshold publishes and is
 * recorded.
 */
public class WriteAuditPublishTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  private static final String NEW_EVENT =
      "{\"_embedded\":{\"events\":[{\"id\":\"WAPTEST0001\",\"name\":\"Late"
          + " Addition\",\"type\":\"event\","
          + "\"dates\":{\"start\":{\"localDate\":\"2027-01-15\",\"localTime\":\"20:00:00\"},"
          + "\"timezone\":\"Europe/London\",\"status\":{\"code\":\"onsale\"}}}]},"
          + "\"page\":{\"size\":20,\"totalElements\":1,\"totalPages\":1,\"number\":0}}";

  @Test
  public void blockingFailureKeepsGoldAndExits3ThenALowerBarPublishes() throws Exception {
    Path landing = tmp.newFolder("landing").toPath();
    Lakes.landDays(landing, "2026/11/20", "2026/11/21");
    Path lake = tmp.getRoot().toPath().resolve("lake");
    TixMasterRun first =
        TixMasterRun.of(
            "--landing=" + landing, "--lakehouse=" + lake, "--asOf=2026-11-21T12:00:00Z");
    assertThat(first.toString(), first.status, is(0));
    List<String> goldBefore = Lakes.bytesOf(lake.resolve("gold/fact_events"));
    goldBefore.addAll(Lakes.bytesOf(lake.resolve("gold/dim_venue")));
    goldBefore.addAll(Lakes.bytesOf(lake.resolve("gold/event_documents")));

    Path file = landing.resolve("events/2026/11/24/events_20261124_060000.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, NEW_EVENT);
    // Months later the data is stale: freshness (MEDIUM) fails, and MEDIUM blocks.
    TixMasterRun blocked =
        TixMasterRun.of(
            "--landing=" + landing,
            "--lakehouse=" + lake,
            "--asOf=2027-06-01T00:00:00Z",
            "--failOnSeverity=MEDIUM",
            "--runId=blocked");
    assertThat(blocked.toString(), blocked.status, is(3));
    assertThat(blocked.out, containsString("BLOCKING silver_freshness (MEDIUM)"));

    List<String> goldAfter = Lakes.bytesOf(lake.resolve("gold/fact_events"));
    goldAfter.addAll(Lakes.bytesOf(lake.resolve("gold/dim_venue")));
    goldAfter.addAll(Lakes.bytesOf(lake.resolve("gold/event_documents")));
    assertThat("gold is byte-for-byte unchanged", goldAfter, is(goldBefore));
    assertThat(ids(lake), hasItem("WAPTEST0001"));
    assertThat(factIds(lake), not(hasItem("WAPTEST0001")));
    assertThat(statusOf(lake, "blocked", "silver_freshness"), is("FAILED"));
    assertThat(Files.exists(lake.resolve("_staging/blocked")), is(false));

    TixMasterRun published =
        TixMasterRun.of(
            "--landing=" + landing,
            "--lakehouse=" + lake,
            "--asOf=2027-06-01T00:00:00Z",
            "--failOnSeverity=HIGH",
            "--runId=published");
    assertThat(published.toString(), published.status, is(0));
    assertThat(factIds(lake), hasItem("WAPTEST0001"));
    assertThat(statusOf(lake, "published", "silver_freshness"), is("FAILED"));
  }

  private static List<String> ids(Path lake) throws Exception {
    return Lakes.rows(lake, SilverTables.EVENTS).stream()
        .map(r -> r.getString("event_id"))
        .collect(Collectors.toList());
  }

  private static List<String> factIds(Path lake) throws Exception {
    return Lakes.rows(lake, GoldTables.FACT_EVENTS).stream()
        .map(r -> r.getString("event_id"))
        .collect(Collectors.toList());
  }

  private static String statusOf(Path lake, String runId, String check) throws Exception {
    for (Row r : Lakes.rows(lake, GoldTables.DATA_QUALITY_RESULTS)) {
      if (r.getString("run_id").equals(runId) && r.getString("check_name").equals(check)) {
        return r.getString("status");
      }
    }
    return "missing";
  }
}
