package com.tixmaster.transforms.silver;

import static com.tixmaster.transforms.silver.SilverFixtures.raw;
import static com.tixmaster.transforms.silver.SilverFixtures.show;

import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.schemas.silver.AttractionRow;
import com.tixmaster.schemas.silver.SilverLineage;
import com.tixmaster.transforms.json.ParsedRows;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;

/** Attractions from their endpoint and from events, merged with the current state. */
public class AttractionsTransformTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  @Test
  public void standaloneAndEmbeddedAttractions() {
    SilverConfig config = SilverConfig.of("run-2");
    AttractionRow currentA1 =
        AttractionRow.builder()
            .setAttractionId("A1")
            .setAttractionName("Old name")
            .setSourceFile("attractions/a0.json")
            .setRecordIndex(0)
            .setOrigin(SilverLineage.STANDALONE)
            .setRunId("run-1")
            .setIngestionTimestamp(SilverFixtures.t(100))
            .build();
    AttractionRow currentA3 =
        AttractionRow.builder()
            .setAttractionId("A3")
            .setAttractionName("Untouched")
            .setSourceFile("attractions/a0.json")
            .setRecordIndex(1)
            .setOrigin(SilverLineage.STANDALONE)
            .setRunId("run-1")
            .setIngestionTimestamp(SilverFixtures.t(100))
            .build();
    ParsedRows embedded =
        ParseRecordsFn.parse(
            ParseRecordsFn.Kind.EVENTS,
            raw(
                "events",
                "{'id':'E1','_embedded':{'attractions':[{'id':'A2','name':'A2 from event'}]}}",
                "events/e.json",
                0,
                300),
            config.runId());
    List<RawRecord> records =
        List.of(
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

    PCollectionTuple out =
        PCollectionTuple.of(SilverTags.RECORDS, p.apply("Records", Create.of(records)))
            .and(SilverTags.ATTRACTIONS, p.apply("Embedded", Create.of(embedded.attractions)))
            .and(
                SilverTags.CURRENT_ATTRACTIONS, p.apply("Current", Create.of(currentA1, currentA3)))
            .apply("ProcessAttractions", new AttractionsTransform(config));

    PAssert.that(
            show("ShowAttractions", out.get(SilverTags.ATTRACTIONS), SilverFixtures::attraction))
        .containsInAnyOrder(
            "A1 New name c=S|G|-|T|ST attractions/a1.json#0/standalone/run-2",
            "A2 A2 from event c=null events/e.json#0/embedded/run-2",
            "A3 Untouched c=null attractions/a0.json#1/standalone/run-1");
    PAssert.that(
            show(
                "ShowClassifications",
                out.get(SilverTags.CLASSIFICATIONS),
                SilverFixtures::classification))
        .containsInAnyOrder("S|G|-|T|ST Music/Rock/null attractions/a1.json#0/embedded/run-2");
    PAssert.that(show("ShowRejected", out.get(SilverTags.REJECTED), SilverFixtures::rejected))
        .containsInAnyOrder(
            "attractions null invalid_id attractions/a1.json#2/standalone/run-2",
            "attractions null unparseable_payload attractions/a1.json#3/standalone/run-2");
    PAssert.that(
            show(
                "ShowAccounting",
                out.get(SilverTags.ACCOUNTING).apply("Sum", new SumAccounting(config)),
                SilverFixtures::accounting))
        .containsInAnyOrder(
            "run-2 attractions in=4 emb=0 obs=3 out=3 ins=1 upd=1 unch=1 rej=2 sup=2",
            "run-2 classifications in=0 emb=1 obs=0 out=0 ins=0 upd=0 unch=0 rej=0 sup=0",
            "run-2 events in=0 emb=0 obs=0 out=0 ins=0 upd=0 unch=0 rej=0 sup=0",
            "run-2 venues in=0 emb=0 obs=0 out=0 ins=0 upd=0 unch=0 rej=0 sup=0",
            "run-2 markets in=0 emb=0 obs=0 out=0 ins=0 upd=0 unch=0 rej=0 sup=0");
    p.run();
  }
}
