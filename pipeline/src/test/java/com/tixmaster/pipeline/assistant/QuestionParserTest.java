package com.tixmaster.pipeline.assistant;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/** The question grammar: dates, prices, places, classifications and what is left. */
public class QuestionParserTest {
  private static final List<EventDoc> DOCS = TestDocs.catalogue();
  private static final Vocabulary VOCABULARY = Vocabulary.of(DOCS);

  private static Question parse(String text) {
    return new QuestionParser(VOCABULARY, TestDocs.AS_OF).parse(text);
  }

  private static Question parseAt(String asOf, String text) {
    return new QuestionParser(VOCABULARY, Instant.parse(asOf)).parse(text);
  }

  /** The ids of the catalogue events that satisfy every hard filter. */
  private static List<String> matching(String text) {
    Question q = parse(text);
    List<String> ids = new ArrayList<>();
    for (EventDoc d : DOCS) {
      if (q.matches(d)) {
        ids.add(d.eventId());
      }
    }
    return ids;
  }

  private static void assertDates(String text, String from, String to) {
    DateRange r = parse(text).dates();
    assertTrue(text + ": no date understood", r != null);
    assertEquals(text, LocalDate.parse(from), r.from());
    assertEquals(text, LocalDate.parse(to), r.to());
  }

  // ---------------------------------------------------------------- dates (as of Friday 20 Nov
  // 2026)

  @Test
  public void relativeDays() {
    assertDates("concerts tonight", "2026-11-20", "2026-11-20");
    assertDates("what's on today", "2026-11-20", "2026-11-20");
    assertDates("tomorrow in London", "2026-11-21", "2026-11-21");
  }

  @Test
  public void weekendsWeeksMonthsAndYears() {
    assertDates("this weekend", "2026-11-21", "2026-11-22");
    assertDates("anything on the weekend", "2026-11-21", "2026-11-22");
    assertDates("next weekend", "2026-11-28", "2026-11-29");
    assertDates("this week", "2026-11-20", "2026-11-22");
    assertDates("next week", "2026-11-23", "2026-11-29");
    assertDates("this month", "2026-11-20", "2026-11-30");
    assertDates("next month", "2026-12-01", "2026-12-31");
    assertDates("next year", "2027-01-01", "2027-12-31");
    assertDates("in 2027", "2027-01-01", "2027-12-31");
    assertDates("in the next 7 days", "2026-11-20", "2026-11-26");
    assertDates("within 2 weeks", "2026-11-20", "2026-12-03");
  }

  @Test
  public void onASundayThisWeekendIsToday() {
    DateRange r = parseAt("2026-11-22T10:00:00Z", "this weekend").dates();
    assertEquals(LocalDate.parse("2026-11-22"), r.from());
    assertEquals(LocalDate.parse("2026-11-22"), r.to());
    r = parseAt("2026-11-22T10:00:00Z", "next weekend").dates();
    assertEquals(LocalDate.parse("2026-11-28"), r.from());
  }

  @Test
  public void monthsAreTheNextOnesOnOrAfterToday() {
    assertDates("in December", "2026-12-01", "2026-12-31");
    assertDates("in November", "2026-11-01", "2026-11-30");
    assertDates("in October", "2027-10-01", "2027-10-31");
    assertDates("during May", "2027-05-01", "2027-05-31");
    assertDates("December concerts", "2026-12-01", "2026-12-31");
    assertDates("in December 2027", "2027-12-01", "2027-12-31");
    assertEquals("in December 2026", parse("in December").dates().label());
  }

  @Test
  public void namedDays() {
    for (String q :
        List.of(
            "on 12 December",
            "Dec 12",
            "December 12th",
            "on the 12th of December",
            "2026-12-12",
            "dec 12 2026")) {
      assertDates(q, "2026-12-12", "2026-12-12");
    }
    assertDates("on 1 November", "2027-11-01", "2027-11-01");
    assertDates("on Saturday", "2026-11-21", "2026-11-21");
    assertDates("friday", "2026-11-20", "2026-11-20");
    assertDates("next Friday", "2026-11-27", "2026-11-27");
  }

  @Test
  public void seasonsAndOpenRanges() {
    assertDates("this summer", "2027-06-01", "2027-08-31");
    assertDates("in the spring", "2027-03-01", "2027-05-31");
    assertDates("this winter", "2026-12-01", "2027-02-28");
    assertDates("before 15 December", "2026-11-20", "2026-12-14");
    assertDates("until December", "2026-11-20", "2026-12-31");
    assertDates("after March", "2027-04-01", QuestionParser.FOREVER.toString());
  }

