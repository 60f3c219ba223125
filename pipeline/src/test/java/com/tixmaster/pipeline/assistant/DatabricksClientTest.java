package com.tixmaster.pipeline.assistant;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The Databricks REST calls against a MockWebServer on 127.0.0.1: request shapes (Vector Search
 * query, chat completion), and error handling: 401, 404, 429 and 5xx with backoff, timeouts, and a
 * token that never shows in a message.
 */
public class DatabricksClientTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INDEX = "ticket_master.gold.event_documents_index";

  private MockWebServer server;
  private final List<Long> sleeps = new ArrayList<>();

  @Before
  public void start() throws Exception {
    server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @After
  public void stop() throws Exception {
    server.shutdown();
  }

  private DatabricksClient client(Duration timeout, int attempts) {
    return new DatabricksClient(
        server.url("/").toString(),
        MockDatabricks.TOKEN,
        timeout,
        new DatabricksClient.RetryPolicy(attempts, 1_000, 20_000),
        sleeps::add);
  }

  private DatabricksClient client() {
    return client(Duration.ofSeconds(5), 4);
  }

  private static Question question(String text, Vocabulary v) {
    return new QuestionParser(v, TestDocs.AS_OF).parse(text);
  }

  @Test
  public void vectorSearchQueryShapeAndFiltersJson() throws Exception {
    List<EventDoc> docs = TestDocs.catalogue();
    Vocabulary v = Vocabulary.of(docs);
    EventDoc london = docs.get(0); // L-BLUES, 2026-12-05, GBP 15
    EventDoc sutton = docs.get(1); // S-BLUES: outside the filter, must not come back
    server.enqueue(MockDatabricks.queryResponse(List.of(sutton, london)));

    VectorSearchRetriever retriever =
        new VectorSearchRetriever(client(), "tix-vs", INDEX, v, "hybrid");
    Retrieval r = retriever.retrieve(question("blues in London in December under £20", v), 5);

    RecordedRequest req = server.takeRequest();
    assertEquals("POST", req.getMethod());
    assertEquals("/api/2.0/vector-search/indexes/" + INDEX + "/query", req.getPath());
    assertEquals("Bearer " + MockDatabricks.TOKEN, req.getHeader("Authorization"));
    JsonNode body = JSON.readTree(req.getBody().readUtf8());
    assertEquals("blues in London in December under £20", body.get("query_text").asText());
    assertEquals(25, body.get("num_results").asInt());
    assertEquals("HYBRID", body.get("query_type").asText());
    List<String> columns = new ArrayList<>();
    body.get("columns").forEach(c -> columns.add(c.asText()));
    assertEquals(EventDoc.COLUMNS, columns);
    JsonNode filters = JSON.readTree(body.get("filters_json").asText());
    assertEquals("[\"London\"]", filters.get("city").toString());
    assertEquals("[\"Blues\"]", filters.get("subgenre_name").toString());
    assertEquals("2026-12-01", filters.get("event_date >=").asText());
    assertEquals("2026-12-31", filters.get("event_date <=").asText());
    assertEquals(20.0, filters.get("price_min <").asDouble(), 0);
    assertEquals("[\"GBP\"]", filters.get("price_currency").toString());

    assertEquals(List.of("L-BLUES"), r.events().stream().map(EventDoc::eventId).toList());
    assertEquals("similarity", r.rankedBy());
  }

  @Test
  public void withoutFiltersOnlyUpcomingEventsAreAskedFor() throws Exception {
    Vocabulary v = Vocabulary.of(TestDocs.catalogue());
    JsonNode f = VectorSearchRetriever.filtersJson(question("something fun", v), v);
    assertEquals("{\"event_date >=\":\"2026-11-20\"}", f.toString());
    // "the UK" selects the whole country; "over $50" every dollar currency
    f = VectorSearchRetriever.filtersJson(question("theatre in the UK over $50", v), v);
    assertEquals("[\"Great Britain\"]", f.get("country").toString());
    assertEquals("[\"Arts & Theatre\"]", f.get("segment_name").toString());
    assertEquals(50.0, f.get("price_min >").asDouble(), 0);
    assertEquals(5, f.get("price_currency").size());
  }

  @Test
  public void chatCompletionShape() throws Exception {
    List<EventDoc> docs = TestDocs.catalogue();
    Vocabulary v = Vocabulary.of(docs);
    server.enqueue(
        MockDatabricks.chatResponse("Delta Nights plays London on 5 December [L-BLUES]."));
    LlmAnswerer llm = new LlmAnswerer(client(), "my-llm");
    String answer = llm.answer(question("blues in London", v), List.of(docs.get(0)));
    assertEquals("Delta Nights plays London on 5 December [L-BLUES].", answer);

    RecordedRequest req = server.takeRequest();
    assertEquals("/serving-endpoints/my-llm/invocations", req.getPath());
    assertEquals("Bearer " + MockDatabricks.TOKEN, req.getHeader("Authorization"));
    JsonNode body = JSON.readTree(req.getBody().readUtf8());
    JsonNode messages = body.get("messages");
    assertEquals("system", messages.get(0).get("role").asText());
    assertEquals(LlmAnswerer.INSTRUCTION, messages.get(0).get("content").asText());
    assertThat(LlmAnswerer.INSTRUCTION, containsString("only"));
    assertThat(LlmAnswerer.INSTRUCTION, containsString("Cite every event"));
    assertThat(LlmAnswerer.INSTRUCTION, containsString("cannot answer"));
    assertEquals("user", messages.get(1).get("role").asText());
    String user = messages.get(1).get("content").asText();
    assertThat(user, containsString("[L-BLUES] " + docs.get(0).eventText()));
    assertThat(user, containsString("Question: blues in London"));
    assertEquals(0.0, body.get("temperature").asDouble(), 0);
    assertEquals(Set.of(), LlmAnswerer.strayCitations(answer, List.of(docs.get(0))));
    assertEquals(
        Set.of("MADE-UP"), LlmAnswerer.strayCitations("see [MADE-UP]", List.of(docs.get(0))));
  }

  @Test
  public void unauthorizedFailsAtOnceAndNeverShowsTheToken() throws Exception {
    server.enqueue(
        MockDatabricks.json(
            401,
            "{\"error_code\":\"UNAUTHENTICATED\",\"message\":\"Invalid access token "
                + MockDatabricks.TOKEN
                + "\"}"));
    try {
      client()
          .post(
              List.of("api", "2.0", "vector-search", "indexes", INDEX, "query"),
              JSON.createObjectNode());
      fail("expected a 401");
    } catch (DatabricksClient.DatabricksException e) {
      assertEquals(401, e.status());
      assertThat(e.getMessage(), containsString("HTTP 401"));
      assertThat(e.getMessage(), containsString("DATABRICKS_TOKEN"));
      assertThat(e.getMessage(), containsString("UNAUTHENTICATED"));
      assertThat(e.getMessage(), not(containsString(MockDatabricks.TOKEN)));
      assertThat(e.getMessage(), containsString("[REDACTED]"));
    }
    assertEquals(1, server.getRequestCount());
    assertTrue(sleeps.isEmpty());
  }

  @Test
  public void tooManyRequestsIsRetriedHonouringRetryAfterThenBackingOff() throws Exception {
    server.enqueue(
        MockDatabricks.json(
                429, "{\"error_code\":\"REQUEST_LIMIT_EXCEEDED\",\"message\":\"slow down\"}")
            .setHeader("Retry-After", "3"));
    server.enqueue(MockDatabricks.json(503, "{\"message\":\"busy\"}"));
    server.enqueue(MockDatabricks.json(200, "{\"ok\":true}"));
    JsonNode n =
        client()
            .post(List.of("serving-endpoints", "my-llm", "invocations"), JSON.createObjectNode());
    assertTrue(n.get("ok").asBoolean());
    assertEquals(3, server.getRequestCount());
    assertThat(sleeps, contains(3_000L, 2_000L));
  }

  @Test
  public void givesUpAfterTheLastAttempt() throws Exception {
    for (int i = 0; i < 4; i++) {
      server.enqueue(MockDatabricks.json(503, "{\"message\":\"temporarily unavailable\"}"));
    }
    try {
      client().post(List.of("serving-endpoints", "my-llm", "invocations"), JSON.createObjectNode());
      fail("expected a failure");
    } catch (DatabricksClient.DatabricksException e) {
      assertEquals(503, e.status());
      assertThat(e.getMessage(), containsString("gave up after 4 attempts"));
      assertThat(e.getMessage(), containsString("temporarily unavailable"));
    }
    assertEquals(4, server.getRequestCount());
    assertThat(sleeps, contains(1_000L, 2_000L, 4_000L));
  }

  @Test
  public void timeoutsAreRetriedThenReported() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    long start = System.nanoTime();
    try {
      client(Duration.ofMillis(300), 2)
          .post(
              List.of("api", "2.0", "vector-search", "indexes", INDEX, "query"),
              JSON.createObjectNode());
      fail("expected a timeout");
    } catch (DatabricksClient.DatabricksException e) {
      assertEquals(0, e.status());
      assertThat(e.getMessage(), containsString("timed out"));
      assertThat(e.getMessage(), containsString("gave up after 2 attempts"));
    }
    assertEquals(2, server.getRequestCount());
    assertEquals(1, sleeps.size());
    assertTrue("took too long", System.nanoTime() - start < 10_000_000_000L);
  }

  @Test
  public void aMissingIndexSaysHowToCreateIt() throws Exception {
    server.enqueue(
        MockDatabricks.json(
            404, "{\"error_code\":\"RESOURCE_DOES_NOT_EXIST\",\"message\":\"Index not found\"}"));
    Vocabulary v = Vocabulary.of(TestDocs.catalogue());
    try {
      new VectorSearchRetriever(client(), "tix-vs", INDEX, v, "ann")
          .retrieve(question("blues", v), 5);
      fail("expected a 404");
    } catch (DatabricksClient.DatabricksException e) {
      assertEquals(404, e.status());
      assertThat(e.getMessage(), containsString(INDEX));
      assertThat(e.getMessage(), containsString("scripts/databricks/vector-search.sh"));
    }
    assertFalse(JSON.readTree(server.takeRequest().getBody().readUtf8()).has("query_type"));
  }

  @Test
  public void scanReadsEveryPage() throws Exception {
    List<EventDoc> docs = TestDocs.catalogue();
    server.enqueue(MockDatabricks.scanResponse(docs.subList(0, 3)));
    server.enqueue(MockDatabricks.scanResponse(docs.subList(3, 5)));
    server.enqueue(MockDatabricks.scanResponse(List.of()));
    List<EventDoc> read = VectorSearchRetriever.scan(client(), INDEX, 1_000);
    assertEquals(5, read.size());
    assertEquals("London", read.get(0).city());
    assertEquals(15.0, read.get(0).priceMin(), 0);
    assertEquals(
        "/api/2.0/vector-search/indexes/" + INDEX + "/scan", server.takeRequest().getPath());
    JsonNode second = JSON.readTree(server.takeRequest().getBody().readUtf8());
    assertEquals(docs.get(2).eventId(), second.get("last_primary_key").asText());
  }

  @Test
  public void hostsAndRedaction() {
    assertEquals(
        "https://adb-1.2.azuredatabricks.net/",
        DatabricksClient.parseHost("adb-1.2.azuredatabricks.net").toString());
    assertEquals(
        "https://x.cloud.databricks.com/",
        DatabricksClient.parseHost("https://x.cloud.databricks.com/").toString());
    assertEquals(
        "Authorization: Bearer [REDACTED], token [REDACTED]",
        DatabricksClient.redact(
            "Authorization: Bearer abc.def-123, token dapi-secret-1", "dapi-secret-1"));
  }
}
