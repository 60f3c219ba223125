package com.tixmaster.transforms.silver;

import static com.tixmaster.transforms.silver.SilverFixtures.raw;
import static com.tixmaster.transforms.silver.SilverFixtures.show;

import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.schemas.silver.ClassificationRow;
import com.tixmaster.schemas.silver.SilverLineage;
import com.tixmaster.transforms.json.ParsedRows;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;

/**
 * Classification trees from the endpoint, plus events' classifications, merged by the five-id key.
 */
public class ClassificationsTransformTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  @Test
  public void endpointTreesAndEmbeddedClassifications() {
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
    // An older event (t = 150) carrying a segment+genre and a full five-level classification.
    ParsedRows fromEvents =
        ParseRecordsFn.parse(
            ParseRecordsFn.Kind.EVENTS,
            raw(
                "events",
                "{'id':'E1','classifications':[{'primary':true,'segment':{'id':'S','name':'Music'},'genre':{'id':'G','name':'Rock"
                    + " (old)'}},{'segment':{'id':'S','name':'Music'},'genre':{'id':'G','name':'Rock'},'subGenre':{'id':'SG','name':'Pop"
                    + " Rock'},"
                    + "'type':{'id':'T','name':'Group'},'subType':{'id':'ST','name':'Band'}}]}",
                "events/e.json",
                0,
                150),
            config.runId());
    List<RawRecord> records =
        List.of(
            raw(
                "classifications",
                "{'segment':{'id':'S','name':'Music','_embedded':{'genres':[{'id':'G','name':'Rock','_embedded':{'subgenres':[{'id':'SG','name':'Pop"
                    + " Rock'}]}}]}}}",
                "classifications/c1.json",
                0,
                200),
            raw("classifications", "{'_links':{'self':{}}}", "classifications/c1.json", 1, 200));

    PCollectionTuple out =
        PCollectionTuple.of(SilverTags.RECORDS, p.apply("Records", Create.of(records)))
            .and(
                SilverTags.CLASSIFICATIONS,
                p.apply("Embedded", Create.of(fromEvents.classifications)))
            .and(SilverTags.CURRENT_CLASSIFICATIONS, p.apply("Current", Create.of(currentSegment)))
            .apply("ProcessClassifications", new ClassificationsTransform(config));

    PAssert.that(
            show(
                "ShowClassifications",
                out.get(SilverTags.CLASSIFICATIONS),
                SilverFixtures::classification))
        .containsInAnyOrder(
            "S|-|-|-|- Music/null/null classifications/c1.json#0/standalone/run-2",
            "S|G|-|-|- Music/Rock/null classifications/c1.json#0/standalone/run-2",
            "S|G|SG|-|- Music/Rock/Pop Rock classifications/c1.json#0/standalone/run-2",
            "S|G|SG|T|ST Music/Rock/Pop Rock events/e.json#0/embedded/run-2");
    PAssert.that(show("ShowRejected", out.get(SilverTags.REJECTED), SilverFixtures::rejected))
        .containsInAnyOrder(
            "classifications null missing_id classifications/c1.json#1/standalone/run-2");
    PAssert.that(
            show(
                "ShowAccounting",
                out.get(SilverTags.ACCOUNTING).apply("Sum", new SumAccounting(config)),
                SilverFixtures::accounting))
        .containsInAnyOrder(
            // 3 tree rows + 2 from the event = 5 observations = 3 inserted + 2 superseded
            "run-2 classifications in=2 emb=0 obs=5 out=4 ins=3 upd=1 unch=0 rej=1 sup=2",
            "run-2 events in=0 emb=0 obs=0 out=0 ins=0 upd=0 unch=0 rej=0 sup=0",
            "run-2 venues in=0 emb=0 obs=0 out=0 ins=0 upd=0 unch=0 rej=0 sup=0",
            "run-2 attractions in=0 emb=0 obs=0 out=0 ins=0 upd=0 unch=0 rej=0 sup=0",
            "run-2 markets in=0 emb=0 obs=0 out=0 ins=0 upd=0 unch=0 rej=0 sup=0");
    p.run();
  }
}
