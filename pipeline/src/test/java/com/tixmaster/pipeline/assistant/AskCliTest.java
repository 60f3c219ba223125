package com.tixmaster.pipeline.assistant;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The CLI end to end: over the fixture documents, and against a mock Databricks workspace. */
public class AskCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AS_OF = "--asOf=" + FixtureDocuments.AS_OF;
  private static Path lakehouse;
  private static List<EventDoc> docs;

  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  @BeforeClass
  public static void setUp() throws Exception {
    lakehouse = FixtureDocuments.lakehouse();
    docs = EventDocuments.load(lakehouse);
  }

  /** One run of the CLI. */
  record Run(int status, String out, String err) {}

  static Run ask(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        AskCli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run ask(String... args) {
    return ask(Map.of(), args);
  }

  @Test
  public void withoutAsOfItAnswersAsOfTheRunThatBuiltTheDocuments() throws Exception {
    String question = "sports events in New York in December under $100";
    Run given = ask("--lakehouse=" + lakehouse, AS_OF, "--format=json", question);
    Run defaulted = ask("--lakehouse=" + lakehouse, "--format=json", question);
    assertEquals(defaulted.err(), 0, defaulted.status());
    assertThat(
        defaulted.err(),
        containsString("ask: as of " + FixtureDocuments.AS_OF + ": the as-of of run "));
    assertThat(defaulted.err(), containsString("which built gold.event_documents"));
    JsonNode events = JSON.readTree(defaulted.out()).get("events");
    assertThat(
        "the lake was built for a past day, and still answers", events.size(), greaterThan(0));
    assertEquals(JSON.readTree(given.out()).get("events"), events);
  }

  @Test
  public void withoutAsOfOrALogItSaysItUsesNow() throws Exception {
    Path empty = tmp.newFolder("no-lake").toPath();
    Run run = ask("--lakehouse=" + empty, "anything");
    assertThat(run.err(), containsString("no run in"));
  }

  @Test
  public void answersAndCitesEveryEventItShows() throws Exception {
    Run run =
        ask(
            "--lakehouse=" + lakehouse,
            AS_OF,
            "--format=json",
            "sports events in New York in December under $100");
    assertEquals(run.err(), 0, run.status());
    JsonNode result = JSON.readTree(run.out());
    assertThat(result.get("events").size(), greaterThan(0));
    String answer = result.get("answer").asText();
    for (JsonNode e : result.get("events")) {
      assertThat(answer, containsString("[" + e.get("event_id").asText() + "]"));
      assertEquals("New York", e.get("city").asText());
      assertEquals("USD", e.get("price_currency").asText());
      assertTrue(e.get("price_min").asDouble() < 100);
      assertTrue(e.get("event_date").asText().startsWith("2026-12"));
    }
    assertEquals("template", result.get("answered_by").asText());
    assertEquals("in December 2026", result.get("understood").get("dates").get("label").asText());
  }

  @Test
  public void textFormatListsIdNameDateVenueCityAndPrice() {
    Run run = ask("--lakehouse=" + lakehouse, AS_OF, "--top=2", "comedy in Sutton");
    assertEquals(run.err(), 0, run.status());
    assertThat(run.out(), containsString("[G5diZ9PJmblbrK] Marcus Szymańska: Live"));
    assertThat(
        run.out(),
        containsString(
            "Mon 21 Dec 2026 14:00 · **DO NOT USE** Cobalt Hold, Sutton · GBP 54.00–158.00"));
    assertThat(run.out(), containsString("Answer: 1 upcoming event matches comedy, in Sutton."));
  }

  @Test
  public void noMatchIsSaidPlainlyAndExitsZero() {
    Run run = ask("--lakehouse=" + lakehouse, AS_OF, "blues concerts in London");
    assertEquals(0, run.status());
    assertThat(run.out(), containsString("No upcoming events match: blues, in London."));
    run = ask("--lakehouse=" + lakehouse, AS_OF, "blues in London under £20");
    assertThat(run.out(), containsString("No upcoming events match: blues, in London, under £20."));
  }

  @Test
  public void badOptionsExitTwoAndNameTheOption() {
    String[][] cases = {
      {"--top=abc", "--top"},
      {"--top=0", "--top"},
      {"--format=xml", "--format"},
      {"--asOf=yesterday", "--asOf"},
      {"--retriever=elastic", "--retriever"},
      {"--bogus=1", "unknown option --bogus"},
      {"--lakehouse", "--lakehouse needs a value"},
      {"--index=a.b.c", "--index needs --retriever=vector-search"},
      {"--timeout=-1", "--timeout"},
      {"--queryType=knn", "--queryType"},
    };
    for (String[] c : cases) {
      Run run = ask(c[0], "blues");
      assertEquals(c[0], 2, run.status());
      assertThat(c[0], run.err(), containsString(c[1]));
    }
    Run run = ask("--retriever=vector-search", "--index=a.b.c", "blues");
    assertEquals(2, run.status());
    assertThat(run.err(), containsString("--endpoint"));
    run = ask("--retriever=vector-search", "--endpoint=vs", "--index=nodots", "blues");
    assertThat(run.err(), containsString("--index must be CATALOG.SCHEMA.INDEX"));
    run = ask("--lakehouse=" + lakehouse);
    assertEquals(2, run.status());
    assertThat(run.err(), containsString("no question"));
    run = ask("--llm=my-llm", "blues");
    assertEquals(2, run.status());
    assertThat(run.err(), containsString("DATABRICKS_HOST is not set"));
    run = ask(Map.of("DATABRICKS_HOST", "https://x"), "--llm=my-llm", "blues");
    assertThat(run.err(), containsString("DATABRICKS_TOKEN is not set"));
  }

  @Test
  public void aMissingTableIsAFailureThatSaysWhatToDo() throws Exception {
    Run run = ask("--lakehouse=" + tmp.newFolder("empty"), "blues");
    assertEquals(1, run.status());
    assertThat(run.err(), containsString("gold.event_documents does not exist"));
  }

  @Test
  public void vectorSearchAndTheModelEndToEnd() throws Exception {
    List<EventDoc> sports = new ArrayList<>();
    EventDoc wrongCity = null;
    for (EventDoc d : docs) {
      if ("Sports".equals(d.segmentName())
          && "New York".equals(d.city())
          && d.eventDate() != null
          && d.eventDate().toString().startsWith("2026-12")) {
        sports.add(d);
      } else if ("Sports".equals(d.segmentName())
          && !"New York".equals(d.city())
          && wrongCity == null) {
        wrongCity = d;
      }
    }
    List<EventDoc> returned = new ArrayList<>(sports);
    returned.add(0, wrongCity); // the server's best match breaks the place filter
    EventDoc first = sports.get(0);
    try (MockWebServer server = new MockWebServer()) {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
      server.enqueue(MockDatabricks.queryResponse(returned));
      server.enqueue(
          MockDatabricks.chatResponse(
              "Try " + first.eventName() + " [" + first.eventId() + "] or [NOT-AN-EVENT]."));
      Map<String, String> env =
          Map.of(
              "DATABRICKS_HOST",
              server.url("/").toString(),
              "DATABRICKS_TOKEN",
              MockDatabricks.TOKEN);
      Run run =
          ask(
              env,
              "--lakehouse=" + lakehouse,
              AS_OF,
              "--retriever=vector-search",
              "--endpoint=tix-vs",
              "--index=ticket_master.gold.event_documents_index",
              "--llm=my-llm",
              "sports in New York in December");
      assertEquals(run.err(), 0, run.status());
      assertThat(run.out(), containsString("Answer (llm:my-llm): Try " + first.eventName()));
      assertThat(run.out(), containsString("[" + first.eventId() + "]"));
      assertThat(run.out(), not(containsString(wrongCity.eventId())));
      assertThat(run.err(), containsString("[NOT-AN-EVENT], which is not among the events"));
      assertThat(run.out() + run.err(), not(containsString(MockDatabricks.TOKEN)));

      RecordedRequest query = server.takeRequest();
      assertEquals(
          "/api/2.0/vector-search/indexes/ticket_master.gold.event_documents_index/query",
          query.getPath());
      JsonNode filters =
          JSON.readTree(JSON.readTree(query.getBody().readUtf8()).get("filters_json").asText());
      assertEquals("[\"New York\"]", filters.get("city").toString());
      assertEquals("[\"Sports\"]", filters.get("segment_name").toString());
      RecordedRequest chat = server.takeRequest();
      assertEquals("/serving-endpoints/my-llm/invocations", chat.getPath());
      String user =
          JSON.readTree(chat.getBody().readUtf8()).get("messages").get(1).get("content").asText();
      for (EventDoc d : sports) {
        assertThat(user, containsString("[" + d.eventId() + "]"));
      }
      assertThat(user, not(containsString(wrongCity.eventId())));
    }
  }

  @Test
  public void withoutALocalTableTheVocabularyComesFromAScanOfTheIndex() throws Exception {
    List<EventDoc> london = new ArrayList<>();
    for (EventDoc d : docs) {
      if ("London".equals(d.city())) {
        london.add(d);
      }
    }
    try (MockWebServer server = new MockWebServer()) {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
      server.enqueue(MockDatabricks.scanResponse(docs));
      server.enqueue(MockDatabricks.scanResponse(List.of()));
      server.enqueue(MockDatabricks.queryResponse(london));
      Map<String, String> env =
          Map.of(
              "DATABRICKS_HOST",
              server.url("/").toString(),
              "DATABRICKS_TOKEN",
              MockDatabricks.TOKEN);
      Run run =
          ask(
              env,
              "--lakehouse=" + tmp.newFolder("none"),
              AS_OF,
              "--format=json",
              "--retriever=vector-search",
              "--endpoint=tix-vs",
              "--index=c.s.i",
              "what's on in London?");
      assertEquals(run.err(), 0, run.status());
      assertThat(server.takeRequest().getPath(), containsString("/scan"));
      server.takeRequest();
      assertThat(server.takeRequest().getPath(), containsString("/query"));
      JsonNode result = JSON.readTree(run.out());
      assertEquals("vector-search", result.get("retriever").asText());
      assertThat(result.get("events").size(), greaterThan(0));
      for (JsonNode e : result.get("events")) {
        assertEquals("London", e.get("city").asText());
      }
    }
  }

  @Test
  public void aRefusedTokenFailsWithoutPrintingIt() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
      server.enqueue(
          MockDatabricks.json(
              401,
              "{\"error_code\":\"UNAUTHENTICATED\",\"message\":\"bad token "
                  + MockDatabricks.TOKEN
                  + "\"}"));
      Map<String, String> env =
          Map.of(
              "DATABRICKS_HOST",
              server.url("/").toString(),
              "DATABRICKS_TOKEN",
              MockDatabricks.TOKEN);
      Run run = ask(env, "--lakehouse=" + lakehouse, AS_OF, "--llm=my-llm", "comedy in Sutton");
      assertEquals(1, run.status());
      assertThat(run.err(), containsString("HTTP 401"));
      assertThat(run.out() + run.err(), not(containsString(MockDatabricks.TOKEN)));
      assertEquals(1, server.getRequestCount());
    }
  }

  @Test
  public void theLakehouseWasBuilt() {
    assertTrue(Files.isDirectory(lakehouse.resolve("gold")));
    System.out.println(
        "assistant test documents: " + docs.size() + " from " + FixtureDocuments.source());
  }
}
