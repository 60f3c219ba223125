package com.tixmaster.pipeline.assistant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a question in plain words into a {@link Question}: generic parsers for dates (relative to
 * the as-of date), prices, places and classifications, each of which consumes the words it
 * understood; the rest, minus question words, is left for text matching. Nothing here knows any
 * particular question: places and classification names come from the {@link Vocabulary} of the
 * data.
 *
 * <p>This class runs the facet parsers in that order over one {@link QuestionTokens}: {@link
 * DateParser} (with {@link MonthParser}), {@link PriceParser}, then {@link PlaceAndCategoryParser}.
 *
 * <p>The grammar is documented in docs/ASSISTANT.md.
 */
final class QuestionParser {

  /** Currencies written with a dollar sign. */
  static final Set<String> DOLLARS = PriceParser.DOLLARS;

  /** Open-ended ranges ("after 12 December") end here. */
  static final LocalDate FOREVER = DateParser.FOREVER;

  /**
   * Words that carry no search meaning in a question about events. Folded (no apostrophes). Words
   * of the documents' own sentences ("takes place", "local time", "status") are here too, as they
   * are in every document.
   */
  static final Set<String> QUESTION_WORDS =
      Set.copyOf(
          List.of(
              "a",
              "an",
              "the",
              "and",
              "or",
              "but",
              "of",
              "in",
              "on",
              "at",
              "to",
              "for",
              "from",
              "with",
              "by",
              "near",
              "around",
              "about",
              "into",
              "within",
              "between",
              "than",
              "this",
              "that",
              "these",
              "those",
              "next",
              "coming",
              "upcoming",
              "soon",
              "any",
              "some",
              "all",
              "every",
              "what",
              "whats",
              "which",
              "who",
              "whos",
              "where",
              "wheres",
              "when",
              "whens",
              "how",
              "is",
              "are",
              "was",
              "were",
              "be",
              "been",
              "being",
              "there",
              "theres",
              "here",
              "do",
              "does",
              "did",
              "can",
              "could",
              "would",
              "should",
              "will",
              "shall",
              "may",
              "might",
              "i",
              "im",
              "me",
              "my",
              "we",
              "us",
              "our",
              "you",
              "your",
              "it",
              "its",
              "they",
              "them",
              "show",
              "shows",
              "showing",
              "find",
              "list",
              "give",
              "tell",
              "get",
              "got",
              "see",
              "search",
              "look",
              "looking",
              "want",
              "wanna",
              "like",
              "need",
              "recommend",
              "suggest",
              "please",
              "thanks",
              "hi",
              "hello",
              "hey",
              "go",
              "going",
              "attend",
              "visit",
              "catch",
              "happening",
              "happen",
              "happens",
              "on",
              "event",
              "events",
              "thing",
              "things",
              "stuff",
              "something",
              "anything",
              "options",
              "ideas",
              "plans",
              "ticket",
              "tickets",
              "buy",
              "book",
              "available",
              "performance",
              "performances",
              "live",
              "good",
              "great",
              "best",
              "nice",
              "fun",
              "cool",
              "interesting",
              "popular",
              "top",
              "big",
              "local",
              "cheap",
              "affordable",
              "price",
              "prices",
              "priced",
              "cost",
              "costs",
              "costing",
              "pay",
              "spend",
              "budget",
              "takes",
              "take",
              "place",
              "time",
              "status",
              "sale",
              "featuring",
              "range",
              "published",
              "announced",
              "tba",
              "night",
              "nights",
              "evening",
              "afternoon",
              "morning",
              "day",
              "days",
              "date",
              "dates",
              "pm",
              "am",
              "so",
              "too",
              "also",
              "just",
              "only",
              "more",
              "most",
              "less",
              "much",
              "many",
              "no",
              "not",
              "other",
              "else",
              "out",
              "up",
              "city",
              "town",
              "area",
              "play",
              "plays",
              "playing",
              "perform",
              "performs",
              "performing",
              "appear",
              "appears",
              "appearing",
              "touring",
              "gonna",
              "lets",
              "hows",
              "whats",
              "worth",
              "before",
              "after",
              "until",
              "till",
              "since"));

  private final Vocabulary vocabulary;
  private final Instant asOf;
  private final LocalDate today;

  QuestionParser(Vocabulary vocabulary, Instant asOf) {
    this.vocabulary = vocabulary;
    this.asOf = asOf;
    this.today = asOf.atZone(java.time.ZoneOffset.UTC).toLocalDate();
  }

  /** Parses one question; each call has its own token state. */
  Question parse(String text) {
    QuestionTokens tokens = new QuestionTokens(text);
    DateRange dates = new DateParser(tokens, today).parse();
    PriceFilter price = new PriceParser(tokens).parse(text);
    List<Facet.Mention> places = new ArrayList<>();
    List<Facet.Mention> categories = new ArrayList<>();
    new PlaceAndCategoryParser(vocabulary, tokens).parse(text, places, categories);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).norm();
      if (tokens.used(i)
          || QUESTION_WORDS.contains(w)
          || PriceParser.CURRENCY_WORDS.containsKey(w)) {
        continue;
      }
      if (Character.isDigit(w.charAt(0)) || w.length() < 2) {
        continue; // a stray number or letter says nothing about an event
      }
      words.add(w);
    }
    return new Question(
        text,
        asOf,
        Facet.Filter.of(Facet.PLACE, places),
        Facet.Filter.of(Facet.CATEGORY, categories),
        dates,
        price,
        List.copyOf(words));
  }
}
