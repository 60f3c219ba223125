package com.tixmaster.pipeline.assistant;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The assistant's evaluation: the questions of {@code assistant/eval.json} over the bundled
 * fixtures. The relevant events of each question come from the explicit predicate written beside
 * it, evaluated over the documents table, never from the retriever. Prints precision@5 and recall@5
 * (|relevant ∩ top5| / min(5, |relevant|)) per question and on average, asserts the floors in the
 * file, and asserts that every returned event satisfies every hard predicate.
 */
public class AssistantEvalTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> SOFT = Set.of("name_contains", "venue_contains");

  private static JsonNode eval;
  private static List<EventDoc> docs;
  private static LocalRetriever retriever;
  private static Vocabulary vocabulary;

  @BeforeClass
  public static void setUp() throws Exception {
    try (InputStream in = AssistantEvalTest.class.getResourceAsStream("/assistant/eval.json")) {
      eval = JSON.readTree(in);
    }
    docs = EventDocuments.load(FixtureDocuments.lakehouse());
    retriever = new LocalRetriever(docs);
    vocabulary = Vocabulary.of(docs);
  }

  @Test
  public void meetsTheFloorsAndNeverBreaksAHardFilter() throws Exception {
    Instant asOf = Instant.parse(eval.get("as_of").asText());
    LocalDate today = asOf.atZone(ZoneOffset.UTC).toLocalDate();
    int top = eval.get("top").asInt();
    QuestionParser parser = new QuestionParser(vocabulary, asOf);
    double sumP = 0;
    double sumR = 0;
    int n = 0;
    double answerableP = 0;
    double answerableR = 0;
    int answerable = 0;
    List<String> violations = new ArrayList<>();
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "assistant eval over %d documents (%s), as of %s, top %d%n",
            docs.size(),
            FixtureDocuments.source(),
            asOf,
            top));
    report.append(
        String.format(
            Locale.ROOT, "%-55s %5s %5s %6s %6s%n", "question", "rel", "ret", "P@5", "R@5"));
    for (JsonNode item : eval.get("questions")) {
      String text = item.get("question").asText();
      JsonNode expect = item.get("expect");
      Set<String> relevant = new HashSet<>();
      for (EventDoc d : docs) {
        if (upcoming(d, today) && satisfies(d, expect, true)) {
          relevant.add(d.eventId());
        }
      }
      Retrieval r = retriever.retrieve(parser.parse(text), top);
      int hits = 0;
      for (EventDoc d : r.events()) {
        if (relevant.contains(d.eventId())) {
          hits++;
        }
        if (!upcoming(d, today) || !satisfies(d, expect, false)) {
          violations.add(text + " → " + d.eventId() + " " + d);
        }
      }
      double p =
          r.events().isEmpty() ? (relevant.isEmpty() ? 1 : 0) : (double) hits / r.events().size();
      double rec = relevant.isEmpty() ? 1 : (double) hits / Math.min(top, relevant.size());
      sumP += p;
      sumR += rec;
      n++;
      if (!relevant.isEmpty()) {
        answerableP += p;
        answerableR += rec;
        answerable++;
      }
      report.append(
          String.format(
              Locale.ROOT,
              "%-55s %5d %5d %6.2f %6.2f%n",
              text.length() > 55 ? text.substring(0, 54) + "…" : text,
              relevant.size(),
              r.events().size(),
              p,
              rec));
    }
    double meanP = sumP / n;
    double meanR = sumR / n;
    report.append(
        String.format(
            Locale.ROOT,
            "questions %d, mean precision@5 %.3f, mean recall@5 %.3f%n"
                + "of which %d have relevant events: mean precision@5 %.3f, mean recall@5 %.3f;"
                + " the other %d must answer \"no match\"%n",
            n,
            meanP,
            meanR,
            answerable,
            answerableP / answerable,
            answerableR / answerable,
            n - answerable));
    System.out.print(report);
    assertTrue(
        "returned events that break a hard filter:\n" + String.join("\n", violations),
        violations.isEmpty());
    JsonNode floors = eval.get("floors");
    assertThat(meanP, greaterThanOrEqualTo(floors.get("mean_precision_at_5").asDouble()));
    assertThat(meanR, greaterThanOrEqualTo(floors.get("mean_recall_at_5").asDouble()));
  }

  @Test
  public void theEvalFileIsWellFormed() {
    Set<String> keys =
        Set.of(
            "city",
            "state",
            "country",
            "segment",
            "genre",
            "subgenre",
            "category",
            "currency",
            "date_from",
            "date_to",
            "price_below",
            "price_at_most",
            "price_above",
            "price_at_least",
            "name_contains",
            "venue_contains");
    int questions = 0;
    for (JsonNode item : eval.get("questions")) {
      questions++;
      Iterator<String> names = item.get("expect").fieldNames();
      while (names.hasNext()) {
        String k = names.next();
        assertTrue(item.get("question") + ": unknown key " + k, keys.contains(k));
      }
    }
    assertThat(questions, greaterThanOrEqualTo(30));
    assertEquals(5, eval.get("top").asInt());
  }

  static boolean upcoming(EventDoc d, LocalDate today) {
    return d.eventDate() == null || !d.eventDate().isBefore(today);
  }

  /** The predicate of an eval entry; {@code withSoft} false checks the hard keys only. */
  static boolean satisfies(EventDoc d, JsonNode expect, boolean withSoft) {
    for (Iterator<Map.Entry<String, JsonNode>> it = expect.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      JsonNode v = e.getValue();
      if (!withSoft && SOFT.contains(key)) {
        continue;
      }
      boolean ok =
          switch (key) {
            case "city" -> anyEquals(d.city(), v);
            case "state" -> anyEquals(d.state(), v);
            case "country" -> anyEquals(d.country(), v);
            case "segment" -> anyEquals(d.segmentName(), v);
            case "genre" -> anyEquals(d.genreName(), v);
            case "subgenre" -> anyEquals(d.subgenreName(), v);
            case "category" ->
                anyEquals(d.segmentName(), v)
                    || anyEquals(d.genreName(), v)
                    || anyEquals(d.subgenreName(), v);
            case "currency" -> anyEquals(d.priceCurrency(), v);
            case "date_from" ->
                d.eventDate() != null && !d.eventDate().isBefore(LocalDate.parse(v.asText()));
            case "date_to" ->
                d.eventDate() != null && !d.eventDate().isAfter(LocalDate.parse(v.asText()));
            case "price_below" -> d.priceMin() != null && d.priceMin() < v.asDouble();
            case "price_at_most" -> d.priceMin() != null && d.priceMin() <= v.asDouble();
            case "price_above" -> d.priceMin() != null && d.priceMin() > v.asDouble();
            case "price_at_least" -> d.priceMin() != null && d.priceMin() >= v.asDouble();
            case "name_contains" -> contains(d.eventName(), v) || contains(d.attractionName(), v);
            case "venue_contains" -> contains(d.venueName(), v);
            default -> throw new IllegalArgumentException("unknown key " + key);
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyEquals(String value, JsonNode expected) {
    if (value == null) {
      return false;
    }
    for (JsonNode e : expected.isArray() ? expected : JSON.createArrayNode().add(expected)) {
      if (Text.fold(value).equals(Text.fold(e.asText()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(String value, JsonNode expected) {
    return value != null && Text.fold(value).contains(Text.fold(expected.asText()));
  }
}
