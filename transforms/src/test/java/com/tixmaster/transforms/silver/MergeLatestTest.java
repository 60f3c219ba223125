package com.tixmaster.transforms.silver;

import static com.tixmaster.transforms.silver.SilverFixtures.show;
import static com.tixmaster.transforms.silver.SilverFixtures.venueMarketRow;
import static com.tixmaster.transforms.silver.SilverFixtures.venueRow;

import com.tixmaster.schemas.silver.AccountingRow;
import com.tixmaster.schemas.silver.MarketRow;
import com.tixmaster.schemas.silver.SilverLineage;
import com.tixmaster.schemas.silver.VenueMarketRow;
import com.tixmaster.schemas.silver.VenueRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;

/**
 * The generic dedup/merge and children-follow-the-winner composites, on venues and venue_markets.
 */
public class MergeLatestTest {
  private static final String S = SilverLineage.STANDALONE;
  private static final String E = SilverLineage.EMBEDDED;
  private static final SilverConfig CONFIG = SilverConfig.of("run-2");

  @Rule public final transient TestPipeline p = TestPipeline.create();

  private PCollection<VenueRow> venues(String name, List<VenueRow> rows) {
    return p.apply(name, Create.of(rows).withCoder(SilverCoders.of(p, VenueRow.class)));
  }

  private PCollection<VenueMarketRow> links(String name, List<VenueMarketRow> rows) {
    return p.apply(name, Create.of(rows).withCoder(SilverCoders.of(p, VenueMarketRow.class)));
  }

  @Test
  public void newestWinsByEachTieBreakAndChildrenFollow() {
    VenueRow curV1 = venueRow("V1", "v1-current", "venues/1.json", 0, 100, S, "run-1");
    VenueRow curV2 = venueRow("V2", "v2-current", "venues/1.json", 1, 100, S, "run-1");
    VenueRow curV3 = venueRow("V3", "v3-current", "venues/1.json", 2, 100, S, "run-1");
    VenueRow curV5 = venueRow("V5", "v5-current", "venues/1.json", 4, 100, S, "run-1");
    List<VenueRow> current = List.of(curV1, curV2, curV3, curV5);
    List<VenueRow> observed =
        List.of(
            // V1: a newer embedded copy beats the older standalone current row
            venueRow("V1", "v1-newer-embedded", "events/2.json", 7, 200, E, "run-2"),
            // V2: same time; a greater file wins over a smaller one
            venueRow("V2", "v2-file-a", "events/a.json", 9, 200, E, "run-2"),
            venueRow("V2", "v2-file-b", "events/b.json", 0, 200, E, "run-2"),
            // V3: an older observation loses to the current row
            venueRow("V3", "v3-older", "venues/0.json", 0, 50, S, "run-2"),
            // V4: new key; same time and file: the greater index, then standalone over embedded
            venueRow("V4", "v4-idx1", "x/f.json", 1, 300, S, "run-2"),
            venueRow("V4", "v4-idx2-embedded", "x/f.json", 2, 300, E, "run-2"),
            venueRow("V4", "v4-idx2-standalone", "x/f.json", 2, 300, S, "run-2"),
            // V5: an exact replay of the current observation changes nothing
            venueRow("V5", "v5-replayed", "venues/1.json", 4, 100, S, "run-2"));
    List<VenueMarketRow> currentLinks =
        List.of(venueMarketRow("V1", "M-old", curV1), venueMarketRow("V3", "M3", curV3));
    List<VenueMarketRow> observedLinks =
        List.of(
            venueMarketRow("V1", "M-new", observed.get(0)),
            venueMarketRow("V3", "M-lost", observed.get(3)),
            venueMarketRow("V4", "M4", observed.get(6)),
            venueMarketRow("V4", "M4-embedded", observed.get(5)));

    MergeLatest<VenueRow> merge = MergeLatest.of(CONFIG, "venues", VenueRow::getVenueId);
    PCollectionTuple out =
        merge.apply("MergeVenues", venues("Current", current), venues("Observed", observed));
    PCollection<VenueMarketRow> children =
        KeepWinningChildren.<VenueMarketRow>of(
                VenueMarketRow::getVenueId, VenueMarketRow::getMarketId)
            .apply(
                "KeepChildren",
                out.get(MergeLatest.WINNERS),
                links("CurrentLinks", currentLinks),
                links("ObservedLinks", observedLinks));

    PAssert.that(show("ShowVenues", out.get(merge.mergedTag()), VenueRow::getVenueName))
        .containsInAnyOrder(
            "v1-newer-embedded", "v2-file-b", "v3-current", "v4-idx2-standalone", "v5-current");
    PAssert.that(
            show(
                "ShowWinners",
                out.get(MergeLatest.WINNERS),
                (KV<String, String> kv) -> kv.getKey() + " " + kv.getValue().startsWith("NEW:")))
        .containsInAnyOrder("V1 true", "V2 true", "V3 false", "V4 true", "V5 false");
    PAssert.that(show("ShowChildren", children, SilverFixtures::venueMarket))
        .containsInAnyOrder(
            "V1 M-new events/2.json#7/embedded/run-2",
            "V3 M3 venues/1.json#2/standalone/run-1",
            "V4 M4 x/f.json#2/standalone/run-2");
    PAssert.that(
            show(
                "ShowTallies",
                out.get(SilverTags.ACCOUNTING).apply("Sum", new SumAccounting(CONFIG)),
                SilverFixtures::accounting))
        .containsInAnyOrder(
            // 8 observations = 1 inserted + 7 superseded (3 current rows replaced or kept, 4 new
            // losers)
            "run-2 venues in=0 emb=0 obs=8 out=5 ins=1 upd=2 unch=2 rej=0 sup=7",
            "run-2 events in=0 emb=0 obs=0 out=0 ins=0 upd=0 unch=0 rej=0 sup=0",
            "run-2 attractions in=0 emb=0 obs=0 out=0 ins=0 upd=0 unch=0 rej=0 sup=0",
            "run-2 classifications in=0 emb=0 obs=0 out=0 ins=0 upd=0 unch=0 rej=0 sup=0",
            "run-2 markets in=0 emb=0 obs=0 out=0 ins=0 upd=0 unch=0 rej=0 sup=0");
    p.run();
  }

