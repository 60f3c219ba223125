package com.tixmaster.transforms.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.junit.Test;

public class IngestorTest extends MockApiTestBase {

  @Test
  public void landsEveryEventOfABusyMonthExactlyOnceBySplittingWindows() throws Exception {
    api.withEvents(spreadOverMay(2500));

    IngestSummary summary = run(config().build());

    Map<String, Integer> landed = landedIds(Entity.EVENTS);
    assertEquals(2500, landed.size());
    assertThat(landed.values(), everyItem(is(1)));
    assertEquals(2500L, summary.records(Entity.EVENTS));
    assertEquals(0, api.pagingErrors.get());
    assertThat(summary.windowsSplit(), greaterThanOrEqualTo(2));
    assertEquals(summary.pagesWritten(), landingFiles().size());
    assertTrue(summary.warnings().isEmpty());
    Pattern apiDate = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    for (HttpUrl url : api.requestsTo("events")) {
      assertEquals("id,asc", url.queryParameter("sort"));
      assertEquals("*", url.queryParameter("locale"));
      assertEquals("200", url.queryParameter("size"));
      if (url.queryParameter("includeTBA") == null && url.queryParameter("includeTBD") == null) {
        assertTrue(apiDate.matcher(url.queryParameter("startDateTime")).matches());
        assertTrue(apiDate.matcher(url.queryParameter("endDateTime")).matches());
      }
    }
  }

  @Test
  public void landsUndatedEventsThroughTheirOwnQueriesOnce() throws Exception {
    api.withEvents(spreadOverMay(50)).withUndatedEvents(7, 5);

    IngestSummary summary = run(config().build());

    Map<String, Integer> landed = landedIds(Entity.EVENTS);
    assertEquals(62, landed.size());
    assertThat(landed.values(), everyItem(is(1)));
    assertEquals(62L, summary.records(Entity.EVENTS));
    List<String> undated = new ArrayList<>();
    for (HttpUrl url : api.requestsTo("events")) {
      String tba = url.queryParameter("includeTBA");
      String tbd = url.queryParameter("includeTBD");
      if (tba != null || tbd != null) {
        assertNull("undated queries send no dates", url.queryParameter("startDateTime"));
        assertEquals("id,asc", url.queryParameter("sort"));
        undated.add("TBA=" + tba + " TBD=" + tbd);
      }
    }
    // never both at once: the API answers includeTBA=only&includeTBD=only with nothing
    assertEquals(List.of("TBA=only TBD=null", "TBA=null TBD=only"), undated);
    assertEquals(0, run(config().runId("run-2").build()).requests());
  }

  @Test
  public void landingFilesFollowTheContractLayoutAndHoldWholePages() throws Exception {
    api.withEvents(spreadOverMay(450));

    run(config().pageSize(200).build());

    List<String> names = new ArrayList<>();
    for (var file : landingFiles()) {
      names.add(landing.relativize(file).toString().replace('\\', '/'));
      var page = read(file);
      assertTrue(page.has("_embedded") && page.has("page") && page.has("_links"));
    }
    assertEquals(
        List.of(
            "events/2024/05/01/events_20240501_120000_00001.json",
            "events/2024/05/01/events_20240501_120000_00002.json",
            "events/2024/05/01/events_20240501_120000_00003.json"),
        names);
  }

  @Test
  public void eventOnAWindowBoundaryIsFetchedOnce() throws Exception {
    Instant middle = Instant.parse("2024-05-16T12:00:00Z"); // where May's window splits
    List<Instant> times = new ArrayList<>(spreadOverMay(1200));
    times.addAll(List.of(middle, MAY, JUNE.minusSeconds(1), JUNE));
    api.withEvents(times);

    IngestSummary summary = run(config().build());

    Map<String, Integer> landed = landedIds(Entity.EVENTS);
    assertEquals(Integer.valueOf(1), landed.get(api.eventId(1200)));
    assertEquals(Integer.valueOf(1), landed.get(api.eventId(1201)));
    assertEquals(Integer.valueOf(1), landed.get(api.eventId(1202)));
    assertFalse("June 1st is outside --endDate", landed.containsKey(api.eventId(1203)));
    assertEquals(1203, landed.size());
    assertThat(landed.values(), everyItem(is(1)));
    assertEquals(1, summary.windowsSplit());
    List<String> ends =
        api.requestsTo("events").stream().map(u -> u.queryParameter("endDateTime")).toList();
    assertThat(ends, hasItem("2024-05-16T11:59:59Z"));
  }

