package com.tixmaster.pipeline.assistant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes what the assistant prints: a short answer composed from the retrieved events (no model),
 * and the whole result as text or JSON. Every event the answer mentions is cited as [event_id].
 */
final class AnswerWriter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter LONG_DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private AnswerWriter() {}

  /** The whole result of one question. */
  record Result(Question question, Retrieval retrieval, String answer, String answeredBy) {}

  /** The answer written from the events alone. */
  static String templateAnswer(Question q, Retrieval r) {
    if (r.isEmpty()) {
      return noMatch(q);
    }
    StringBuilder sb = new StringBuilder();
    int shown = r.events().size();
    sb.append(r.total())
        .append(r.total() == 1 ? " upcoming event matches " : " upcoming events match ")
        .append(q.describe());
    if (r.total() > shown) {
      sb.append("; here ")
          .append(shown == 1 ? "is the " : "are the ")
          .append(shown == 1 ? "" : shown + " ")
          .append(
              r.rankedBy().equals("date") ? "soonest" : shown == 1 ? "best match" : "best matches");
    }
    sb.append(". ");
    EventDoc first = r.events().get(0);
    sb.append(
            r.events().size() == 1
                ? "It is "
                : r.rankedBy().equals("date") ? "The soonest is " : "The best match is ")
        .append(describe(first, true))
        .append('.');
    if (shown > 1) {
      List<String> others = new ArrayList<>();
      for (EventDoc d : r.events().subList(1, shown)) {
        others.add(describe(d, false));
      }
      sb.append(" Also: ").append(String.join("; ", others)).append('.');
    }
    return sb.toString();
  }

  /** "No upcoming events match: blues, in London, under £20." */
  static String noMatch(Question q) {
    return "No upcoming events match: " + q.describe() + ".";
  }

  /** "Name on Sunday 6 December 2026 at 16:05 at Venue, City (USD 31.00–153.00) [id]". */
  static String describe(EventDoc d, boolean full) {
    StringBuilder sb = new StringBuilder(name(d));
    if (d.eventDate() != null) {
      sb.append(" on ").append((full ? LONG_DAY : SHORT_DAY).format(d.eventDate()));
      String time = clock(d.eventLocalTime());
      if (full && time != null) {
        sb.append(" at ").append(time);
      }
    }
    if (full) {
      String where = where(d);
      if (!where.isEmpty()) {
        sb.append(", ").append(where);
      }
      sb.append(" (").append(price(d)).append(')');
    }
    String status = status(d);
    if (status != null) {
      sb.append(", ").append(status);
    }
    sb.append(" [").append(d.eventId()).append(']');
    return sb.toString();
  }

  static String name(EventDoc d) {
    return d.eventName() == null ? "an unnamed event" : d.eventName();
  }

  static String where(EventDoc d) {
    List<String> parts = new ArrayList<>();
    if (d.venueName() != null) {
      parts.add(d.venueName());
    }
    if (d.city() != null) {
      parts.add(d.city());
    }
    return String.join(", ", parts);
  }

  static String price(EventDoc d) {
    String cur = d.priceCurrency() == null ? "" : d.priceCurrency() + " ";
    if (d.priceMin() != null && d.priceMax() != null && !d.priceMin().equals(d.priceMax())) {
      return cur + money(d.priceMin()) + "–" + money(d.priceMax());
    }
    if (d.priceMin() != null) {
      return "from " + cur + money(d.priceMin());
    }
    if (d.priceMax() != null) {
      return "up to " + cur + money(d.priceMax());
    }
    return "price not published";
  }

  /** A word on the status when it is not simply on sale. */
  static String status(EventDoc d) {
    if (d.statusCode() == null) {
      return null;
    }
    String s = d.statusCode().toLowerCase(Locale.ROOT);
    switch (s) {
      case "onsale":
        return null;
      case "offsale":
        return "off sale";
      case "canceled":
      case "cancelled":
        return "cancelled";
      default:
        return s;
    }
  }

  static String clock(String localTime) {
    if (localTime == null) {
      return null;
    }
    try {
      return CLOCK.format(LocalTime.parse(localTime));
    } catch (DateTimeParseException e) {
      return localTime;
    }
  }

  private static String money(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  // ---------------------------------------------------------------- rendering

  static String text(Result result) {
    Question q = result.question();
    Retrieval r = result.retrieval();
    StringBuilder sb = new StringBuilder();
    sb.append("Question: ").append(q.text()).append('\n');
    sb.append("Understood: ").append(q.describe());
    sb.append("  (as of ").append(q.today()).append(")\n");
    if (!r.unknownWords().isEmpty()) {
      sb.append("No event mentions: ").append(String.join(", ", r.unknownWords())).append('\n');
    }
    if (r.isEmpty()) {
      sb.append("Matches: none\n");
    } else {
      sb.append("Matches: ")
          .append(r.total())
          .append(", ranked by ")
          .append(
              switch (r.rankedBy()) {
                case "date" -> "date (soonest first)";
                case "text" -> "text relevance (BM25)";
                default -> "similarity (" + r.retriever() + ")";
              })
          .append(r.total() > r.events().size() ? "; showing " + r.events().size() : "")
          .append('\n');
      int n = 1;
      for (EventDoc d : r.events()) {
        sb.append(String.format(Locale.ROOT, "%3d. [%s] %s%n", n++, d.eventId(), name(d)));
        List<String> line = new ArrayList<>();
        if (d.eventDate() == null) {
          line.add("date TBA");
        } else {
          String time = clock(d.eventLocalTime());
          line.add(SHORT_DAY.format(d.eventDate()) + (time == null ? "" : " " + time));
        }
        String where = where(d);
        if (!where.isEmpty()) {
          line.add(where);
        }
        line.add(price(d));
        String status = status(d);
        if (status != null) {
          line.add(status);
        }
        sb.append("     ").append(String.join(" · ", line)).append('\n');
      }
    }
    sb.append('\n').append("Answer");
    if (!result.answeredBy().equals("template")) {
      sb.append(" (").append(result.answeredBy()).append(')');
    }
    sb.append(": ").append(result.answer()).append('\n');
    return sb.toString();
  }

  static String json(Result result) throws java.io.IOException {
    Question q = result.question();
    Retrieval r = result.retrieval();
    ObjectNode root = JSON.createObjectNode();
    root.put("question", q.text());
    root.put("as_of", q.asOf().toString());
    ObjectNode understood = root.putObject("understood");
    understood.put("summary", q.describe());
    if (q.places() != null) {
      ArrayNode a = understood.putArray("places");
      q.places().labels().forEach(a::add);
    }
    if (q.categories() != null) {
      ArrayNode a = understood.putArray("categories");
      q.categories().labels().forEach(a::add);
    }
    if (q.dates() != null) {
      ObjectNode d = understood.putObject("dates");
      d.put("from", q.dates().from().toString());
      d.put("to", q.dates().to().toString());
      d.put("label", q.dates().label());
    }
    if (q.price() != null) {
      ObjectNode p = understood.putObject("price");
      PriceFilter f = q.price();
      if (f.min() != null) {
        p.put(f.minInclusive() ? "min_inclusive" : "min_exclusive", f.min());
      }
      if (f.max() != null) {
        p.put(f.maxInclusive() ? "max_inclusive" : "max_exclusive", f.max());
      }
      ArrayNode c = p.putArray("currencies");
      f.currencies().stream().sorted().forEach(c::add);
      p.put("label", f.label());
    }
    ArrayNode words = understood.putArray("words");
    q.words().forEach(words::add);
    ArrayNode unknown = understood.putArray("unknown_words");
    r.unknownWords().forEach(unknown::add);
    root.put("retriever", r.retriever());
    root.put("ranked_by", r.rankedBy());
    root.put("total_matches", r.total());
    ArrayNode events = root.putArray("events");
    for (EventDoc d : r.events()) {
      ObjectNode e = events.addObject();
      e.put("event_id", d.eventId());
      e.put("event_name", d.eventName());
      e.put("event_date", d.eventDate() == null ? null : d.eventDate().toString());
      e.put("event_local_time", d.eventLocalTime());
      e.put("venue_name", d.venueName());
      e.put("city", d.city());
      e.put("state", d.state());
      e.put("country", d.country());
      e.put("segment_name", d.segmentName());
      e.put("genre_name", d.genreName());
      e.put("subgenre_name", d.subgenreName());
      if (d.priceMin() == null) {
        e.putNull("price_min");
      } else {
        e.put("price_min", d.priceMin());
      }
      if (d.priceMax() == null) {
        e.putNull("price_max");
      } else {
        e.put("price_max", d.priceMax());
      }
      e.put("price_currency", d.priceCurrency());
      e.put("status_code", d.statusCode());
      e.put("event_url", d.eventUrl());
    }
    root.put("answer", result.answer());
    root.put("answered_by", result.answeredBy());
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }
}