  @Test
  public void theSameInputInAnyOrderGivesTheSameOutput() {
    List<VenueRow> observed = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      for (int i = 0; i < 4; i++) {
        // identical lineage for i = 2 and 3: only the content decides
        observed.add(
            venueRow("V" + k, "n" + i, "events/f.json", Math.min(i, 2), 100 + (i % 2), E, "r"));
      }
    }
    List<String> expected = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      expected.add("V" + k + " n3");
    }
    for (int round = 0; round < 3; round++) {
      List<VenueRow> shuffled = new ArrayList<>(observed);
      Collections.shuffle(shuffled, new Random(round));
      MergeLatest<VenueRow> merge = MergeLatest.of(CONFIG, "venues", VenueRow::getVenueId);
      PCollectionTuple out =
          merge.apply(
              "Merge" + round,
              venues("Current" + round, List.of()),
              venues("Observed" + round, shuffled));
      PAssert.that(
              show(
                  "Show" + round,
                  out.get(merge.mergedTag()),
                  v -> v.getVenueId() + " " + v.getVenueName()))
          .containsInAnyOrder(expected);
    }
    p.run();
  }

  private static MarketRow market(
      String id, String name, String file, long index, long seconds, String origin, String run) {
    return MarketRow.builder()
        .setMarketId(id)
        .setMarketName(name)
        .setSourceFile(file)
        .setRecordIndex(index)
        .setOrigin(origin)
        .setRunId(run)
        .setIngestionTimestamp(SilverFixtures.t(seconds))
        .build();
  }

  @Test
  public void aMarketWithANameBeatsANewerOneWithout() {
    Coder<MarketRow> coder = SilverCoders.of(p, MarketRow.class);
    MergeLatest<MarketRow> merge =
        MergeLatest.<MarketRow>of(CONFIG, "markets", MarketRow::getMarketId)
            .preferring(VenuesTransform.NAMED_FIRST);
    PCollectionTuple out =
        merge.apply(
            "MergeMarkets",
            p.apply(
                "CurrentMarkets",
                Create.of(market("27", "Los Angeles", "venues/old.json", 0, 100, S, "run-1"))
                    .withCoder(coder)),
            p.apply(
                "NewMarkets",
                Create.of(
                        market("27", null, "events/new.json", 0, 200, E, "run-2"),
                        market("99", null, "events/new.json", 1, 200, E, "run-2"),
                        market("99", null, "events/new.json", 0, 200, E, "run-2"))
                    .withCoder(coder)));
    PAssert.that(show("ShowMarkets", out.get(merge.mergedTag()), SilverFixtures::market))
        .containsInAnyOrder(
            "27 Los Angeles venues/old.json#0/standalone/run-1",
            "99 null events/new.json#1/embedded/run-2");
    PAssert.that(
            show(
                "ShowTallies",
                out.get(SilverTags.ACCOUNTING)
                    .apply("Sum", new SumAccounting(CONFIG))
                    .apply(
                        "OnlyMarkets",
                        Filter.by((AccountingRow a) -> a.getEntity().equals("markets"))),
                SilverFixtures::accounting))
        .containsInAnyOrder("run-2 markets in=0 emb=0 obs=3 out=2 ins=1 upd=0 unch=1 rej=0 sup=2");
    p.run();
  }
}
