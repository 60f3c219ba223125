package com.tixmaster.transforms.json;

import static com.tixmaster.transforms.json.Fixtures.event;
import static com.tixmaster.transforms.json.Fixtures.json;
import static com.tixmaster.transforms.json.Fixtures.parseEvent;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tixmaster.schemas.silver.ClassificationRow;
import com.tixmaster.schemas.silver.EventAttractionRow;
import com.tixmaster.schemas.silver.EventPriceRangeRow;
import com.tixmaster.schemas.silver.EventRow;
import com.tixmaster.schemas.silver.EventVenueRow;
import com.tixmaster.schemas.silver.RejectedRow;
import com.tixmaster.schemas.silver.SilverLineage;
import com.tixmaster.schemas.silver.VenueRow;
import java.util.List;
import java.util.stream.Collectors;
import org.joda.time.Instant;
import org.junit.Test;

/**
 * Event records: one parse yields the event, its children and the embedded copies; quirks are
 * nulled and counted.
 */
public class EventParserTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private static EventRow only(ParsedRows rows) {
    assertEquals(rows.toString(), 1, rows.events.size());
    assertEquals(0, rows.issues.count(ParseCounters.UNLISTED_ISSUE));
    return rows.events.get(0);
  }

  @Test
  public void aWellFormedEventYieldsEveryRow() {
    ParsedRows rows = parseEvent(event());
    EventRow e = only(rows);
    assertEquals("E1", e.getEventId());
    assertEquals("High-Vibe Music", e.getEventName());
    assertEquals("event", e.getEventType());
    assertEquals(Boolean.FALSE, e.getIsTest());
    assertNull("empty string → null", e.getInfo());
    assertEquals("Bring ID", e.getPleaseNote());
    assertEquals("2017-07-03", e.getEventDate());
    assertEquals("21:00:00", e.getEventLocalTime());
    assertEquals(new Instant(1499140800000L), e.getEventDatetimeUtc());
    assertEquals("America/Los_Angeles", e.getEventTimezone());
    assertEquals(Boolean.FALSE, e.getDateTba());
    assertEquals(Boolean.FALSE, e.getTimeTba());
    assertEquals(Boolean.FALSE, e.getNoSpecificTime());
    assertEquals("onsale", e.getStatusCode());
    assertEquals(new Instant(1495503001000L), e.getSalesPublicStartUtc());
    assertEquals(
        "KZFzniwnSyZfZ7v7nJ|KnvZfZ7vAvl|KZazBEonSMnZfZ7vk1I|KZAyXgnZfZ7v7nI|KZFzBErXgnZfZ7v7lJ",
        e.getClassificationId());
    assertEquals("V1", e.getPrimaryVenueId());
    assertEquals("A1", e.getHeadlinerAttractionId());
    assertEquals(15.0, e.getPriceMin(), 0);
    assertEquals(25.5, e.getPriceMax(), 0);
    assertEquals("USD", e.getPriceCurrency());
    assertEquals("events/f1.json", e.getSourceFile());
    assertEquals(3, e.getRecordIndex());
    assertEquals(SilverLineage.STANDALONE, e.getOrigin());
    assertEquals("run-1", e.getRunId());
    assertEquals(Fixtures.T0, e.getIngestionTimestamp());

    assertEquals(1, rows.priceRanges.size());
    EventPriceRangeRow pr = rows.priceRanges.get(0);
    assertEquals("standard", pr.getPriceType());
    assertEquals("USD", pr.getCurrency());

    assertEquals(1, rows.venues.size());
    VenueRow v = rows.venues.get(0);
    assertEquals("V1", v.getVenueId());
    assertEquals("90036", v.getPostalCode());
    assertEquals("Los Angeles", v.getCity());
    assertEquals(34.0652923, v.getLatitude(), 0);
    assertEquals(-118.3615566, v.getLongitude(), 0);
    assertEquals("embedded venue carries its event's lineage", "events/f1.json", v.getSourceFile());
    assertEquals(3, v.getRecordIndex());
    assertEquals(SilverLineage.EMBEDDED, v.getOrigin());
    assertEquals(1, rows.markets.size());
    assertNull("2016-style market without a name", rows.markets.get(0).getMarketName());
    assertEquals(1, rows.venueMarkets.size());

    assertEquals(List.of("A1", "A2"), ids(rows.attractions));
    assertEquals(
        List.of("E1 V1 0"),
        rows.eventVenues.stream()
            .map(r -> r.getEventId() + " " + r.getVenueId() + " " + r.getVenueOrder())
            .collect(Collectors.toList()));
    assertEquals(
        List.of("E1 A1 0", "E1 A2 1"),
        rows.eventAttractions.stream()
            .map(r -> r.getEventId() + " " + r.getAttractionId() + " " + r.getBillingOrder())
            .collect(Collectors.toList()));
    for (EventVenueRow r : rows.eventVenues) {
      assertEquals(SilverLineage.STANDALONE, r.getOrigin());
    }
    // The event's classification + A1's (segment/genre only); A2 has none.
    assertEquals(2, rows.classifications.size());
    assertEquals(
        "KZFzniwnSyZfZ7v7nJ|KnvZfZ7vAvE|-|-|-", rows.attractions.get(0).getClassificationId());
    assertNull(rows.attractions.get(1).getClassificationId());
    for (ClassificationRow c : rows.classifications) {
      assertEquals(SilverLineage.EMBEDDED, c.getOrigin());
    }
    assertTrue(rows.rejected.isEmpty());
  }

  private static List<String> ids(List<com.tixmaster.schemas.silver.AttractionRow> rows) {
    return rows.stream().map(r -> r.getAttractionId()).collect(Collectors.toList());
  }

  @Test
  public void pricesAsStringsAndBothPriceTypes() {
    ObjectNode e = event();
    e.set(
        "priceRanges",
        Fixtures.object(
                "{'a':[{'type':'standard including"
                    + " fees','currency':'pln','min':'129.9','max':'250'},{'type':' Standard"
                    + " ','currency':'PLN','min':119,'max':'230.50'}]}")
            .get("a"));
    ParsedRows rows = parseEvent(e);
    EventRow ev = only(rows);
    assertEquals("the standard range wins even when not first", 119.0, ev.getPriceMin(), 0);
    assertEquals(230.5, ev.getPriceMax(), 0);
    assertEquals("PLN", ev.getPriceCurrency());
    assertEquals(2, rows.priceRanges.size());
    assertEquals("standard including fees", rows.priceRanges.get(0).getPriceType());
    assertEquals(129.9, rows.priceRanges.get(0).getPriceMin(), 1e-9);
    // three prices, plus the embedded venue's latitude and longitude
    assertEquals(5, rows.issues.count(ParseCounters.PARSED_NUMBER_FROM_STRING));
  }

  @Test
  public void withoutAStandardRangeTheFirstIsUsed() {
    ObjectNode e = event();
    e.set(
        "priceRanges",
        Fixtures.object(
                "{'a':[{'type':'standard including fees','currency':'USD','min':30,'max':40}]}")
            .get("a"));
    EventRow ev = only(parseEvent(e));
    assertEquals(30.0, ev.getPriceMin(), 0);
    assertEquals(40.0, ev.getPriceMax(), 0);
  }

  @Test
  public void minAboveMaxNullsThePairAndJunkPricesAreCounted() {
    ObjectNode e = event();
    e.set(
        "priceRanges",
        Fixtures.object(
                "{'a':[{'type':'standard','currency':'USD','min':50,'max':20},"
                    + "{'type':'vip','currency':'USD','min':'cheap','max':-5},"
                    + "{'currency':'EUR','min':1,'max':2},"
                    + "{'type':'standard','min':1,'max':2},"
                    + "{'type':'standard','currency':'usd','min':1,'max':2},"
                    + "'not an object',null]}")
            .get("a"));
    ParsedRows rows = parseEvent(e);
    EventRow ev = only(rows);
    assertNull(ev.getPriceMin());
    assertNull(ev.getPriceMax());
    assertEquals("USD", ev.getPriceCurrency());
    assertEquals(3, rows.priceRanges.size());
    for (EventPriceRangeRow r : rows.priceRanges) {
      assertTrue(
          "price_min is never greater than price_max",
          r.getPriceMin() == null || r.getPriceMax() == null || r.getPriceMin() <= r.getPriceMax());
    }
    assertEquals("unknown", rows.priceRanges.get(2).getPriceType());
    ParseIssues i = rows.issues;
    assertEquals(1, i.count(ParseCounters.PRICE_RANGE_INVALID));
    assertEquals(1, i.count(ParseCounters.NULLED_PRICE_MIN_NOT_A_NUMBER));
    assertEquals(1, i.count(ParseCounters.NULLED_PRICE_MAX_OUT_OF_RANGE));
    assertEquals(1, i.count(ParseCounters.DEFAULTED_PRICE_TYPE));
    assertEquals(1, i.count(ParseCounters.DROPPED_PRICE_RANGE_MISSING_CURRENCY));
    assertEquals(1, i.count(ParseCounters.DROPPED_PRICE_RANGE_DUPLICATE));
    assertEquals(1, i.count(ParseCounters.NULLED_PRICE_RANGE_ENTRY_WRONG_TYPE));
  }

  @Test
  public void noSpecificTimeAndTbaKeepTheDateOnly() {
    ObjectNode e = event();
    ((ObjectNode) e.get("dates"))
        .set(
            "start",
            Fixtures.object(
                "{'localDate':'2017-07-05','dateTBD':false,'dateTBA':false,'timeTBA':false,'noSpecificTime':true}"));
    EventRow ev = only(parseEvent(e));
    assertEquals("2017-07-05", ev.getEventDate());
    assertNull(ev.getEventLocalTime());
    assertNull(ev.getEventDatetimeUtc());
    assertEquals(Boolean.TRUE, ev.getNoSpecificTime());

    ((ObjectNode) e.get("dates"))
        .set("start", Fixtures.object("{'dateTBA':true,'dateTBD':true,'timeTBA':'true'}"));
    ev = only(parseEvent(e));
    assertNull(ev.getEventDate());
    assertNull(ev.getEventDatetimeUtc());
    assertEquals(Boolean.TRUE, ev.getDateTba());
    assertEquals(Boolean.TRUE, ev.getDateTbd());
    assertEquals(Boolean.TRUE, ev.getTimeTba());
  }

  @Test
  public void timezoneFallsBackToTheVenueAndTheInstantIsComputed() {
    ObjectNode e = event();
    ObjectNode dates = (ObjectNode) e.get("dates");
    dates.remove("timezone");
    ((ObjectNode) dates.get("start")).remove("dateTime");
    ((ObjectNode) e.at("/_embedded/venues/0")).put("timezone", "Europe/Warsaw");
    ParsedRows rows = parseEvent(e);
    EventRow ev = only(rows);
    assertEquals("Europe/Warsaw", ev.getEventTimezone());
    // 2017-07-03 21:00 in Warsaw (CEST, +02:00) = 19:00Z
    assertEquals(
        new Instant(java.time.Instant.parse("2017-07-03T19:00:00Z").toEpochMilli()),
        ev.getEventDatetimeUtc());
    assertEquals(1, rows.issues.count(ParseCounters.EVENT_TIMEZONE_FROM_VENUE));
    assertEquals(1, rows.issues.count(ParseCounters.EVENT_DATETIME_COMPUTED));
  }

  @Test
  public void aLocalDateIsDerivedFromDateTimeWhenMissing() {
    ObjectNode e = event();
    ObjectNode start = (ObjectNode) e.at("/dates/start");
    start.remove("localDate");
    start.remove("localTime");
    ParsedRows rows = parseEvent(e);
    EventRow ev = only(rows);
    assertEquals("2017-07-03", ev.getEventDate());
    assertEquals("21:00:00", ev.getEventLocalTime());
    assertEquals(1, rows.issues.count(ParseCounters.EVENT_LOCAL_DATE_COMPUTED));
  }

  @Test
  public void theOnsalePlaceholderBecomesNull() {
    ObjectNode e = event();
    ((ObjectNode) e.at("/sales/public")).put("startDateTime", "1900-01-01T18:00:00Z");
    ((ObjectNode) e.at("/sales/public")).put("endDateTime", "not a date");
    ParsedRows rows = parseEvent(e);
    EventRow ev = only(rows);
    assertNull(ev.getSalesPublicStartUtc());
    assertNull(ev.getSalesPublicEndUtc());
    assertEquals(1, rows.issues.count(ParseCounters.NULLED_SALES_START_PLACEHOLDER));
    assertEquals(1, rows.issues.count(ParseCounters.NULLED_SALES_END_INVALID));
  }

  @Test
  public void cancelledAndCanceledMeanTheSameAndUnknownCodesAreKept() {
    ObjectNode e = event();
    ObjectNode status = (ObjectNode) e.at("/dates/status");
    status.put("code", "canceled");
    ParsedRows rows = parseEvent(e);
    assertEquals("cancelled", only(rows).getStatusCode());
    assertEquals(1, rows.issues.count(ParseCounters.NORMALIZED_STATUS_CANCELED));
    status.put("code", " Cancelled ");
    rows = parseEvent(e);
    assertEquals("cancelled", only(rows).getStatusCode());
    assertEquals(0, rows.issues.count(ParseCounters.UNKNOWN_STATUS_CODE));
    status.put("code", "paused");
    rows = parseEvent(e);
    assertEquals("paused", only(rows).getStatusCode());
    assertEquals(1, rows.issues.count(ParseCounters.UNKNOWN_STATUS_CODE));
  }

  @Test
  public void classificationWithoutGenreAndPrimarySelection() {
    ObjectNode e = event();
    e.set(
        "classifications",
        Fixtures.object(
                "{'a':[{'primary':false,'segment':{'id':'S1','name':'Sports'}},"
                    + "{'primary':true,'segment':{'id':'S2','name':'Music'},'subGenre':{'id':'SG','name':'x'}},"
                    + "{'primary':false},'junk']}")
            .get("a"));
    ParsedRows rows = parseEvent(e);
    assertEquals("S2|-|SG|-|-", only(rows).getClassificationId());
    assertEquals(1, rows.issues.count(ParseCounters.DROPPED_CLASSIFICATION_WITHOUT_IDS));
    assertEquals(1, rows.issues.count(ParseCounters.NULLED_CLASSIFICATION_ENTRY_WRONG_TYPE));
    ClassificationRow s1 =
        rows.classifications.stream()
            .filter(c -> c.getSegmentId() != null && c.getSegmentId().equals("S1"))
            .findFirst()
            .get();
    assertEquals("S1|-|-|-|-", s1.getClassificationId());
    assertEquals("Sports", s1.getSegmentName());
    assertNull(s1.getGenreId());
    assertNull(s1.getGenreName());

    // No primary:true → the first usable entry.
    ((ObjectNode) e.get("classifications").get(1)).put("primary", false);
    assertEquals("S1|-|-|-|-", only(parseEvent(e)).getClassificationId());
  }

  @Test
  public void wrongTypesInEveryNestedObjectNeverThrow() {
    String[][] cases = {
      {"dates", "'2017-07-03'", ParseCounters.NULLED_DATES_WRONG_TYPE},
      {"_embedded", "[1,2]", ParseCounters.NULLED_EMBEDDED_WRONG_TYPE},
      {"priceRanges", "{'type':'standard'}", ParseCounters.NULLED_PRICE_RANGES_WRONG_TYPE},
      {"sales", "'soon'", ParseCounters.NULLED_SALES_WRONG_TYPE},
      {"classifications", "{'primary':true}", ParseCounters.NULLED_CLASSIFICATIONS_WRONG_TYPE},
      {"name", "{'en':'x'}", ParseCounters.NULLED_EVENT_FIELD_WRONG_TYPE},
      {"test", "'maybe'", ParseCounters.NULLED_EVENT_FLAG_INVALID},
    };
    for (String[] c : cases) {
      ObjectNode e = event();
      e.set(c[0], Fixtures.object("{'v':" + c[1] + "}").get("v"));
      ParsedRows rows = parseEvent(e);
      EventRow ev = only(rows);
      assertEquals(c[0], "E1", ev.getEventId());
      assertEquals(c[0], 1, rows.issues.count(c[2]));
      assertTrue(c[0], rows.rejected.isEmpty());
    }
    String[][] nested = {
      {"/dates", "start", "[]", ParseCounters.NULLED_DATES_START_WRONG_TYPE},
      {"/dates", "status", "'onsale'", ParseCounters.NULLED_DATES_STATUS_WRONG_TYPE},
      {"/sales", "public", "7", ParseCounters.NULLED_SALES_PUBLIC_WRONG_TYPE},
      {"/_embedded", "venues", "{'id':'V1'}", ParseCounters.NULLED_EMBEDDED_VENUES_WRONG_TYPE},
      {"/_embedded", "attractions", "'A1'", ParseCounters.NULLED_EMBEDDED_ATTRACTIONS_WRONG_TYPE},
      {"/_embedded/venues/0", "location", "42", ParseCounters.NULLED_LOCATION_WRONG_TYPE},
      {"/_embedded/venues/0", "city", "'LA'", ParseCounters.NULLED_CITY_WRONG_TYPE},
      {"/_embedded/venues/0", "state", "['CA']", ParseCounters.NULLED_STATE_WRONG_TYPE},
      {"/_embedded/venues/0", "country", "true", ParseCounters.NULLED_COUNTRY_WRONG_TYPE},
      {
        "/_embedded/venues/0", "address", "'575 S Fairfax'", ParseCounters.NULLED_ADDRESS_WRONG_TYPE
      },
      {"/_embedded/venues/0", "markets", "{'id':'27'}", ParseCounters.NULLED_MARKETS_WRONG_TYPE},
      {
        "/_embedded/attractions/0",
        "classifications",
        "'Music'",
        ParseCounters.NULLED_CLASSIFICATIONS_WRONG_TYPE
      },
      {
        "/classifications/0",
        "segment",
        "'Music'",
        ParseCounters.NULLED_CLASSIFICATION_LEVEL_WRONG_TYPE
      },
      {"/dates/start", "localDate", "{'y':2017}", ParseCounters.NULLED_EVENT_FIELD_WRONG_TYPE},
      {"/dates/start", "dateTime", "'yesterday'", ParseCounters.NULLED_EVENT_DATETIME_INVALID},
      {"/dates/start", "localTime", "'9pm'", ParseCounters.NULLED_EVENT_LOCAL_TIME_INVALID},
      {"/dates", "timezone", "'Nowhere/Else'", ParseCounters.NULLED_EVENT_TIMEZONE_INVALID},
    };
    for (String[] c : nested) {
      ObjectNode e = event();
      ((ObjectNode) e.at(c[0])).set(c[1], Fixtures.object("{'v':" + c[2] + "}").get("v"));
      ParsedRows rows = parseEvent(e);
      String what = c[0] + "/" + c[1];
      assertEquals(what, "E1", only(rows).getEventId());
      assertEquals(what + " " + rows.issues, 1, rows.issues.count(c[3]));
      assertTrue(what, rows.rejected.isEmpty());
    }
  }

  @Test
  public void emptyArraysAndAMinimalEvent() {
    ParsedRows rows =
        parseEvent(
            json(
                "{'id':'E1','classifications':[],'priceRanges':[],'_embedded':{'venues':[],'attractions':[]}}"));
    EventRow ev = only(rows);
    assertNull(ev.getClassificationId());
    assertNull(ev.getPrimaryVenueId());
    assertNull(ev.getHeadlinerAttractionId());
    assertNull(ev.getPriceMin());
    assertNull(ev.getEventDate());
    assertTrue(rows.priceRanges.isEmpty());
    assertTrue(rows.eventVenues.isEmpty());
    assertTrue(rows.venues.isEmpty());
    assertTrue(rows.classifications.isEmpty());
    assertTrue(rows.issues.isEmpty());
  }

  @Test
  public void unusableEmbeddedCopiesAreRejectedAndTheirLinksDropped() {
    ObjectNode e = event();
    ArrayNode venues = (ArrayNode) e.at("/_embedded/venues");
    venues.insert(0, Fixtures.object("{'name':'No id venue'}"));
    venues.add(F.textNode("KovZpZAFJ71A"));
    venues.add(venues.get(1).deepCopy());
    ArrayNode attractions = (ArrayNode) e.at("/_embedded/attractions");
    attractions.insert(0, Fixtures.object("{'id':{'x':1},'name':'Bad id'}"));
    ParsedRows rows = parseEvent(e);
    EventRow ev = only(rows);
    assertEquals("order 0 is the first usable venue", "V1", ev.getPrimaryVenueId());
    assertEquals("A1", ev.getHeadlinerAttractionId());
    assertEquals(1, rows.eventVenues.size());
    assertEquals(0, rows.eventVenues.get(0).getVenueOrder());
    assertEquals(
        List.of(0, 1),
        rows.eventAttractions.stream()
            .map(EventAttractionRow::getBillingOrder)
            .collect(Collectors.toList()));
    assertEquals(3, rows.rejected.size());
    RejectedRow noId = rows.rejected.get(0);
    assertEquals("venues", noId.getEntity());
    assertEquals(ReasonCodes.MISSING_ID, noId.getReasonCode());
    assertEquals(SilverLineage.EMBEDDED, noId.getOrigin());
    assertEquals("E1", noId.getRecordId());
    assertEquals("events/f1.json", noId.getSourceFile());
    assertTrue(noId.getReasonDetail(), noId.getReasonDetail().contains("_embedded.venues[0]"));
    assertEquals(ReasonCodes.NOT_AN_OBJECT, rows.rejected.get(1).getReasonCode());
    assertEquals("attractions", rows.rejected.get(2).getEntity());
    assertEquals(ReasonCodes.INVALID_ID, rows.rejected.get(2).getReasonCode());
    assertEquals(2, rows.issues.count(ParseCounters.DROPPED_LINK_VENUE_REJECTED));
    assertEquals(1, rows.issues.count(ParseCounters.DROPPED_LINK_DUPLICATE_VENUE));
    assertEquals(1, rows.issues.count(ParseCounters.DROPPED_LINK_ATTRACTION_REJECTED));
  }

  @Test
  public void unusableRecordsAreRejectedWithAStableReason() {
    Object[][] cases = {
      {"{'name':'no id'}", ReasonCodes.MISSING_ID},
      {"{'id':'   '}", ReasonCodes.MISSING_ID},
      {"{'id':null}", ReasonCodes.MISSING_ID},
      {"{'id':['E1']}", ReasonCodes.INVALID_ID},
      {"{'id':true}", ReasonCodes.INVALID_ID},
      {"{'id':1.5}", ReasonCodes.INVALID_ID},
      {"[{'id':'E1'}]", ReasonCodes.NOT_AN_OBJECT},
      {"'E1'", ReasonCodes.NOT_AN_OBJECT},
      {"null", ReasonCodes.NOT_AN_OBJECT},
      {"{'id':'E1',", ReasonCodes.UNPARSEABLE_PAYLOAD},
      {"{'id':'E1'} trailing", ReasonCodes.UNPARSEABLE_PAYLOAD},
      {"", ReasonCodes.UNPARSEABLE_PAYLOAD},
    };
    for (Object[] c : cases) {
      String payload = json((String) c[0]);
      ParsedRows rows = parseEvent(payload);
      assertTrue(payload, rows.events.isEmpty());
      assertEquals(payload, 1, rows.rejected.size());
      RejectedRow r = rows.rejected.get(0);
      assertEquals(payload, c[1], r.getReasonCode());
      assertEquals("events", r.getEntity());
      assertEquals(payload, r.getPayload());
      assertEquals(SilverLineage.STANDALONE, r.getOrigin());
      assertEquals("run-1", r.getRunId());
      assertFalse(r.getReasonDetail().isEmpty());
    }
    ParsedRows numeric = parseEvent(json("{'id':12345}"));
    assertEquals("12345", only(numeric).getEventId());
    assertEquals(1, numeric.issues.count(ParseCounters.PARSED_ID_FROM_NUMBER));
  }
}
