package com.tixmaster.pipeline.assistant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Small hand-made documents for the unit tests. As of Friday 2026-11-20. */
final class TestDocs {
  static final Instant AS_OF = Instant.parse("2026-11-20T09:00:00Z");

  private TestDocs() {}

  static EventDoc doc(
      String id,
      String name,
      String date,
      String city,
      String state,
      String country,
      String segment,
      String genre,
      String subgenre,
      Double min,
      Double max,
      String currency) {
    return EventDoc.builder()
        .eventId(id)
        .eventName(name)
        .attractionName(name)
        .eventDate(date == null ? null : LocalDate.parse(date))
        .eventLocalTime("20:00:00")
        .city(city)
        .state(state)
        .country(country)
        .segmentName(segment)
        .genreName(genre)
        .subgenreName(subgenre)
        .priceMin(min)
        .priceMax(max)
        .priceCurrency(currency)
        .venueName(city + " Hall")
        .statusCode("onsale")
        .eventText(
            name
                + " is a "
                + segment
                + " event ("
                + genre
                + ", "
                + subgenre
                + "). It takes place in "
                + city
                + ".")
        .build();
  }

  /** A small catalogue covering every filter. */
  static List<EventDoc> catalogue() {
    return List.of(
        doc(
            "L-BLUES",
            "Delta Nights",
            "2026-12-05",
            "London",
            null,
            "Great Britain",
            "Music",
            "Blues",
            "Blues",
            15.0,
            40.0,
            "GBP"),
        doc(
            "S-BLUES",
            "Sutton Blues Club",
            "2026-12-06",
            "Sutton",
            null,
            "Great Britain",
            "Music",
            "Blues",
            "Blues",
            10.0,
            20.0,
            "GBP"),
        doc(
            "M-BLUES",
            "Manchester Blues Night",
            "2026-12-07",
            "Manchester",
            null,
            "Great Britain",
            "Music",
            "Blues",
            "Blues",
            18.0,
            30.0,
            "GBP"),
        doc(
            "L-ROCK",
            "Iron Tides",
            "2026-11-21",
            "London",
            null,
            "Great Britain",
            "Music",
            "Rock",
            "Indie Rock",
            25.0,
            60.0,
            "GBP"),
        doc(
            "L-COMEDY",
            "Ava Live",
            "2026-11-22",
            "London",
            null,
            "Great Britain",
            "Arts & Theatre",
            "Comedy",
            "Stand-Up",
            null,
            null,
            null),
        doc(
            "L-THEATRE",
            "Rivers of the Golden City",
            "2026-12-12",
            "London",
            null,
            "Great Britain",
            "Arts & Theatre",
            "Theatre",
            "Drama",
            30.0,
            90.0,
            "GBP"),
        doc(
            "NY-NFL",
            "New York Lynx vs. Boston Comets",
            "2026-12-06",
            "New York",
            "New York",
            "United States Of America",
            "Sports",
            "Football",
            "NFL",
            31.0,
            153.0,
            "USD"),
        doc(
            "NY-NFL-2",
            "New York Lynx vs. Austin Owls",
            "2027-01-10",
            "New York",
            "New York",
            "United States Of America",
            "Sports",
            "Football",
            "NFL",
            120.0,
            300.0,
            "USD"),
        doc(
            "AUS-NFL",
            "Austin Owls vs. New York Lynx",
            "2026-12-13",
            "Austin",
            "Texas",
            "United States Of America",
            "Sports",
            "Football",
            "NFL",
            40.0,
            100.0,
            "USD"),
        doc(
            "LA-ROCK",
            "Rosa Nakamura",
            "2026-11-27",
            "Los Angeles",
            "California",
            "United States Of America",
            "Music",
            "Rock",
            "Hard Rock",
            75.0,
            150.0,
            "USD"),
        doc(
            "LV-POP",
            "Dmitri Adeyemi",
            "2026-11-28",
            "Las Vegas",
            "Nevada",
            "United States Of America",
            "Music",
            "Pop",
            "Dance Pop",
            99.0,
            199.0,
            "USD"),
        doc(
            "TO-RNB",
            "Lonesome Harbor",
            "2027-02-03",
            "Toronto",
            "Ontario",
            "Canada",
            "Music",
            "R&B",
            "Soul",
            67.0,
            120.0,
            "CAD"),
        doc(
            "KR-ROCK",
            "Electric Engines",
            "2027-07-11",
            "Kraków",
            "Małopolskie",
            "Poland",
            "Music",
            "Rock",
            "Hard Rock",
            120.0,
            300.0,
            "PLN"),
        doc(
            "MTL-FILM",
            "Iron Tides - Special Screening",
            "2026-12-24",
            "Montréal",
            "Quebec",
            "Canada",
            "Film",
            "Drama",
            "Drama",
            12.0,
            12.0,
            "CAD"),
        doc(
            "PAST",
            "Old Show",
            "2026-11-01",
            "London",
            null,
            "Great Britain",
            "Music",
            "Blues",
            "Blues",
            5.0,
            9.0,
            "GBP"));
  }
}
