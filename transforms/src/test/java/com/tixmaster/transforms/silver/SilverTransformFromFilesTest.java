package com.tixmaster.transforms.silver;

import static com.tixmaster.transforms.silver.SilverFixtures.assertEmpty;
import static com.tixmaster.transforms.silver.SilverFixtures.idle;
import static com.tixmaster.transforms.silver.SilverFixtures.raw;
import static com.tixmaster.transforms.silver.SilverFixtures.show;

import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.transforms.io.DistributedGraphOptions;
import com.tixmaster.transforms.io.GraphSteps;
import com.tixmaster.transforms.io.ReadTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * Silver's production input: bronze raw Parquet shards (written by bronze's own writer) read and
 * parsed by {@code ReadAndParseRecords}, corrupt payloads included; with Beam's plain graph and
 * with the graph the driver builds for Spark (tagged parse outputs, groupings through encoded
 * buckets).
 */
@RunWith(Parameterized.class)
public class SilverTransformFromFilesTest {
  @Parameterized.Parameters(name = "{0}")
  public static List<Object[]> graphs() {
    return List.of(new Object[] {"plain"}, new Object[] {"spark"});
  }

  @Rule public final transient TestPipeline p;
  private final boolean spark;

  public SilverTransformFromFilesTest(String graph) {
    spark = graph.equals("spark");
    DistributedGraphOptions options =
        PipelineOptionsFactory.create().as(DistributedGraphOptions.class);
    if (spark) {
      options.setTaggedOutputs(true);
      options.setEncodedGroupingBuckets(7);
    }
    p = TestPipeline.fromOptions(options);
  }

  /** The parse ran as this graph's kind of step. */
  private void assertParsedAs() {
    List<String> steps = GraphSteps.of(p);
    String tagged = "ReadAndParseRecords/ParseRowGroupsTagged";
    org.junit.Assert.assertEquals(
        steps.toString(), spark, steps.stream().anyMatch(s -> s.contains(tagged)));
    org.junit.Assert.assertEquals(
        spark, steps.stream().anyMatch(s -> s.contains("EncodeIntoBuckets")));
  }

  @Rule public final transient TemporaryFolder tmp = new TemporaryFolder();

