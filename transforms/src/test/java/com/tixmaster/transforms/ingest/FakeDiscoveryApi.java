package com.tixmaster.transforms.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A stand-in for the Discovery API search endpoints over a synthetic catalogue. It behaves like the
 * real one where ingestion depends on it: inclusive {@code startDateTime}/{@code endDateTime} in
 * the strict {@code YYYY-MM-DDTHH:mm:ssZ} form (else 400 DIS1015), {@code sort=id,asc}, 400 DIS1035
 * when page * size reaches 1,000, 400 DIS1036 above size 200, an empty page without {@code
 * _embedded}, {@code _links} echoing the query with the key, HAL content type, quota headers, and
 * 401 for a wrong key. Undated (TBA/TBD) events are served only to {@code includeTBA}/{@code
 * includeTBD} {@code =only} (or {@code =yes} without dates), and {@code
 * includeTBA=only&includeTBD=only} together match nothing, as probed. Faults queued in {@link
 * #faults} are served first, one per request.
 */
public final class FakeDiscoveryApi extends Dispatcher {
  public static final String KEY = "TESTKEY1234567890abcdefXYZ";
  static final String HAL_JSON = "application/hal+json;charset=utf-8";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern API_DATE_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
  private static final String[] SEGMENTS = {
    "KZFzniwnSyZfZ7v7na",
    "KZFzniwnSyZfZ7v7nn",
    "KZFzniwnSyZfZ7v7n1",
    "KZFzniwnSyZfZ7v7nJ",
    "KZFzniwnSyZfZ7v7nE",
    "KZFzniwnSyZfZ7v7nl"
  };

  public final Deque<MockResponse> faults = new ConcurrentLinkedDeque<>();
  final AtomicLong quotaAvailable = new AtomicLong(5000);
  volatile Instant quotaReset = Instant.parse("2024-05-02T06:12:34.290Z");

  /** System.nanoTime() of each request's arrival. */
  final List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());

  public final List<HttpUrl> requests = Collections.synchronizedList(new ArrayList<>());
  final AtomicInteger pagingErrors = new AtomicInteger();

  private final List<ObjectNode> events = new ArrayList<>();

  /** Per event: null when dated, else "tba" or "tbd". */
  private final List<String> undated = new ArrayList<>();

  private final List<Instant> eventTimes = new ArrayList<>();
  private final List<ObjectNode> venues = new ArrayList<>();
  private final List<ObjectNode> attractions = new ArrayList<>();
  private final List<ObjectNode> classifications = new ArrayList<>();

  public FakeDiscoveryApi() {
    for (String segment : SEGMENTS) {
      ObjectNode c = template("classification.json");
      ObjectNode s = (ObjectNode) c.get("segment");
      s.put("id", segment).put("primaryId", segment).put("name", "Segment " + segment);
      classifications.add(c);
    }
  }

  /** Adds events starting at the given times; ids are shuffled against time, as in real data. */
  public FakeDiscoveryApi withEvents(List<Instant> times) {
    List<Integer> idNumbers = new ArrayList<>();
    for (int i = 0; i < times.size(); i++) {
      idNumbers.add(events.size() + i);
    }
    Collections.shuffle(idNumbers, new Random(times.size()));
    for (int i = 0; i < times.size(); i++) {
      Instant t = times.get(i);
      String id = String.format("vvG1Z%07d", idNumbers.get(i));
      ObjectNode e = template("event.json");
      e.put("id", id)
          .put("name", "Synthetic Show " + id)
          .put("url", "https://www.ticketmaster.com/event/" + id);
      ObjectNode start = (ObjectNode) e.get("dates").get("start");
      start
          .put("dateTime", t.toString())
          .put("localDate", t.atZone(ZoneOffset.UTC).toLocalDate().toString())
          .put("localTime", t.atZone(ZoneOffset.UTC).toLocalTime().toString());
      ((ObjectNode) e.get("_links").get("self"))
          .put("href", "/discovery/v2/events/" + id + "?locale=en-us");
      events.add(e);
      eventTimes.add(t);
      undated.add(null);
    }
    return this;
  }

  public FakeDiscoveryApi withVenues(int n) {
    for (int i = 0; i < n; i++) {
      venues.add(named(template("venue.json"), String.format("KovZ%06d", i), "Venue " + i));
    }
    return this;
  }

  public FakeDiscoveryApi withAttractions(int n) {
    for (int i = 0; i < n; i++) {
      attractions.add(named(template("attraction.json"), String.format("K8vZ%06d", i), "Act " + i));
    }
    return this;
  }

  /**
   * Adds {@code tba} events whose date is to be announced and {@code tbd} whose date is to be
   * defined: no {@code dateTime} or {@code localDate}, as the API serves them.
   */
  public FakeDiscoveryApi withUndatedEvents(int tba, int tbd) {
    for (int i = 0; i < tba + tbd; i++) {
      boolean isTba = i < tba;
      String id = String.format("vvG1U%07d", events.size());
      ObjectNode e = template("event.json");
      e.put("id", id).put("name", "Undated Show " + id);
      ObjectNode start = ((ObjectNode) e.get("dates")).putObject("start");
      start
          .put("dateTBD", !isTba)
          .put("dateTBA", isTba)
          .put("timeTBA", true)
          .put("noSpecificTime", false);
      events.add(e);
      eventTimes.add(null);
      undated.add(isTba ? "tba" : "tbd");
    }
    return this;
  }

  /** The id of the event at index {@code i} of the times given to {@link #withEvents}. */
  public String eventId(int i) {
    return events.get(i).get("id").asText();
  }

  public List<HttpUrl> requestsTo(String entity) {
    synchronized (requests) {
      return requests.stream()
          .filter(u -> u.encodedPath().endsWith("/" + entity + ".json"))
          .collect(Collectors.toList());
    }
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    arrivals.add(System.nanoTime());
    HttpUrl url = request.getRequestUrl();
    requests.add(url);
    if (!KEY.equals(url.queryParameter("apikey"))) {
      return json(401, resource("fault-401-invalid-key.json"));
    }
    MockResponse fault = faults.poll();
    if (fault != null) {
      return fault;
    }
    quotaAvailable.decrementAndGet();
    String entity = url.pathSegments().get(url.pathSize() - 1).replace(".json", "");
    int size = intParam(url, "size", 20);
    int page = intParam(url, "page", 0);
    if (size > 200) {
      return json(400, resource("error-400-dis1036.json"));
    }
    if ((long) page * size >= 1000) {
      pagingErrors.incrementAndGet();
      return json(400, resource("error-400-dis1035.json"));
    }
    List<ObjectNode> matches;
    switch (entity) {
      case "events" -> {
        String start = url.queryParameter("startDateTime");
        String end = url.queryParameter("endDateTime");
        if (!validDate(start) || !validDate(end)) {
          return json(400, resource("error-400-dis1015.json"));
        }
        matches =
            matchingEvents(
                start == null ? Instant.MIN : Instant.parse(start),
                end == null ? Instant.MAX : Instant.parse(end),
                start != null || end != null,
                param(url, "includeTBA", "no"),
                param(url, "includeTBD", "no"));
      }
      case "venues" -> matches = venues;
      case "attractions" -> matches = attractions;
      case "classifications" -> matches = classifications;
      default -> {
        return json(404, resource("error-404-not-found.json"));
      }
    }
    return withQuotaHeaders(json(200, page(url, entity, matches, page, size)));
  }

  private List<ObjectNode> matchingEvents(
      Instant start, Instant endInclusive, boolean dated, String includeTba, String includeTbd) {
    List<ObjectNode> out = new ArrayList<>();
    boolean onlyTba = includeTba.equals("only");
    boolean onlyTbd = includeTbd.equals("only");
    for (int i = 0; i < events.size(); i++) {
      Instant t = eventTimes.get(i);
      String kind = undated.get(i);
      boolean match;
      if (onlyTba || onlyTbd) {
        match = !(onlyTba && onlyTbd) && !dated && (onlyTba ? "tba" : "tbd").equals(kind);
      } else if (kind != null) {
        match = !dated && (kind.equals("tba") ? includeTba : includeTbd).equals("yes");
      } else {
        match = !t.isBefore(start) && !t.isAfter(endInclusive);
      }
      if (match) {
        out.add(events.get(i));
      }
    }
    out.sort(Comparator.comparing(e -> e.get("id").asText()));
    return out;
  }

  private static String param(HttpUrl url, String name, String fallback) {
    String v = url.queryParameter(name);
    return v == null ? fallback : v;
  }

  private String page(HttpUrl url, String entity, List<ObjectNode> matches, int page, int size) {
    int total = matches.size();
    int totalPages = (total + size - 1) / size;
    ObjectNode root = JSON.createObjectNode();
    List<ObjectNode> slice =
        matches.subList(Math.min(total, page * size), Math.min(total, (page + 1) * size));
    if (!slice.isEmpty()) {
      ArrayNode records = root.putObject("_embedded").putArray(entity);
      slice.forEach(records::add);
    }
    ObjectNode links = root.putObject("_links");
    links.putObject("first").put("href", link(url, 0));
    if (page > 0) {
      links.putObject("prev").put("href", link(url, page - 1));
    }
    links.putObject("self").put("href", url.encodedPath() + "?" + url.encodedQuery());
    if (page + 1 < totalPages) {
      links.putObject("next").put("href", link(url, page + 1));
    }
    links.putObject("last").put("href", link(url, Math.max(0, totalPages - 1)));
    root.putObject("page")
        .put("size", size)
        .put("totalElements", total)
        .put("totalPages", totalPages)
        .put("number", page);
    return root.toString();
  }

  /** Like the real API, links keep every query parameter, the key included. */
  private static String link(HttpUrl url, int page) {
    HttpUrl linked = url.newBuilder().setQueryParameter("page", Integer.toString(page)).build();
    return linked.encodedPath() + "?" + linked.encodedQuery();
  }

  private MockResponse withQuotaHeaders(MockResponse response) {
    return response
        .setHeader("Rate-Limit", "5000")
        .setHeader("Rate-Limit-Available", Long.toString(quotaAvailable.get()))
        .setHeader("Rate-Limit-Over", "0")
        .setHeader("Rate-Limit-Reset", Long.toString(quotaReset.toEpochMilli()));
  }

  public static MockResponse json(int status, String body) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", HAL_JSON)
        .setBody(body);
  }

  public static MockResponse spikeArrest(String retryAfter) {
    return json(429, resource("fault-429-spike-arrest.json")).setHeader("Retry-After", retryAfter);
  }

  /** The real quota fault echoes the key in its faultstring. */
  public static MockResponse quotaViolation(String retryAfter) {
    return json(429, resource("fault-429-quota.json").replace("{apikey}", KEY))
        .setHeader("Retry-After", retryAfter);
  }

  public static MockResponse unavailable() {
    return new MockResponse()
        .setResponseCode(503)
        .setHeader("Content-Type", "text/html")
        .setBody(resource("error-503.html"));
  }

  public static MockResponse stalled() {
    return json(200, "{}").setHeadersDelay(600, TimeUnit.MILLISECONDS);
  }

  static String resource(String name) {
    try (InputStream in = FakeDiscoveryApi.class.getResourceAsStream("/ingest/" + name)) {
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode template(String name) {
    try {
      return (ObjectNode) JSON.readTree(resource(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode named(ObjectNode record, String id, String name) {
    record.put("id", id).put("name", name);
    ((ObjectNode) record.get("_links").get("self"))
        .put("href", "/discovery/v2/" + record.get("type").asText() + "s/" + id + "?locale=en-us");
    return record;
  }

  private static boolean validDate(String value) {
    return value == null || API_DATE_TIME.matcher(value).matches();
  }

  private static int intParam(HttpUrl url, String name, int fallback) {
    String v = url.queryParameter(name);
    return v == null ? fallback : Integer.parseInt(v);
  }
}