  @Test
  public void secondHoldingMoreThanTheCapYieldsTheFirstThousandAndAWarning() throws Exception {
    Instant busySecond = Instant.parse("2024-05-10T20:00:00Z");
    api.withEvents(Collections.nCopies(1100, busySecond)).withEvents(spreadOverMay(50));

    IngestSummary summary = run(config().build());

    assertEquals(0, api.pagingErrors.get());
    assertEquals(1050, landedIds(Entity.EVENTS).size());
    assertEquals(1, summary.warnings().size());
    assertThat(summary.warnings().get(0), containsString("matches 1100 records"));
    assertThat(summary.warnings().get(0), containsString("first 1000"));
  }

  @Test
  public void emptyWindowIsRecordedButNotLanded() throws Exception {
    IngestSummary summary = run(config().build());

    assertEquals(1, summary.windows());
    assertEquals(0, summary.pagesWritten());
    assertTrue(landingFiles().isEmpty());
    assertTrue(Files.exists(landing.resolve(summary.manifestFile())));
    assertEquals(0, run(config().runId("run-2").build()).requests());
  }

  @Test
  public void otherEntitiesArePagedUpToTheCapWithAWarning() throws Exception {
    api.withVenues(1300).withAttractions(25);

    IngestSummary summary =
        run(
            config()
                .countryCode("US")
                .entities(EnumSet.of(Entity.VENUES, Entity.ATTRACTIONS, Entity.CLASSIFICATIONS))
                .build());

    assertEquals(1000, landedIds(Entity.VENUES).size());
    assertEquals(25L, summary.records(Entity.ATTRACTIONS));
    assertEquals(6L, summary.records(Entity.CLASSIFICATIONS));
    assertEquals(0, api.pagingErrors.get());
    assertEquals(1, summary.warnings().size());
    assertThat(summary.warnings().get(0), startsWith("venues all: the query matches 1300"));
    for (HttpUrl url : api.requestsTo("venues")) {
      assertEquals("US", url.queryParameter("countryCode"));
      assertEquals("name,asc", url.queryParameter("sort"));
    }
    assertTrue(Files.isDirectory(landing.resolve("classifications/2024/05/01")));
  }

  @Test
  public void retriesRateLimitsServerErrorsAndTimeouts() throws Exception {
    api.withEvents(spreadOverMay(10));
    String inSevenSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(7).atZone(ZoneOffset.UTC));
    api.faults.add(FakeDiscoveryApi.spikeArrest("2"));
    api.faults.add(FakeDiscoveryApi.unavailable().setHeader("Retry-After", inSevenSeconds));
    api.faults.add(FakeDiscoveryApi.stalled());
    api.faults.add(FakeDiscoveryApi.unavailable());

    IngestSummary summary = run(config().maxAttempts(5).build());

