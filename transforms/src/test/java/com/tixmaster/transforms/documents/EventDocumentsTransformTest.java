package com.tixmaster.transforms.documents;

import static com.tixmaster.transforms.gold.SilverFixtures.attraction;
import static com.tixmaster.transforms.gold.SilverFixtures.classification;
import static com.tixmaster.transforms.gold.SilverFixtures.event;
import static com.tixmaster.transforms.gold.SilverFixtures.eventAttraction;
import static com.tixmaster.transforms.gold.SilverFixtures.venue;

import com.tixmaster.schemas.gold.EventDocument;
import com.tixmaster.schemas.gold.GoldRejectedRow;
import com.tixmaster.transforms.gold.GoldAsserts;
import com.tixmaster.transforms.gold.GoldConfig;
import com.tixmaster.transforms.gold.SilverFixtures;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.joda.time.Instant;
import org.junit.Rule;
import org.junit.Test;

public class EventDocumentsTransformTest {
  static final GoldConfig CONFIG = GoldConfig.of("run-7", Instant.parse("2025-03-10T12:00:00Z"));

  @Rule public final transient TestPipeline p = TestPipeline.create();

  static SilverFixtures.Silver silver() {
    SilverFixtures.Silver s = new SilverFixtures.Silver();
    s.venues.add(
        venue("V1", "Arena One")
            .with("city", "Austin")
            .with("state", "Texas")
            .with("country", "United States Of America")
            .build());
    s.classifications.add(classification("C1", "Music", "Rock", "Alternative Rock"));
    s.attractions.add(attraction("A1", "Band A").build());
    s.attractions.add(attraction("A2", "Band B").build());
    // U1: upcoming, everything known; the support act is listed after the headliner
    s.events.add(
        event("U1")
            .with("event_name", "Rock Night")
            .with("event_url", "https://example.com/U1")
            .with("event_date", "2025-06-07")
            .with("event_local_time", "20:00:00")
            .with("event_datetime_utc", "2025-06-08T01:00:00Z")
            .with("primary_venue_id", "V1")
            .with("classification_id", "C1")
            .with("headliner_attraction_id", "A1")
            .with("price_min", 20.0)
            .with("price_max", 80.0)
            .with("price_currency", "USD")
            .with("status_code", "onsale")
            .build());
    s.eventAttractions.add(eventAttraction("U1", "A2", 1));
    s.eventAttractions.add(eventAttraction("U1", "A1", 0));
    // U2: local date already past in UTC terms (Hawaii evening), but the instant is upcoming
    s.events.add(
        event("U2")
            .with("event_name", "Luau")
            .with("event_date", "2025-03-09")
            .with("event_local_time", "19:00:00")
            .with("event_datetime_utc", "2025-03-10T13:00:00Z")
            .with("primary_venue_id", "V404")
            .with("status_code", "onsale")
            .build());
    // U3: today (as-of date), earlier than the as-of instant: still upcoming by date
    s.events.add(
        event("U3")
            .with("event_name", "Matinee")
            .with("event_date", "2025-03-10")
            .with("event_datetime_utc", "2025-03-10T02:00:00Z")
            .with("time_tba", true)
            .with("status_code", "postponed")
            .build());
    // past, test, and undatable events are not documented
    s.events.add(
        event("P1")
            .with("event_name", "Old Show")
            .with("event_date", "2025-03-09")
            .with("event_datetime_utc", "2025-03-09T20:00:00Z")
            .build());
    s.events.add(
        event("T1")
            .with("event_name", "Test Show")
            .with("event_date", "2025-06-07")
            .with("is_test", true)
            .build());
    s.events.add(event("N1").with("event_name", "Someday").with("date_tba", true).build());
    return s;
  }

  static EventDocument.Builder doc(String id, String name, String text) {
    return EventDocument.builder()
        .setEventId(id)
        .setEventName(name)
        .setEventText(text)
        .setRunId("run-7");
  }

  @Test
  public void documentsUpcomingNonTestEvents() {
    PCollectionTuple out =
        silver().inputs(p).apply("Documents", EventDocumentsTransform.of(CONFIG));
    PCollection<EventDocument> docs = out.get(EventDocumentsTransform.DOCUMENTS);
    PCollectionTuple empty =
        new SilverFixtures.Silver()
            .inputs(p, "Empty")
            .apply("NoDocuments", EventDocumentsTransform.of(CONFIG));
    PCollection<EventDocument> none = empty.get(EventDocumentsTransform.DOCUMENTS);

    PAssert.that(docs)
        .containsInAnyOrder(
            doc(
                    "U1",
                    "Rock Night",
                    "Rock Night is a Music event (Rock, Alternative Rock). It takes place on"
                        + " Saturday, June 7, 2025 at 8:00 PM local time, at Arena One in Austin,"
                        + " Texas, United States Of America. Tickets cost from 20.00 to 80.00 USD."
                        + " Status: on sale. Featuring Band A and Band B.")
                .setEventDate("2025-06-07")
                .setEventLocalTime("20:00:00")
                .setEventDatetimeUtc(Instant.parse("2025-06-08T01:00:00Z"))
                .setCity("Austin")
                .setState("Texas")
                .setCountry("United States Of America")
                .setSegmentName("Music")
                .setGenreName("Rock")
                .setSubgenreName("Alternative Rock")
                .setPriceMin(20.0)
                .setPriceMax(80.0)
                .setPriceCurrency("USD")
                .setVenueName("Arena One")
                .setAttractionName("Band A")
                .setStatusCode("onsale")
                .setEventUrl("https://example.com/U1")
                .build(),
            doc(
                    "U2",
                    "Luau",
                    "Luau is an event. It takes place on Sunday, March 9, 2025 at 7:00 PM local"
                        + " time. No price range is published. Status: on sale.")
                .setEventDate("2025-03-09")
                .setEventLocalTime("19:00:00")
                .setEventDatetimeUtc(Instant.parse("2025-03-10T13:00:00Z"))
                .setStatusCode("onsale")
                .build(),
            doc(
                    "U3",
                    "Matinee",
                    "Matinee is an event. It takes place on Monday, March 10, 2025 (time to be"
                        + " announced). No price range is published. Status: postponed.")
                .setEventDate("2025-03-10")
                .setEventDatetimeUtc(Instant.parse("2025-03-10T02:00:00Z"))
                .setStatusCode("postponed")
                .build());
    PAssert.that(none).empty();
    // good silver, and no silver at all, reject nothing
    PAssert.that(out.get(EventDocumentsTransform.REJECTED)).empty();
    PAssert.that(empty.get(EventDocumentsTransform.REJECTED)).empty();
    p.run().waitUntilFinish();
  }

