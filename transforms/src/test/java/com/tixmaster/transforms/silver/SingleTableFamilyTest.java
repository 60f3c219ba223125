package com.tixmaster.transforms.silver;

import static com.tixmaster.transforms.silver.SilverFixtures.assertEmpty;
import static com.tixmaster.transforms.silver.SilverFixtures.idle;
import static com.tixmaster.transforms.silver.SilverFixtures.raw;
import static com.tixmaster.transforms.silver.SilverFixtures.show;

import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.schemas.silver.AttractionRow;
import com.tixmaster.schemas.silver.ClassificationRow;
import com.tixmaster.schemas.silver.SilverLineage;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The one-table families, fed as in production (bronze raw shards through {@link SilverTransform}):
 * attractions from their endpoint and from events, classification trees from the endpoint plus
 * events' classifications (merged by the five-id key), each merged with its current state.
 */
public class SingleTableFamilyTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();
  @Rule public final transient TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void standaloneAndEmbeddedAttractions() throws Exception {
    SilverConfig config = SilverConfig.of("run-2");
    AttractionRow currentA1 =
        SilverFixtures.attractionRow("A1", "Old name", "attractions/a0.json", 0, 100, "run-1");
    AttractionRow currentA3 =
        SilverFixtures.attractionRow("A3", "Untouched", "attractions/a0.json", 1, 100, "run-1");
    List<RawRecord> records =
        List.of(
            // a copy embedded in a newer event (t = 300)
            raw(
                "events",
                "{'id':'E1','_embedded':{'attractions':[{'id':'A2','name':'A2 from event'}]}}",
                "events/e.json",
                0,
                300),
            raw(
                "attractions",
                "{'id':'A1','name':'New"
                    + " name','classifications':[{'primary':true,'segment':{'id':'S','name':'Music'},"
                    + "'genre':{'id':'G','name':'Rock'},'type':{'id':'T','name':'Group'},'subType':{'id':'ST','name':'Band'}}]}",
                "attractions/a1.json",
                0,
                200),
            raw(
                "attractions",
                "{'id':'A2','name':'A2 standalone (older)'}",
                "attractions/a1.json",
                1,
                200),
            raw("attractions", "{'id':{'nested':true}}", "attractions/a1.json", 2, 200),
            raw("attractions", "not json", "attractions/a1.json", 3, 200));

    SilverOutput out =
        SilverInput.builder(RawFiles.of(p, tmp, "Files", records))
            .currentAttractions(p.apply("Current", Create.of(currentA1, currentA3)))
            .build()
            .apply("Silver", SilverTransform.of(config));

    PAssert.that(show("ShowAttractions", out.attractions(), SilverFixtures::attraction))
        .containsInAnyOrder(
            "A1 New name c=S|G|-|T|ST attractions/a1.json#0/standalone/run-2",
            "A2 A2 from event c=null events/e.json#0/embedded/run-2",
            "A3 Untouched c=null attractions/a0.json#1/standalone/run-1");
    // the attraction records' classifications reach the classifications family
    PAssert.that(show("ShowClassifications", out.classifications(), SilverFixtures::classification))
        .containsInAnyOrder("S|G|-|T|ST Music/Rock/null attractions/a1.json#0/embedded/run-2");
    PAssert.that(show("ShowRejected", out.rejected(), SilverFixtures::rejected))
        .containsInAnyOrder(
            "attractions null invalid_id attractions/a1.json#2/standalone/run-2",
            "attractions null unparseable_payload attractions/a1.json#3/standalone/run-2");
    PAssert.that(show("ShowAccounting", out.accounting(), SilverFixtures::accounting))
        .containsInAnyOrder(
            // the event's copy counts as embedded_in
            "run-2 attractions in=4 emb=1 obs=3 out=3 ins=1 upd=1 unch=1 rej=2 sup=2",
            "run-2 classifications in=0 emb=1 obs=1 out=1 ins=1 upd=0 unch=0 rej=0 sup=0",
            "run-2 events in=1 emb=0 obs=1 out=1 ins=1 upd=0 unch=0 rej=0 sup=0",
            idle("run-2", "venues"),
            idle("run-2", "markets"));
    PAssert.that(show("ShowEvents", out.events(), SilverFixtures::event))
        .containsInAnyOrder(
            "E1 null v=null a=A2 c=null p=null-null null s=null tz=null"
                + " events/e.json#0/standalone/run-2");
    PAssert.that(
            show("ShowEventAttractions", out.eventAttractions(), SilverFixtures::eventAttraction))
        .containsInAnyOrder("E1 A2 0 events/e.json#0/standalone/run-2");
    assertEmpty(
        out.eventPriceRanges(), out.eventVenues(), out.venues(), out.markets(), out.venueMarkets());
    p.run().waitUntilFinish();
  }

  @Test
  public void endpointTreesAndEmbeddedClassifications() throws Exception {
    SilverConfig config = SilverConfig.of("run-2");
    ClassificationRow currentSegment =
        ClassificationRow.builder()
            .setClassificationId("S|-|-|-|-")
            .setSegmentId("S")
            .setSegmentName("Musik")
            .setSourceFile("classifications/c0.json")
            .setRecordIndex(0)
            .setOrigin(SilverLineage.STANDALONE)
            .setRunId("run-1")
            .setIngestionTimestamp(SilverFixtures.t(100))
            .build();
    List<RawRecord> records =
        List.of(
            // an older event (t = 150) carrying a segment+genre and a full five-level
            // classification
            raw(
                "events",
                "{'id':'E1','classifications':[{'primary':true,'segment':{'id':'S','name':'Music'},'genre':{'id':'G','name':'Rock"
                    + " (old)'}},{'segment':{'id':'S','name':'Music'},'genre':{'id':'G','name':'Rock'},'subGenre':{'id':'SG','name':'Pop"
                    + " Rock'},"
                    + "'type':{'id':'T','name':'Group'},'subType':{'id':'ST','name':'Band'}}]}",
                "events/e.json",
                0,
                150),
            raw(
                "classifications",
                "{'segment':{'id':'S','name':'Music','_embedded':{'genres':[{'id':'G','name':'Rock','_embedded':{'subgenres':[{'id':'SG','name':'Pop"
                    + " Rock'}]}}]}}}",
                "classifications/c1.json",
                0,
                200),
            raw("classifications", "{'_links':{'self':{}}}", "classifications/c1.json", 1, 200));

    SilverOutput out =
        SilverInput.builder(RawFiles.of(p, tmp, "Files", records))
            .currentClassifications(p.apply("Current", Create.of(currentSegment)))
            .build()
            .apply("Silver", SilverTransform.of(config));

    PAssert.that(show("ShowClassifications", out.classifications(), SilverFixtures::classification))
        .containsInAnyOrder(
            "S|-|-|-|- Music/null/null classifications/c1.json#0/standalone/run-2",
            "S|G|-|-|- Music/Rock/null classifications/c1.json#0/standalone/run-2",
            "S|G|SG|-|- Music/Rock/Pop Rock classifications/c1.json#0/standalone/run-2",
            "S|G|SG|T|ST Music/Rock/Pop Rock events/e.json#0/embedded/run-2");
    PAssert.that(show("ShowRejected", out.rejected(), SilverFixtures::rejected))
        .containsInAnyOrder(
            "classifications null missing_id classifications/c1.json#1/standalone/run-2");
    PAssert.that(show("ShowAccounting", out.accounting(), SilverFixtures::accounting))
        .containsInAnyOrder(
            // 3 tree rows + 2 from the event = 5 observations = 3 inserted + 2 superseded
            "run-2 classifications in=2 emb=2 obs=5 out=4 ins=3 upd=1 unch=0 rej=1 sup=2",
            "run-2 events in=1 emb=0 obs=1 out=1 ins=1 upd=0 unch=0 rej=0 sup=0",
            idle("run-2", "venues"),
            idle("run-2", "attractions"),
            idle("run-2", "markets"));
    PAssert.that(show("ShowEvents", out.events(), SilverFixtures::event))
        .containsInAnyOrder(
            "E1 null v=null a=null c=S|G|-|-|- p=null-null null s=null tz=null"
                + " events/e.json#0/standalone/run-2");
    assertEmpty(
        out.eventPriceRanges(),
        out.eventVenues(),
        out.eventAttractions(),
        out.venues(),
        out.markets(),
        out.venueMarkets(),
        out.attractions());
    p.run().waitUntilFinish();
  }
}