  // Reading the files must parse, route, reject (with the reason) and count every record.
  @Test
  public void rawParquetFilesAreReadParsedAndCorruptPayloadsRejected() throws Exception {
    String f = "events/f.json";
    List<String> files =
        RawFiles.write(
            tmp,
            List.of(
                raw(
                    "events",
                    "{'id':'F1','name':'Show F','_embedded':{'venues':[{'id':'FV','name':'Venue"
                        + " F'}],'attractions':[{'id':'FA','name':'Act F'}]}}",
                    f,
                    0,
                    100),
                raw("events", "{", f, 1, 100),
                raw("events", "{'name':'no id'}", f, 2, 100),
                raw("events", "42", f, 3, 100),
                raw("venues", "{'id':'FV2','name':'Venue Two'}", "venues/f.json", 0, 100),
                raw(
                    "classifications",
                    "{'segment':{'id':'S','name':'Music'}}",
                    "classifications/f.json",
                    0,
                    100)));
    // events, venues and classifications shards; no attractions shard (no attraction record)
    org.junit.Assert.assertEquals(3, files.size());

    SilverOutput out =
        SilverInput.builder(p.apply("RawFiles", Create.of(files)))
            .build()
            .apply("Silver", SilverTransform.of(SilverConfig.of("run-f")));

    PAssert.that(show("Events", out.events(), SilverFixtures::event))
        .containsInAnyOrder(
            "F1 Show F v=FV a=FA c=null p=null-null null s=null tz=null"
                + " events/f.json#0/standalone/run-f");
    PAssert.that(out.eventPriceRanges()).empty();
    PAssert.that(show("EventVenues", out.eventVenues(), SilverFixtures::eventVenue))
        .containsInAnyOrder("F1 FV 0 events/f.json#0/standalone/run-f");
    PAssert.that(show("EventAttractions", out.eventAttractions(), SilverFixtures::eventAttraction))
        .containsInAnyOrder("F1 FA 0 events/f.json#0/standalone/run-f");
    PAssert.that(show("Venues", out.venues(), SilverFixtures::venue))
        .containsInAnyOrder(
            "FV Venue F tz=null lat=null lon=null events/f.json#0/embedded/run-f",
            "FV2 Venue Two tz=null lat=null lon=null venues/f.json#0/standalone/run-f");
    assertEmpty(out.markets(), out.venueMarkets());
    PAssert.that(show("Attractions", out.attractions(), SilverFixtures::attraction))
        .containsInAnyOrder("FA Act F c=null events/f.json#0/embedded/run-f");
    PAssert.that(show("Classifications", out.classifications(), SilverFixtures::classification))
        .containsInAnyOrder("S|-|-|-|- Music/null/null classifications/f.json#0/standalone/run-f");
    PAssert.that(show("Rejected", out.rejected(), SilverFixtures::rejected))
        .containsInAnyOrder(
            "events null unparseable_payload events/f.json#1/standalone/run-f",
            "events null missing_id events/f.json#2/standalone/run-f",
            "events null not_an_object events/f.json#3/standalone/run-f");
    // the rejected row keeps the corrupt payload as read from the shard
    PAssert.that(
            show(
                "RejectedPayloads", out.rejected(), r -> r.getRecordIndex() + " " + r.getPayload()))
        .containsInAnyOrder("1 {", "2 {\"name\":\"no id\"}", "3 42");
    PAssert.that(show("Accounting", out.accounting(), SilverFixtures::accounting))
        .containsInAnyOrder(
            "run-f events in=4 emb=0 obs=1 out=1 ins=1 upd=0 unch=0 rej=3 sup=0",
            "run-f venues in=1 emb=1 obs=2 out=2 ins=2 upd=0 unch=0 rej=0 sup=0",
            "run-f attractions in=0 emb=1 obs=1 out=1 ins=1 upd=0 unch=0 rej=0 sup=0",
            "run-f classifications in=1 emb=0 obs=1 out=1 ins=1 upd=0 unch=0 rej=0 sup=0",
            idle("run-f", "markets"));
    assertParsedAs();
    p.run().waitUntilFinish();
  }

  /**
   * A raw shard of several row groups (bronze writes 32 MB ones) is read as one split per row
   * group: every record exactly once (records_in counts reads, so a row group read twice or not at
   * all shows even though the merge would hide a duplicate event).
   */
  @Test
  public void aShardOfManyRowGroupsIsReadOnceRecordByRecord() throws Exception {
    String file = tmp.newFolder("events_raw").toPath().resolve("part-0.parquet").toString();
    int events = 450;
    List<RawRecord> records = new ArrayList<>();
    for (int i = 0; i < events; i++) {
      String padding = "x".repeat(100);
      records.add(
          raw(
              "events",
              "{'id':'E" + i + "','name':'Show " + i + " " + padding + "'}",
              "events/big.json",
              i,
              100));
    }
    RawFiles.writeShard(Path.of(file), records, 16 << 10);
    org.junit.Assert.assertTrue(
        "the shard must have several row groups", ReadTable.rowGroupsOf(file).size() >= 3);

    SilverOutput out =
        SilverInput.builder(p.apply("RawFiles", Create.of(List.of(file))))
            .build()
            .apply("Silver", SilverTransform.of(SilverConfig.of("run-g")));

    PAssert.that(show("EventCount", out.events(), e -> "event").apply(Count.perElement()))
        .containsInAnyOrder(KV.of("event", (long) events));
    PAssert.that(out.rejected()).empty();
    PAssert.that(show("Accounting", out.accounting(), SilverFixtures::accounting))
        .containsInAnyOrder(
            "run-g events in="
                + events
                + " emb=0 obs="
                + events
                + " out="
                + events
                + " ins="
                + events
                + " upd=0 unch=0 rej=0 sup=0",
            idle("run-g", "venues"),
            idle("run-g", "attractions"),
            idle("run-g", "classifications"),
            idle("run-g", "markets"));
    assertParsedAs();
    p.run().waitUntilFinish();
  }
}