    assertEquals(4, summary.retries());
    assertEquals("one windowed page, two undated ones, four retries", 7, summary.requests());
    assertEquals(10L, summary.records(Entity.EVENTS));
    assertEquals(Duration.ofSeconds(2), sleeps.get(0));
    assertEquals(Duration.ofSeconds(7), sleeps.get(1));
    assertThat(sleeps.get(2), lessThanOrEqualTo(Duration.ofSeconds(4))); // full jitter, 3rd failure
    assertThat(sleeps.get(3), lessThanOrEqualTo(Duration.ofSeconds(8)));
  }

  @Test
  public void givesUpAfterTheAttemptLimitWithAClearMessage() {
    api.faults.addAll(
        List.of(
            FakeDiscoveryApi.unavailable(),
            FakeDiscoveryApi.unavailable(),
            FakeDiscoveryApi.unavailable()));

    IngestException e = assertThrows(IngestException.class, () -> run(config().build()));

    assertThat(e.getMessage(), startsWith("GET /discovery/v2/events.json?"));
    assertThat(e.getMessage(), containsString("failed after 3 attempts; last error: HTTP 503"));
    assertThat(e.getMessage(), containsString("apikey=REDACTED"));
    assertEquals(3, api.requests.size());
    assertEquals(2, sleeps.size());
  }

  @Test
  public void timeoutsExhaustTheAttemptsToo() {
    api.faults.addAll(List.of(FakeDiscoveryApi.stalled(), FakeDiscoveryApi.stalled()));

    IngestException e =
        assertThrows(IngestException.class, () -> run(config().maxAttempts(2).build()));

    assertThat(e.getMessage(), containsString("failed after 2 attempts; last error: timed out"));
  }

  @Test
  public void aTruncatedOrHtml200IsRetriedNotLanded() throws Exception {
    api.withEvents(spreadOverMay(10));
    // A body cut short, and a gateway's HTML page with status 200: both transient.
    api.faults.add(FakeDiscoveryApi.json(200, "{\"_embedded\":{\"events\":[{\"id\":\"G5v"));
    api.faults.add(
        new okhttp3.mockwebserver.MockResponse()
            .setResponseCode(200)
            .setHeader("Content-Type", "text/html")
            .setBody("<html><body>upstream reset</body></html>"));

    IngestSummary summary = run(config().maxAttempts(5).build());

    assertEquals(2, summary.retries());
    assertEquals(10L, summary.records(Entity.EVENTS));
    assertEquals(10, landedIds(Entity.EVENTS).size());
    for (Path file : landingFiles()) {
      assertTrue(file + " is a real page", read(file).path("page").isObject());
    }
  }

  @Test
  public void aPersistentlyMalformed200GivesUpSayingWhy() {
    api.faults.addAll(
        List.of(FakeDiscoveryApi.json(200, "not json"), FakeDiscoveryApi.json(200, "{}")));

    IngestException e =
        assertThrows(IngestException.class, () -> run(config().maxAttempts(2).build()));

    assertThat(e.getMessage(), containsString("failed after 2 attempts; last error: HTTP 200 but"));
    assertThat(e.getMessage(), containsString("response has no page object"));
    assertThat(e.getMessage(), containsString("apikey=REDACTED"));
  }

  @Test
  public void rejectedKeyStopsAtOnce() {
    IngestConfig config = config().apiKey(Secret.of("WRONGKEY0000000000000000")).build();

    InvalidApiKeyException e = assertThrows(InvalidApiKeyException.class, () -> run(config));

    assertThat(e.getMessage(), startsWith("TICKETMASTER_API_KEY was rejected by the API (401)"));
    assertThat(e.getMessage(), containsString("oauth.v2.InvalidApiKey"));
    assertEquals(1, api.requests.size());
    assertTrue(sleeps.isEmpty());
  }

  @Test
  public void badRequestIsNotRetriedAndCarriesItsCode() {
    api.faults.add(FakeDiscoveryApi.json(400, FakeDiscoveryApi.resource("error-400-dis1035.json")));

    ApiErrorException e = assertThrows(ApiErrorException.class, () -> run(config().build()));

    assertEquals(400, e.status());
    assertEquals("DIS1035", e.code().orElseThrow());
    assertThat(e.getMessage(), containsString("HTTP 400 DIS1035: API Limits Exceeded"));
    assertEquals(1, api.requests.size());
  }

  @Test
  public void notFoundIsNotRetried() {
    api.faults.add(
        FakeDiscoveryApi.json(404, FakeDiscoveryApi.resource("error-404-not-found.json")));

    ApiErrorException e = assertThrows(ApiErrorException.class, () -> run(config().build()));

    assertEquals("DIS1004", e.code().orElseThrow());
    assertEquals(1, api.requests.size());
  }

  @Test
  public void sameDayRunResumesWithoutRefetching() throws Exception {
    api.withEvents(spreadOverMay(1100)).withVenues(30);
    IngestConfig config = config().entities(EnumSet.allOf(Entity.class)).build();
    IngestSummary first = run(config);
    int files = landingFiles().size();

    IngestSummary second = run(config.toBuilder().runId("run-2").build());

    assertEquals(0, second.requests());
    assertEquals(0, second.pagesWritten());
    assertEquals(
        "every page, the empty attractions and undated ones too",
        first.pagesWritten() + 3,
        second.pagesResumed());
    assertEquals(first.requests(), api.requests.size());
    assertEquals(files, landingFiles().size());
  }

  @Test
  public void laterDayRunFetchesAgain() throws Exception {
    api.withEvents(spreadOverMay(1100));
    IngestSummary first = run(config().build());

    IngestSummary nextDay =
        run(
            config()
                .runId("run-2")
                .clock(Clock.fixed(NOW.plus(Duration.ofDays(1)), ZoneOffset.UTC))
                .build());

    assertEquals(first.requests(), nextDay.requests());
    assertEquals(first.pagesWritten(), nextDay.pagesWritten());
    assertEquals("_ingest/manifest-20240502.json", nextDay.manifestFile());
    assertTrue(Files.isDirectory(landing.resolve("events/2024/05/02")));
    assertThat(landedIds(Entity.EVENTS).values(), everyItem(is(2)));
  }

  @Test
  public void stoppedRunIsCompletedByTheNextOneExactlyOnce() throws Exception {
    api.withEvents(spreadOverMay(2500));

    IngestSummary first = run(config().maxRequests(6).build());
    IngestSummary second = run(config().runId("run-2").build());

    assertThat(first.stoppedEarlyReason().orElseThrow(), containsString("--maxRequests=6 reached"));
    assertEquals(6, first.requests());
    assertFalse(second.stoppedEarly());
    Map<String, Integer> landed = landedIds(Entity.EVENTS);
    assertEquals(2500, landed.size());
    assertThat(landed.values(), everyItem(is(1)));
    assertThat(second.pagesResumed(), greaterThan(0));
  }

  @Test
  public void stopsCleanlyBeforeTheDailyQuotaRunsOut() throws Exception {
    api.withEvents(spreadOverMay(2500));
    api.quotaAvailable.set(54);

    IngestSummary summary = run(config().quotaReserve(50).build());

    assertEquals(4, summary.requests());
    String reason = summary.stoppedEarlyReason().orElseThrow();
    assertThat(
        reason, containsString("daily quota is nearly used: 50 calls left, 50 kept in reserve"));
    assertThat(reason, containsString("resets at 2024-05-02T06:12:34.290Z"));
  }

  @Test
  public void quotaViolationStopsCleanlyWhenRetryAfterIsTooLong() throws Exception {
    api.faults.add(FakeDiscoveryApi.quotaViolation("3600"));

    IngestSummary summary = run(config().build());

    assertEquals(1, summary.requests());
    assertThat(
        summary.stoppedEarlyReason().orElseThrow(),
        containsString("policies.ratelimit.QuotaViolation"));
    assertTrue(sleeps.isEmpty());
  }

  @Test
  public void requestRateNeverExceedsTheCapAtTheServer() throws Exception {
    api.withEvents(spreadOverMay(600));
    int cap = 20;

    IngestSummary summary = run(config().pageSize(20).requestsPerSecond(cap).build());

    assertEquals("30 windowed pages and two undated ones", 32, summary.requests());
    List<Long> arrivals = new ArrayList<>(api.arrivals);
    Collections.sort(arrivals);
    for (int i = 0; i < arrivals.size(); i++) {
      int inWindow = 0;
      for (int j = i;
          j < arrivals.size() && arrivals.get(j) - arrivals.get(i) < 1_000_000_000L;
          j++) {
        inWindow++;
      }
      assertThat("requests within 1 s from arrival " + i, inWindow, lessThanOrEqualTo(cap));
    }
    assertThat(summary.duration(), lessThan(Duration.ofSeconds(5)));
  }
}