  @Test
  public void monthNamesThatAreNamesOrVerbsNeedContext() {
    Question q = parse("June Delacroix");
    assertNull(q.dates());
    assertEquals(List.of("june", "delacroix"), q.words());
    assertNull(parse("may I see some rock").dates());
    assertNull(parse("bands that fall apart").dates());
  }

  // ---------------------------------------------------------------- prices

  private static PriceFilter price(String text) {
    PriceFilter p = parse(text).price();
    assertTrue(text + ": no price understood", p != null);
    return p;
  }

  @Test
  public void upperBounds() {
    PriceFilter p = price("blues under £20");
    assertEquals(20.0, p.max(), 0);
    assertFalse(p.maxInclusive());
    assertNull(p.min());
    assertEquals(Set.of("GBP"), p.currencies());
    assertEquals("under £20", p.label());
    assertEquals(QuestionParser.DOLLARS, price("below $50").currencies());
    assertEquals(Set.of("USD"), price("less than 30 USD").currencies());
    assertEquals(Set.of("PLN"), price("cheaper than 25 zł").currencies());
    assertEquals(Set.of("CAD"), price("under 100 canadian dollars").currencies());
    PriceFilter upTo = price("up to €40");
    assertTrue(upTo.maxInclusive());
    assertEquals(Set.of("EUR"), upTo.currencies());
    assertEquals(Set.of(), price("under 100").currencies());
  }

  @Test
  public void lowerBoundsAndRanges() {
    PriceFilter over = price("over 100");
    assertEquals(100.0, over.min(), 0);
    assertFalse(over.minInclusive());
    assertEquals(Set.of("GBP"), price("more than 100 pounds").currencies());
    assertTrue(price("at least C$60").minInclusive());
    assertEquals(Set.of("CAD"), price("at least C$60").currencies());
    PriceFilter between = price("between 20 and 50 GBP");
    assertEquals(20.0, between.min(), 0);
    assertEquals(50.0, between.max(), 0);
    assertTrue(between.minInclusive() && between.maxInclusive());
    assertEquals(Set.of("GBP"), between.currencies());
    assertEquals(Set.of("USD"), price("from USD 20 to 30").currencies());
    assertEquals(1000.0, price("over 1,000 zloty").min(), 0);
  }

  @Test
  public void numbersWithoutAComparatorAreNotPrices() {
    assertNull(parse("tickets for 4 people").price());
    assertNull(parse("from 5 to 7").price());
  }

  @Test
  public void priceFiltersCompareTheCheapestTicketAndTheCurrency() {
    assertEquals(
        List.of("S-BLUES", "M-BLUES", "L-BLUES"),
        sorted(matching("blues under £20"), "S-BLUES", "M-BLUES", "L-BLUES"));
    // the comedy has no price: a price filter never matches it
    assertThat(matching("comedy under £1000"), empty());
    // $ means a dollar currency: the CAD event qualifies, the PLN one does not
    assertThat(
        matching("under $100"),
        containsInAnyOrder("NY-NFL", "AUS-NFL", "LA-ROCK", "LV-POP", "TO-RNB", "MTL-FILM"));
    assertThat(
        matching("under 100 USD"), containsInAnyOrder("NY-NFL", "AUS-NFL", "LA-ROCK", "LV-POP"));
  }

  private static List<String> sorted(List<String> actual, String... order) {
    List<String> out = new ArrayList<>();
    for (String o : order) {
      if (actual.contains(o)) {
        out.add(o);
      }
    }
    assertEquals(actual.size(), out.size());
    return out;
  }

  // ---------------------------------------------------------------- places

  @Test
  public void aNamedPlaceIsAHardConstraint() {
    assertThat(matching("blues in London"), contains("L-BLUES"));
    assertThat(matching("blues concerts in London"), contains("L-BLUES"));
    assertThat(matching("Sutton"), contains("S-BLUES"));
    assertThat(matching("what's on in   SUTTON  ?"), contains("S-BLUES"));
    assertEquals("blues, in London, under £20", parse("blues in London under £20").describe());
  }

