package com.tixmaster.pipeline.stages;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import com.tixmaster.pipeline.TixMasterRun;
import com.tixmaster.pipeline.config.ApiKey;
import com.tixmaster.pipeline.lake.ParquetLake;
import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.transforms.ingest.FakeDiscoveryApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import org.apache.beam.sdk.values.Row;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Ingestion through the entry point against a local stand-in of the API that also sends 429s and
 * 503s: a month holding more events than the paging cap lands completely, bronze reads every event
 * once, a same-day re-run fetches nothing again, and the key never reaches a file or the output.
 */
public class IngestStageTest {
  private static final int EVENTS = 2_500;

  @Rule public TemporaryFolder tmp = new TemporaryFolder();
  private MockWebServer server;
  private FakeDiscoveryApi api;

  @Before
  public void startApi() throws IOException {
    List<Instant> times = new ArrayList<>();
    Instant start = Instant.parse("2026-12-01T00:00:00Z");
    for (int i = 0; i < EVENTS; i++) {
      times.add(start.plusSeconds(i * 1031L)); // spread over December
    }
    api = new FakeDiscoveryApi().withEvents(times).withVenues(30).withAttractions(40);
    api.faults.add(FakeDiscoveryApi.spikeArrest("1"));
    api.faults.add(FakeDiscoveryApi.unavailable());
    server = new MockWebServer();
    server.setDispatcher(api);
    server.start(java.net.InetAddress.getLoopbackAddress(), 0);
  }

  @After
  public void stopApi() throws IOException {
    server.shutdown();
  }

  private TixMasterRun run(Path landing, Path lake, String stages) {
    return TixMasterRun.withEnv(
        Map.of(ApiKey.ENV, FakeDiscoveryApi.KEY),
        "--stages=" + stages,
        "--landing=" + landing,
        "--lakehouse=" + lake,
        "--apiBaseUrl=" + server.url("/discovery/v2/"),
        "--startDate=2026-12-01",
        "--endDate=2026-12-31",
        "--requestsPerSecond=40");
  }

  @Test
  public void landsEveryEventThroughWindowSplittingAndLeaksNoKey() throws IOException {
    Path landing = tmp.newFolder("landing").toPath();
    Path lake = tmp.getRoot().toPath().resolve("lake");

    TixMasterRun first = run(landing, lake, "ingest,bronze");
    assertThat(first.toString(), first.status, is(0));
    assertThat(first.out, containsString("ingest"));

    Set<String> ids = new HashSet<>();
    long rows = 0;
    for (Row row :
        new ParquetLake(lake, lake.resolve("_staging")).readRows(BronzeTables.EVENTS_RAW)) {
      ids.add(row.getString("record_id"));
      rows++;
    }
    assertThat(ids.size(), is(EVENTS));
    assertThat("each event once", rows, is((long) EVENTS));

    int requestsBefore = api.requests.size();
    TixMasterRun again = run(landing, lake, "ingest,bronze");
    assertThat(again.toString(), again.status, is(0));
    assertThat(
        "a same-day re-run fetches nothing again",
        api.requests.size() - requestsBefore,
        lessThanOrEqualTo(1));
    assertThat(again.out, containsString("no new landing files"));

    assertNoKey(first.out + first.err + again.out + again.err, "the run's output");
    for (Path root : List.of(landing, lake)) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          assertNoKey(
              new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1),
              file.toString());
        }
      }
    }
  }

  @Test
  public void invalidKeyStopsWithAClearMessage() throws IOException {
    Path landing = tmp.newFolder("landing").toPath();
    TixMasterRun run =
        TixMasterRun.withEnv(
            Map.of(ApiKey.ENV, "WRONG-KEY-0000"),
            "--stages=ingest",
            "--landing=" + landing,
            "--lakehouse=" + tmp.getRoot().toPath().resolve("lake"),
            "--apiBaseUrl=" + server.url("/discovery/v2/"),
            "--startDate=2026-12-01",
            "--endDate=2026-12-02");
    // A run failure (exit 1), not a configuration error (exit 2 promises nothing was written):
    // the failed ingest is in etl_log.
    assertThat(run.toString(), run.status, is(1));
    assertThat(
        run.out + run.err, containsString("TICKETMASTER_API_KEY was rejected by the API (401)"));
    assertThat(run.err.contains("WRONG-KEY-0000") || run.out.contains("WRONG-KEY-0000"), is(false));
  }

  @Test
  public void missingKeyIsAConfigurationError() throws IOException {
    TixMasterRun run =
        TixMasterRun.of(
            "--stages=ingest",
            "--landing=" + tmp.newFolder().toPath(),
            "--lakehouse=" + tmp.getRoot().toPath().resolve("lake"));
    assertThat(run.status, is(2));
    assertThat(run.err, containsString("bad configuration: TICKETMASTER_API_KEY: not set"));
  }

  private static void assertNoKey(String text, String where) {
    assertThat("key leaked into " + where, text.contains(FakeDiscoveryApi.KEY), is(false));
  }
}
