package com.tixmaster.transforms.silver;

import static com.tixmaster.transforms.silver.SilverFixtures.assertEmpty;
import static com.tixmaster.transforms.silver.SilverFixtures.idle;
import static com.tixmaster.transforms.silver.SilverFixtures.raw;
import static com.tixmaster.transforms.silver.SilverFixtures.show;
import static com.tixmaster.transforms.silver.SilverFixtures.venueMarketRow;
import static com.tixmaster.transforms.silver.SilverFixtures.venueRow;

import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.schemas.silver.MarketRow;
import com.tixmaster.schemas.silver.SilverLineage;
import com.tixmaster.schemas.silver.VenueMarketRow;
import com.tixmaster.schemas.silver.VenueRow;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Venues from their endpoint and from events, fed as in production (bronze raw shards through
 * {@link SilverTransform}); markets prefer a name; venue_markets follow the venue.
 */
public class VenuesTransformTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();
  @Rule public final transient TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void standaloneAndEmbeddedObservationsMergeWithTheCurrentState() throws Exception {
    SilverConfig config = SilverConfig.of("run-2");
    VenueRow currentV1 =
        venueRow("V1", "Old Hall", "venues/old.json", 0, 100, SilverLineage.STANDALONE, "run-1");
    MarketRow currentMarket =
        MarketRow.builder()
            .setMarketId("27")
            .setMarketName("Los Angeles")
            .setSourceFile("venues/old.json")
            .setRecordIndex(0)
            .setOrigin(SilverLineage.STANDALONE)
            .setRunId("run-1")
            .setIngestionTimestamp(SilverFixtures.t(100))
            .build();

    List<RawRecord> records =
        List.of(
            // copies embedded in an event of this run (t = 200)
            raw(
                "events",
                "{'id':'E9','_embedded':{'venues':["
                    + "{'id':'V1','name':'New Hall','markets':[{'id':'27','name':'LA (renamed)'}]},"
                    + "{'id':'V3','name':'V3 embedded'},{'id':'V4','name':'V4 embedded'}]}}",
                "events/e.json",
                3,
                200),
            raw(
                "venues",
                "{'id':'V2','name':'Stadium','location':{'latitude':'33.95','longitude':'-118.34'},"
                    + "'markets':[{'id':'27'},{'id':'28','name':'Orange County'}]}",
                "venues/new.json",
                0,
                300),
            raw("venues", "{'id':'V4','name':'V4 standalone'}", "venues/new.json", 1, 300),
            raw("venues", "{'name':'**DO NOT USE**'}", "venues/new.json", 2, 300),
            raw(
                "venues",
                "{'id':'V5','name':'Off the map','location':{'latitude':'95','longitude':'-118'}}",
                "venues/new.json",
                3,
                300),
            raw(
                "venues",
                "{'id':'V3','name':'V3 standalone (older)'}",
                "venues/older.json",
                0,
                50));

    SilverOutput out =
        SilverInput.builder(RawFiles.of(p, tmp, "Files", records))
            .currentVenues(p.apply("CurrentVenues", Create.of(currentV1)))
            .currentMarkets(p.apply("CurrentMarkets", Create.of(currentMarket)))
            .currentVenueMarkets(
                p.apply(
                    "CurrentLinks",
                    Create.of(venueMarketRow("V1", "27", currentV1))
                        .withCoder(SilverCoders.of(p, VenueMarketRow.class))))
            .build()
            .apply("Silver", SilverTransform.of(config));

    PAssert.that(show("ShowVenues", out.venues(), SilverFixtures::venue))
        .containsInAnyOrder(
            // a venue embedded in a newer event beats the older standalone record
            "V1 New Hall tz=null lat=null lon=null events/e.json#3/embedded/run-2",
            "V2 Stadium tz=null lat=33.95 lon=-118.34 venues/new.json#0/standalone/run-2",
            "V3 V3 embedded tz=null lat=null lon=null events/e.json#3/embedded/run-2",
            // and a newer standalone record beats an older embedded copy
            "V4 V4 standalone tz=null lat=null lon=null venues/new.json#1/standalone/run-2",
            "V5 Off the map tz=null lat=null lon=-118.0 venues/new.json#3/standalone/run-2");
    PAssert.that(show("ShowMarkets", out.markets(), SilverFixtures::market))
        .containsInAnyOrder(
            // the newest observation with a name, not V2's newer nameless one
            "27 LA (renamed) events/e.json#3/embedded/run-2",
            "28 Orange County venues/new.json#0/standalone/run-2");
    PAssert.that(show("ShowVenueMarkets", out.venueMarkets(), SilverFixtures::venueMarket))
        .containsInAnyOrder(
            "V1 27 events/e.json#3/embedded/run-2",
            "V2 27 venues/new.json#0/standalone/run-2",
            "V2 28 venues/new.json#0/standalone/run-2");
    PAssert.that(show("ShowRejected", out.rejected(), SilverFixtures::rejected))
        .containsInAnyOrder("venues null missing_id venues/new.json#2/standalone/run-2");
    PAssert.that(show("ShowAccounting", out.accounting(), SilverFixtures::accounting))
        .containsInAnyOrder(
            // the event's three copies count as embedded_in (and its market's)
            "run-2 venues in=5 emb=3 obs=7 out=5 ins=4 upd=1 unch=0 rej=1 sup=3",
            "run-2 markets in=0 emb=3 obs=3 out=2 ins=1 upd=1 unch=0 rej=0 sup=2",
            "run-2 events in=1 emb=0 obs=1 out=1 ins=1 upd=0 unch=0 rej=0 sup=0",
            idle("run-2", "attractions"),
            idle("run-2", "classifications"));
    // the event that carried the copies, linked to them
    PAssert.that(show("ShowEvents", out.events(), SilverFixtures::event))
        .containsInAnyOrder(
            "E9 null v=V1 a=null c=null p=null-null null s=null tz=null"
                + " events/e.json#3/standalone/run-2");
    PAssert.that(show("ShowEventVenues", out.eventVenues(), SilverFixtures::eventVenue))
        .containsInAnyOrder(
            "E9 V1 0 events/e.json#3/standalone/run-2",
            "E9 V3 1 events/e.json#3/standalone/run-2",
            "E9 V4 2 events/e.json#3/standalone/run-2");
    assertEmpty(
        out.eventPriceRanges(), out.eventAttractions(), out.attractions(), out.classifications());
    p.run().waitUntilFinish();
  }
}
