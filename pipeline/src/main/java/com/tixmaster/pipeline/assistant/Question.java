package com.tixmaster.pipeline.assistant;

import com.tixmaster.pipeline.assistant.Facet.Triple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

/**
 * A question as the parser understood it: the hard filters (place, classification, dates, price)
 * and the remaining words, which the retriever matches against the events' text.
 *
 * <p>Every filter is a hard constraint: {@link #matches} is true only for an event that satisfies
 * all of them and has not happened yet at {@link #asOf}.
 */
record Question(
    String text,
    Instant asOf,
    @Nullable Facet.Filter places,
    @Nullable Facet.Filter categories,
    @Nullable DateRange dates,
    @Nullable PriceFilter price,
    List<String> words) {

  /** The as-of date (UTC) that "today", "this weekend" … count from. */
  LocalDate today() {
    return asOf.atZone(ZoneOffset.UTC).toLocalDate();
  }

  boolean hasFilters() {
    return places != null || categories != null || dates != null || price != null;
  }

  /** Whether the event satisfies every hard filter and is still to come. */
  boolean matches(EventDoc d) {
    return isUpcoming(d)
        && (places == null || places.matches(d))
        && (categories == null || categories.matches(d))
        && (dates == null || dates.matches(d))
        && (price == null || price.matches(d));
  }

  /** On or after the as-of date, by local date, else by UTC start; undated events count. */
  boolean isUpcoming(EventDoc d) {
    if (d.eventDate() != null) {
      return !d.eventDate().isBefore(today());
    }
    return d.eventDatetimeUtc() == null || !d.eventDatetimeUtc().isBefore(asOf);
  }

  /**
   * What the question asks for, in its own words: "blues, in London, under £20". The classification
   * first, then the other words, the place, the dates and the price.
   */
  String describe() {
    List<String> parts = new ArrayList<>();
    if (categories != null) {
      parts.addAll(categories.labels());
    }
    if (!words.isEmpty()) {
      parts.add(String.join(" ", words));
    }
    if (places != null) {
      parts.add("in " + String.join(" or ", places.labels()));
    }
    if (dates != null) {
      parts.add(dates.label());
    }
    if (price != null) {
      parts.add(price.label());
    }
    return parts.isEmpty() ? "any upcoming event" : String.join(", ", parts);
  }

  /** The allowed place triples (for tests and reports); empty when no place was named. */
  List<Triple> allowedPlaces() {
    return places == null ? List.of() : places.allowed();
  }
}
