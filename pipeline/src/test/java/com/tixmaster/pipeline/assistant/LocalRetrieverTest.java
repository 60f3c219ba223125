package com.tixmaster.pipeline.assistant;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** BM25 over the remaining words, inside the hard filters. */
public class LocalRetrieverTest {
  private static List<EventDoc> docs;
  private static LocalRetriever retriever;
  private static Vocabulary vocabulary;

  @BeforeClass
  public static void setUp() throws Exception {
    docs = new ArrayList<>(TestDocs.catalogue());
    EventDoc cancelled =
        EventDoc.builder()
            .eventId("L-ROCK-CANCELLED")
            .eventName("Early Cancelled Rock")
            .eventDate(java.time.LocalDate.parse("2026-11-20"))
            .city("London")
            .country("Great Britain")
            .segmentName("Music")
            .genreName("Rock")
            .subgenreName("Indie Rock")
            .statusCode("cancelled")
            .eventText("Early Cancelled Rock is a Music event (Rock, Indie Rock).")
            .build();
    docs.add(cancelled);
    docs.add(
        TestDocs.doc(
                "L-SUPPORT",
                "Velvet Saints",
                "2026-12-20",
                "London",
                null,
                "Great Britain",
                "Music",
                "Pop",
                "Dance Pop",
                20.0,
                50.0,
                "GBP")
            .withEventText(
                "Velvet Saints is a Music event. Featuring Velvet Saints and Rosa Nakamura."));
    retriever = new LocalRetriever(docs);
    vocabulary = Vocabulary.of(docs);
  }

  @AfterClass
  public static void tearDown() throws Exception {
    retriever.close();
  }

  private static Retrieval ask(String text, int top) throws Exception {
    return retriever.retrieve(new QuestionParser(vocabulary, TestDocs.AS_OF).parse(text), top);
  }

  private static List<String> ids(Retrieval r) {
    List<String> ids = new ArrayList<>();
    r.events().forEach(d -> ids.add(d.eventId()));
    return ids;
  }

  @Test
  public void withoutWordsTheSoonestComeFirstAndCancelledLast() throws Exception {
    Retrieval r = ask("rock in London", 5);
    assertThat(ids(r), contains("L-ROCK", "L-ROCK-CANCELLED"));
    assertEquals("date", r.rankedBy());
    assertEquals(2, r.total());
  }

  @Test
  public void namesRankByBm25AndSupportingActsCount() throws Exception {
    Retrieval r = ask("Rosa Nakamura", 5);
    assertEquals("text", r.rankedBy());
    // the headliner first, then the event that features her
    assertThat(ids(r), contains("LA-ROCK", "L-SUPPORT"));
    assertEquals(List.of("rosa", "nakamura"), r.textTerms());
  }

  @Test
  public void theEventsWithTheMostOfTheWordsWin() throws Exception {
    // "Iron Tides" (London rock) and "Iron Tides - Special Screening" both have both words;
    // nothing else has "tides"
    Retrieval r = ask("Iron Tides", 5);
    assertThat(ids(r), contains("L-ROCK", "MTL-FILM"));
    // with a place, only the London one
    assertThat(ids(ask("Iron Tides in London", 5)), contains("L-ROCK"));
  }

  @Test
  public void wordsNoEventContainsMatchNothing() throws Exception {
    Retrieval r = ask("jazz in London", 5);
    assertThat(r.events(), empty());
    assertEquals(List.of("jazz"), r.unknownWords());
    assertEquals(
        "No upcoming events match: jazz, in London.",
        AnswerWriter.templateAnswer(
            new QuestionParser(vocabulary, TestDocs.AS_OF).parse("jazz in London"), r));
  }

  @Test
  public void knownWordsOutsideTheFiltersMatchNothing() throws Exception {
    Retrieval r = ask("Rosa Nakamura in Manchester", 5);
    assertThat(r.events(), empty());
    assertThat(r.unknownWords(), empty());
  }

  @Test
  public void topCutsTheListButNotTheTotal() throws Exception {
    Retrieval r = ask("blues in the UK", 2);
    assertEquals(2, r.events().size());
    assertEquals(3, r.total());
  }

  @Test
  public void everyResultSatisfiesTheHardFilters() throws Exception {
    for (String q :
        List.of(
            "blues in London under £20",
            "football in New York in December under $100",
            "concerts over 50",
            "rock in Kraków this summer",
            "Iron Tides in Montreal",
            "Lynx games in New York")) {
      Question question = new QuestionParser(vocabulary, TestDocs.AS_OF).parse(q);
      for (EventDoc d : retriever.retrieve(question, 10).events()) {
        assertTrue(q + " returned " + d.eventId(), question.matches(d));
      }
    }
    assertThat(ids(ask("football in New York in December under $100", 5)), contains("NY-NFL"));
  }
}