  @Test
  public void aliasesAccentsAndCase() {
    assertThat(matching("rock in LA"), contains("LA-ROCK"));
    assertThat(matching("anything in vegas"), contains("LV-POP"));
    assertThat(matching("football in NYC"), containsInAnyOrder("NY-NFL", "NY-NFL-2"));
    assertThat(matching("rock in krakow"), contains("KR-ROCK"));
    assertThat(matching("films in montreal"), contains("MTL-FILM"));
    assertThat(matching("blues in the UK"), containsInAnyOrder("L-BLUES", "S-BLUES", "M-BLUES"));
    assertThat(matching("blues in England"), containsInAnyOrder("L-BLUES", "S-BLUES", "M-BLUES"));
    assertEquals(List.of("Montréal"), parse("montreal").places().labels());
  }

  @Test
  public void theNarrowestLevelOfAPlaceWins() {
    // New York is a city and a state: the city
    assertEquals(1, parse("in New York").allowedPlaces().size());
    assertEquals("New York", parse("in New York").allowedPlaces().get(0).narrow());
    // Austin, Texas is Austin
    assertThat(matching("football in Austin, Texas"), contains("AUS-NFL"));
    assertThat(matching("football in Texas"), contains("AUS-NFL"));
  }

  @Test
  public void placesJoinedByOrAreAlternatives() {
    assertThat(matching("blues in London or Manchester"), containsInAnyOrder("L-BLUES", "M-BLUES"));
    assertThat(matching("blues in London and in Sutton"), containsInAnyOrder("L-BLUES", "S-BLUES"));
  }

  @Test
  public void aPlaceInsideAnEventNameIsText() {
    Question q = parse("New York Lynx games");
    assertNull(q.places());
    assertEquals(List.of("new", "york", "lynx"), q.words());
    assertEquals(List.of("games"), q.categories().labels());
    // after "in", a place is a place
    assertEquals(List.of("New York"), parse("Lynx games in New York").places().labels());
  }

  // ---------------------------------------------------------------- classifications

  @Test
  public void classificationsAndSynonyms() {
    assertThat(matching("concerts in London"), containsInAnyOrder("L-BLUES", "L-ROCK"));
    assertThat(matching("gigs in London"), containsInAnyOrder("L-BLUES", "L-ROCK"));
    assertThat(matching("stand-up in London"), contains("L-COMEDY"));
    assertThat(matching("standup comedy"), contains("L-COMEDY"));
    assertThat(matching("theatre in London"), containsInAnyOrder("L-COMEDY", "L-THEATRE"));
    assertThat(matching("theater in London"), containsInAnyOrder("L-COMEDY", "L-THEATRE"));
    assertThat(matching("NFL"), containsInAnyOrder("NY-NFL", "NY-NFL-2", "AUS-NFL"));
    assertThat(matching("sports games in Austin"), contains("AUS-NFL"));
    assertThat(matching("movies"), contains("MTL-FILM"));
    assertThat(matching("r&b in Toronto"), contains("TO-RNB"));
    assertThat(matching("soul"), contains("TO-RNB"));
  }

  @Test
  public void narrowerClassificationsRefineBroaderOnes() {
    Question q = parse("blues concerts");
    assertEquals(List.of("blues"), q.categories().labels());
    assertThat(matching("hard rock concerts"), containsInAnyOrder("LA-ROCK", "KR-ROCK"));
  }

  @Test
  public void classificationsJoinedByOrAreAlternatives() {
    assertThat(matching("rock or blues in London"), containsInAnyOrder("L-BLUES", "L-ROCK"));
    assertThat(matching("r&b or soul"), contains("TO-RNB"));
  }

  // ---------------------------------------------------------------- the rest

  @Test
  public void remainingWordsAreLeftForText() {
    Question q = parse("Is Rosa Nakamura playing in Los Angeles next month?");
    assertEquals(List.of("rosa", "nakamura"), q.words());
    assertEquals(List.of("Los Angeles"), q.places().labels());
    assertEquals(LocalDate.parse("2026-12-01"), q.dates().from());
  }

  @Test
  public void pastEventsNeverMatch() {
    assertFalse(matching("blues in London").contains("PAST"));
  }

  @Test
  public void aQuestionWithoutFiltersHasNone() {
    Question q = parse("what's happening?");
    assertFalse(q.hasFilters());
    assertThat(q.words(), empty());
    assertEquals("any upcoming event", q.describe());
  }
}
