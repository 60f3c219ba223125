package com.tixmaster.transforms.silver;

import static com.tixmaster.transforms.silver.SilverFixtures.assertEmpty;
import static com.tixmaster.transforms.silver.SilverFixtures.eventRow;
import static com.tixmaster.transforms.silver.SilverFixtures.idle;
import static com.tixmaster.transforms.silver.SilverFixtures.raw;
import static com.tixmaster.transforms.silver.SilverFixtures.show;
import static com.tixmaster.transforms.silver.SilverFixtures.t;

import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.schemas.silver.EventAttractionRow;
import com.tixmaster.schemas.silver.EventPriceRangeRow;
import com.tixmaster.schemas.silver.EventRow;
import com.tixmaster.schemas.silver.EventVenueRow;
import com.tixmaster.schemas.silver.SilverLineage;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The events family, fed as in production (bronze raw shards through {@link SilverTransform}):
 * parse once, dedup with the current state, children follow the winner, and the copies embedded in
 * every event record reach the other families.
 */
public class EventsTransformTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();
  @Rule public final transient TemporaryFolder tmp = new TemporaryFolder();

  static final String VENUE_V1 =
      "{'id':'V1','name':'Molly Malones','timezone':'America/Los_Angeles',"
          + "'location':{'latitude':'34.06','longitude':'-118.36'},'markets':[{'id':'27'}]}";

  /** This run's records as bronze raw shards, with no current state yet. */
  private SilverInput.Builder input(List<RawRecord> records) throws Exception {
    return SilverInput.builder(RawFiles.of(p, tmp, "Files", records));
  }

  @Test
  public void firstRunParsesDedupsAndRejects() throws Exception {
    SilverConfig config = SilverConfig.of("run-1");
    List<RawRecord> records =
        List.of(
            raw(
                "events",
                "{'id':'E1','name':'Show One','dates':{'timezone':'America/Los_Angeles'},"
                    + "'priceRanges':[{'type':'standard','currency':'USD','min':10,'max':20}],"
                    + "'classifications':[{'primary':true,'segment':{'id':'S','name':'Music'},'genre':{'id':'G','name':'Rock'}}],"
                    + "'_embedded':{'venues':["
                    + VENUE_V1
                    + "],'attractions':[{'id':'A1','name':'Band A'},{'id':'A2','name':'Band B'}]}}",
                "events/a.json",
                0,
                100),
            // the same event in a later file of the same ingestion: it wins, with its own children
            raw(
                "events",
                "{'id':'E1','name':'Show One"
                    + " (b)','_embedded':{'venues':[{'id':'V2','name':'Other'}],'attractions':[{'id':'A2','name':'Band"
                    + " B'}]}}",
                "events/b.json",
                0,
                100),
            raw(
                "events",
                "{'id':'E2','name':'Cancelled"
                    + " show','dates':{'status':{'code':'canceled'}},'_embedded':{'venues':[{'id':'V1','name':'Molly"
                    + " Malones','timezone':'America/Los_Angeles'}]}}",
                "events/a.json",
                1,
                100),
            raw("events", "{'name':'no id'}", "events/a.json", 2, 100),
            raw("events", "[1,2]", "events/a.json", 3, 100));

    SilverOutput out = input(records).build().apply("Silver", SilverTransform.of(config));

    PAssert.that(show("ShowEvents", out.events(), SilverFixtures::event))
        .containsInAnyOrder(
            "E1 Show One (b) v=V2 a=A2 c=null p=null-null null s=null tz=null"
                + " events/b.json#0/standalone/run-1",
            "E2 Cancelled show v=V1 a=null c=null p=null-null null s=cancelled"
                + " tz=America/Los_Angeles events/a.json#1/standalone/run-1");
    PAssert.that(out.eventPriceRanges()).empty();
    PAssert.that(show("ShowEventVenues", out.eventVenues(), SilverFixtures::eventVenue))
        .containsInAnyOrder(
            "E1 V2 0 events/b.json#0/standalone/run-1", "E2 V1 0 events/a.json#1/standalone/run-1");
    PAssert.that(
            show("ShowEventAttractions", out.eventAttractions(), SilverFixtures::eventAttraction))
        .containsInAnyOrder("E1 A2 0 events/b.json#0/standalone/run-1");
    // The copies embedded in every event record, winners and losers alike, are observations of
    // the other families (obs = 3 venues, 3 attractions, 1 classification, 1 market), whose
    // newest copy per key wins there: V1's later copy (#1, no location, no markets) over #0, and
    // A1 from the losing copy of E1.
    PAssert.that(show("ShowVenues", out.venues(), SilverFixtures::venue))
        .containsInAnyOrder(
            "V1 Molly Malones tz=America/Los_Angeles lat=null lon=null"
                + " events/a.json#1/embedded/run-1",
            "V2 Other tz=null lat=null lon=null events/b.json#0/embedded/run-1");
    PAssert.that(show("ShowMarkets", out.markets(), SilverFixtures::market))
        .containsInAnyOrder("27 null events/a.json#0/embedded/run-1");
    // V1's winning copy lists no market, so its venue_markets link (from the losing copy) is gone
    PAssert.that(out.venueMarkets()).empty();
    PAssert.that(show("ShowAttractions", out.attractions(), SilverFixtures::attraction))
        .containsInAnyOrder(
            "A1 Band A c=null events/a.json#0/embedded/run-1",
            "A2 Band B c=null events/b.json#0/embedded/run-1");
    PAssert.that(show("ShowClassifications", out.classifications(), SilverFixtures::classification))
        .containsInAnyOrder("S|G|-|-|- Music/Rock/null events/a.json#0/embedded/run-1");
    PAssert.that(show("ShowRejected", out.rejected(), SilverFixtures::rejected))
        .containsInAnyOrder(
            "events null missing_id events/a.json#2/standalone/run-1",
            "events null not_an_object events/a.json#3/standalone/run-1");
    PAssert.that(show("ShowAccounting", out.accounting(), SilverFixtures::accounting))
        .containsInAnyOrder(
            // 5 records in = 2 inserted + 2 rejected + 1 superseded (the older copy of E1)
            "run-1 events in=5 emb=0 obs=3 out=2 ins=2 upd=0 unch=0 rej=2 sup=1",
            "run-1 venues in=0 emb=3 obs=3 out=2 ins=2 upd=0 unch=0 rej=0 sup=1",
            "run-1 attractions in=0 emb=3 obs=3 out=2 ins=2 upd=0 unch=0 rej=0 sup=1",
            "run-1 classifications in=0 emb=1 obs=1 out=1 ins=1 upd=0 unch=0 rej=0 sup=0",
            "run-1 markets in=0 emb=1 obs=1 out=1 ins=1 upd=0 unch=0 rej=0 sup=0");
    p.run().waitUntilFinish();
  }

  @Test
  public void incrementalRunChildrenFollowTheWinner() throws Exception {
    SilverConfig config = SilverConfig.of("run-2");
    String f1 = "events/2023/11/14/events_1.json";
    EventRow e1 = eventRow("E1", "Old name", f1, 0, 100, "run-1").setPrimaryVenueId("V1").build();
    EventRow e2 = eventRow("E2", "Untouched", f1, 1, 100, "run-1").setPrimaryVenueId("V1").build();
    EventRow e3 = eventRow("E3", "Kept", f1, 2, 100, "run-1").setPrimaryVenueId("V3").build();
    String f2 = "events/2023/11/15/events_2.json";
    List<RawRecord> records =
        List.of(
            raw(
                "events",
                "{'id':'E1','name':'New name','priceRanges':[{'type':'standard including"
                    + " fees','currency':'EUR','min':5,'max':6}],"
                    + "'_embedded':{'venues':[{'id':'V2'}],'attractions':[{'id':'A2'},{'id':'A1'}]}}",
                f2,
                0,
                200),
            // an older re-delivery of E3 loses to the current row: E3 and its children stay
            raw(
                "events",
                "{'id':'E3','name':'Stale','_embedded':{'venues':[{'id':'V9'}]}}",
                "events/old.json",
                0,
                50),
            raw("events", "{'id':'E4','name':'Brand new'}", f2, 1, 200));

    SilverOutput out =
        input(records)
            .currentEvents(
                p.apply(
                    "CurrentEvents",
                    Create.of(e1, e2, e3).withCoder(SilverCoders.of(p, EventRow.class))))
            .currentEventPriceRanges(
                p.apply(
                    "CurrentPrices",
                    Create.of(price(e1, "standard", "USD"), price(e2, "standard", "USD"))
                        .withCoder(SilverCoders.of(p, EventPriceRangeRow.class))))
            .currentEventVenues(
                p.apply(
                    "CurrentEventVenues",
                    Create.of(link(e1, "V1"), link(e2, "V1"), link(e3, "V3"))
                        .withCoder(SilverCoders.of(p, EventVenueRow.class))))
            .currentEventAttractions(
                p.apply(
                    "CurrentEventAttractions",
                    Create.of(billing(e1, "A1", 0))
                        .withCoder(SilverCoders.of(p, EventAttractionRow.class))))
            .build()
            .apply("Silver", SilverTransform.of(config));

    PAssert.that(show("ShowEvents", out.events(), SilverFixtures::event))
        .containsInAnyOrder(
            "E1 New name v=V2 a=A2 c=null p=5.0-6.0 EUR s=null tz=null "
                + f2
                + "#0/standalone/run-2",
            "E2 Untouched v=V1 a=null c=null p=null-null null s=null tz=null "
                + f1
                + "#1/standalone/run-1",
            "E3 Kept v=V3 a=null c=null p=null-null null s=null tz=null "
                + f1
                + "#2/standalone/run-1",
            "E4 Brand new v=null a=null c=null p=null-null null s=null tz=null "
                + f2
                + "#1/standalone/run-2");
    PAssert.that(show("ShowPrices", out.eventPriceRanges(), SilverFixtures::priceRange))
        .containsInAnyOrder(
            "E1 standard including fees EUR 5.0-6.0 " + f2 + "#0/standalone/run-2",
            "E2 standard USD 1.0-2.0 " + f1 + "#1/standalone/run-1");
    PAssert.that(show("ShowEventVenues", out.eventVenues(), SilverFixtures::eventVenue))
        .containsInAnyOrder(
            "E1 V2 0 " + f2 + "#0/standalone/run-2",
            "E2 V1 0 " + f1 + "#1/standalone/run-1",
            "E3 V3 0 " + f1 + "#2/standalone/run-1");
    PAssert.that(
            show("ShowEventAttractions", out.eventAttractions(), SilverFixtures::eventAttraction))
        .containsInAnyOrder(
            "E1 A2 0 " + f2 + "#0/standalone/run-2", "E1 A1 1 " + f2 + "#0/standalone/run-2");
    PAssert.that(
            show("ShowVenues", out.venues(), v -> v.getVenueId() + " " + SilverFixtures.lin(v)))
        .containsInAnyOrder(
            "V2 " + f2 + "#0/embedded/run-2", "V9 events/old.json#0/embedded/run-2");
    assertEmpty(out.markets(), out.venueMarkets());
    PAssert.that(show("ShowAttractions", out.attractions(), a -> a.getAttractionId()))
        .containsInAnyOrder("A2", "A1");
    assertEmpty(out.classifications(), out.rejected());
    PAssert.that(show("ShowAccounting", out.accounting(), SilverFixtures::accounting))
        .containsInAnyOrder(
            // 3 records in = 1 inserted + 0 rejected + 2 superseded (old E1 replaced, stale E3
            // lost)
            "run-2 events in=3 emb=0 obs=3 out=4 ins=1 upd=1 unch=2 rej=0 sup=2",
            "run-2 venues in=0 emb=2 obs=2 out=2 ins=2 upd=0 unch=0 rej=0 sup=0",
            "run-2 attractions in=0 emb=2 obs=2 out=2 ins=2 upd=0 unch=0 rej=0 sup=0",
            idle("run-2", "classifications"),
            idle("run-2", "markets"));
    p.run().waitUntilFinish();
  }

  private static EventPriceRangeRow price(EventRow e, String type, String currency) {
    return EventPriceRangeRow.builder()
        .setEventId(e.getEventId())
        .setPriceType(type)
        .setCurrency(currency)
        .setPriceMin(1.0)
        .setPriceMax(2.0)
        .setSourceFile(e.getSourceFile())
        .setRecordIndex(e.getRecordIndex())
        .setOrigin(SilverLineage.STANDALONE)
        .setRunId(e.getRunId())
        .setIngestionTimestamp(e.getIngestionTimestamp())
        .build();
  }

  private static EventVenueRow link(EventRow e, String venue) {
    return EventVenueRow.builder()
        .setEventId(e.getEventId())
        .setVenueId(venue)
        .setVenueOrder(0)
        .setSourceFile(e.getSourceFile())
        .setRecordIndex(e.getRecordIndex())
        .setOrigin(SilverLineage.STANDALONE)
        .setRunId(e.getRunId())
        .setIngestionTimestamp(e.getIngestionTimestamp())
        .build();
  }

  private static EventAttractionRow billing(EventRow e, String attraction, int order) {
    return EventAttractionRow.builder()
        .setEventId(e.getEventId())
        .setAttractionId(attraction)
        .setBillingOrder(order)
        .setSourceFile(e.getSourceFile())
        .setRecordIndex(e.getRecordIndex())
        .setOrigin(SilverLineage.STANDALONE)
        .setRunId(e.getRunId())
        .setIngestionTimestamp(t(100))
        .build();
  }
}