  // Bad silver: null ids, dangling venue/classification/attraction references, a nameless event.
  @Test
  public void badSilverDocumentsWhatIsKnownAndRejectsRowsWithoutKeys() {
    SilverFixtures.Silver s = new SilverFixtures.Silver();
    s.venues.add(venue(null, "Ghost Hall").with("city", "Nowhere").build());
    s.venues.add(venue("V2", null).with("city", "Dallas").with("state", "Texas").build());
    s.classifications.add(classification(null, "Music", "Rock", "Alternative Rock"));
    s.attractions.add(attraction("A1", "Band A").build());
    s.attractions.add(attraction(null, "Nobody").build());
    // an upcoming event without an id: no document
    s.events.add(event(null).with("event_name", "No Id").with("event_date", "2025-06-01").build());
    // B1: its venue and classification are not in silver
    s.events.add(
        event("B1")
            .with("event_name", "Missing Links")
            .with("event_date", "2025-04-01")
            .with("event_local_time", "18:30:00")
            .with("primary_venue_id", "V404")
            .with("classification_id", "C404")
            .with("status_code", "onsale")
            .build());
    // B2: its headliner is an unknown attraction; only the known act is featured
    s.events.add(
        event("B2")
            .with("event_name", "Unknown Acts")
            .with("event_date", "2025-05-05")
            .with("headliner_attraction_id", "A404")
            .with("price_min", 15.0)
            .with("price_currency", "EUR")
            .build());
    s.eventAttractions.add(eventAttraction("B2", "A404", 0));
    s.eventAttractions.add(eventAttraction("B2", "A1", 1));
    s.eventAttractions.add(eventAttraction("E404", "A1", 0));
    s.eventAttractions.add(eventAttraction(null, "A1", 0));
    // B3: no name; its venue has no name either, only a place
    s.events.add(
        event("B3").with("event_date", "2025-03-11").with("primary_venue_id", "V2").build());

    // silver.markets is not read by the documents: its bad row is not theirs to reject
    s.markets.add(SilverFixtures.market(null, "Nowhere"));
    PCollectionTuple out = s.inputs(p).apply("Documents", EventDocumentsTransform.of(CONFIG));
    PCollection<EventDocument> docs = out.get(EventDocumentsTransform.DOCUMENTS);
    PCollection<GoldRejectedRow> rejected = out.get(EventDocumentsTransform.REJECTED);

    PAssert.that(docs)
        .containsInAnyOrder(
            doc(
                    "B1",
                    "Missing Links",
                    "Missing Links is an event. It takes place on Tuesday, April 1, 2025 at 6:30 PM"
                        + " local time. No price range is published. Status: on sale.")
                .setEventDate("2025-04-01")
                .setEventLocalTime("18:30:00")
                .setStatusCode("onsale")
                .build(),
            doc(
                    "B2",
                    "Unknown Acts",
                    "Unknown Acts is an event. It takes place on Monday, May 5, 2025 (time to be"
                        + " announced). Tickets start at 15.00 EUR. Status: unknown. Featuring Band"
                        + " A.")
                .setEventDate("2025-05-05")
                .setPriceMin(15.0)
                .setPriceCurrency("EUR")
                .build(),
            doc(
                    "B3",
                    null,
                    "This event is an event. It takes place on Tuesday, March 11, 2025 (time to be"
                        + " announced), at a venue in Dallas, Texas. No price range is published."
                        + " Status: unknown.")
                .setEventDate("2025-03-11")
                .setCity("Dallas")
                .setState("Texas")
                .build());
    // each keyless row once; dangling references are not rejections (the document omits them)
    PAssert.that(GoldAsserts.deadLetterLines("RejectedLines", rejected))
        .containsInAnyOrder(
            "silver.venues missing_key null",
            "silver.classifications missing_key null",
            "silver.attractions missing_key null",
            "silver.events missing_key null",
            "silver.event_attractions missing_key |A1");
    PAssert.that(rejected).satisfies(GoldAsserts.wellFormed("documents", "run-7"));
    p.run().waitUntilFinish();
  }
}
