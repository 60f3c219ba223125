package com.tixmaster.transforms.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.rules.TemporaryFolder;

/** A {@link FakeDiscoveryApi} on 127.0.0.1, a landing folder, and helpers to read what landed. */
public abstract class MockApiTestBase {
  static {
    // Debug level logs every request URL, so the leak checks see the most log text there is.
    System.setProperty("org.slf4j.simpleLogger.log.com.tixmaster.transforms.ingest", "debug");
  }

  static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
  static final Instant MAY = Instant.parse("2024-05-01T00:00:00Z");
  static final Instant JUNE = Instant.parse("2024-06-01T00:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  protected MockWebServer server;
  protected FakeDiscoveryApi api;
  protected Path landing;

  /** Backoff waits requested by the client; nothing really sleeps. */
  protected final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

  @Before
  public void startServer() throws IOException {
    api = new FakeDiscoveryApi();
    server = new MockWebServer();
    server.setDispatcher(api);
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    landing = tmp.newFolder("landing").toPath();
  }

  @After
  public void stopServer() throws IOException {
    server.shutdown();
  }

  /** Events of May 2024 only, fast permits, no real sleeping, fixed clock. */
  protected IngestConfig.Builder config() {
    return IngestConfig.builder()
        .apiBaseUrl(server.url("/discovery/v2/").toString())
        .apiKey(Secret.of(FakeDiscoveryApi.KEY))
        .startDate(LocalDate.of(2024, 5, 1))
        .endDate(LocalDate.of(2024, 5, 31))
        .entities(EnumSet.of(Entity.EVENTS))
        .requestsPerSecond(1000)
        .maxAttempts(3)
        .readTimeout(Duration.ofMillis(250))
        .progressInterval(Duration.ZERO)
        .landingRoot(landing)
        .runId("run-1")
        .clock(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  protected IngestSummary run(IngestConfig config) throws IOException {
    return new Ingestor(sleeps::add).run(config);
  }

  /** Landed page files: everything outside the '_' bookkeeping folders. */
  protected List<Path> landingFiles() throws IOException {
    try (Stream<Path> files = Files.walk(landing)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !landing.relativize(p).toString().startsWith("_"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** How many times each record id of {@code entity} was landed. */
  protected Map<String, Integer> landedIds(Entity entity) throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    for (Path file : landingFiles()) {
      if (!landing.relativize(file).startsWith(entity.apiName())) {
        continue;
      }
      for (JsonNode record : read(file).path("_embedded").path(entity.apiName())) {
        counts.merge(record.get("id").asText(), 1, Integer::sum);
      }
    }
    return counts;
  }

  protected static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code n} event times spread over May 2024, deterministic. */
  protected static List<Instant> spreadOverMay(int n) {
    long span = JUNE.getEpochSecond() - MAY.getEpochSecond();
    List<Instant> times = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      times.add(MAY.plusSeconds(span * i / n + (i * 7919L) % (span / n)));
    }
    return times;
  }
}
