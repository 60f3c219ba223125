package com.tixmaster.transforms.silver;

import static com.tixmaster.transforms.silver.SilverFixtures.assertEmpty;
import static com.tixmaster.transforms.silver.SilverFixtures.idle;
import static com.tixmaster.transforms.silver.SilverFixtures.raw;
import static com.tixmaster.transforms.silver.SilverFixtures.show;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.schemas.silver.AccountingRow;
import com.tixmaster.schemas.silver.AttractionRow;
import com.tixmaster.schemas.silver.ClassificationRow;
import com.tixmaster.schemas.silver.EventAttractionRow;
import com.tixmaster.schemas.silver.EventPriceRangeRow;
import com.tixmaster.schemas.silver.EventRow;
import com.tixmaster.schemas.silver.EventVenueRow;
import com.tixmaster.schemas.silver.MarketRow;
import com.tixmaster.schemas.silver.VenueMarketRow;
import com.tixmaster.schemas.silver.VenueRow;
import com.tixmaster.transforms.json.ParseCounters;
import com.tixmaster.transforms.json.Samples;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.joda.time.Instant;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The whole silver stage: two runs chained (the second reads the first's state), the real samples
 * (accounting identity, foreign and primary keys, order independence), and bad input.
 */
public class SilverTransformTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();
  @Rule public final transient TemporaryFolder tmp = new TemporaryFolder();

  private static final String R1 = "events/r1.json";
  private static final String R2 = "events/r2.json";

  private static List<RawRecord> run1Records() {
    return List.of(
        raw(
            "events",
            "{'id':'E1','name':'Show"
                + " 1','classifications':[{'primary':true,'segment':{'id':'S','name':'Music'},'genre':{'id':'G','name':'Rock'}}],"
                + "'priceRanges':[{'type':'standard','currency':'USD','min':10,'max':20}],'_embedded':{'venues':[{'id':'V1','name':'Venue"
                + " One','markets':[{'id':'27'}]}],'attractions':[{'id':'A1','name':'Act One'}]}}",
            R1,
            0,
            100),
        raw(
            "events",
            "{'id':'E2','name':'Show"
                + " 2','dates':{'status':{'code':'canceled'}},'priceRanges':[{'type':'standard"
                + " including"
                + " fees','currency':'USD','min':30,'max':40}],'_embedded':{'venues':[{'id':'V1','name':'Venue"
                + " One'}],'attractions':[{'name':'no id act'}]}}",
            R1,
            1,
            100),
        raw("events", "{", R1, 2, 100),
        raw(
            "venues",
            "{'id':'V1','name':'Venue One','markets':[{'id':'27','name':'Los Angeles'}]}",
            "venues/r1.json",
            0,
            100),
        raw("attractions", "{'id':'A1','name':'Act One'}", "attractions/r1.json", 0, 100),
        raw(
            "classifications",
            "{'segment':{'id':'S','name':'Music','_embedded':{'genres':[{'id':'G','name':'Rock'}]}}}",
            "classifications/r1.json",
            0,
            100));
  }

  private static List<RawRecord> run2Records() {
    return List.of(
        raw(
            "events",
            "{'id':'E1','name':'Show 1 (moved)','_embedded':{'venues':[{'id':'V3','name':'Venue"
                + " Three'}],'attractions':[{'id':'A3','name':'Act Three'},{'id':'A1','name':'Act"
                + " One'}]}}",
            R2,
            0,
            200),
        raw(
            "events",
            "{'id':'E3','name':'Show 3 (draft)','_embedded':{'venues':[{'id':'V1','name':'Venue One"
                + " (renamed)','markets':[{'id':'27'}]}]}}",
            R2,
            1,
            200),
        raw(
            "events",
            "{'id':'E3','name':'Show 3','_embedded':{'venues':[{'id':'V1','name':'Venue One"
                + " (renamed)','markets':[{'id':'27'}]}]}}",
            R2,
            2,
            200),
        raw("venues", "{'name':'**Venue TBA**'}", "venues/r2.json", 0, 200));
  }

  @Test
  public void twoRunsChainIncrementallyAndKeepTheAccountingIdentity() throws Exception {
    SilverOutput first =
        SilverInput.builder(RawFiles.of(p, tmp, "Run1Files", run1Records()))
            .build()
            .apply("SilverRun1", SilverTransform.of(SilverConfig.of("run-1")));
    SilverOutput second =
        SilverInput.builder(RawFiles.of(p, tmp, "Run2Files", run2Records()))
            .currentState(first)
            .build()
            .apply("SilverRun2", SilverTransform.of(SilverConfig.of("run-2")));

    PAssert.that(show("Run1Rejected", first.rejected(), SilverFixtures::rejected))
        .containsInAnyOrder(
            "events null unparseable_payload events/r1.json#2/standalone/run-1",
            "attractions E2 missing_id events/r1.json#1/embedded/run-1");
    PAssert.that(show("Run1Accounting", first.accounting(), SilverFixtures::accounting))
        .containsInAnyOrder(
            "run-1 events in=3 emb=0 obs=2 out=2 ins=2 upd=0 unch=0 rej=1 sup=0",
            "run-1 venues in=1 emb=2 obs=3 out=1 ins=1 upd=0 unch=0 rej=0 sup=2",
            "run-1 attractions in=1 emb=2 obs=2 out=1 ins=1 upd=0 unch=0 rej=1 sup=1",
            "run-1 classifications in=1 emb=1 obs=3 out=2 ins=2 upd=0 unch=0 rej=0 sup=1",
            "run-1 markets in=0 emb=2 obs=2 out=1 ins=1 upd=0 unch=0 rej=0 sup=1");

    // Every output of the second run.
    PAssert.that(show("Events", second.events(), SilverFixtures::event))
        .containsInAnyOrder(
            "E1 Show 1 (moved) v=V3 a=A3 c=null p=null-null null s=null tz=null"
                + " events/r2.json#0/standalone/run-2",
            "E2 Show 2 v=V1 a=null c=null p=30.0-40.0 USD s=cancelled tz=null"
                + " events/r1.json#1/standalone/run-1",
            "E3 Show 3 v=V1 a=null c=null p=null-null null s=null tz=null"
                + " events/r2.json#2/standalone/run-2");
    PAssert.that(show("Prices", second.eventPriceRanges(), SilverFixtures::priceRange))
        .containsInAnyOrder(
            "E2 standard including fees USD 30.0-40.0 events/r1.json#1/standalone/run-1");
    PAssert.that(show("EventVenues", second.eventVenues(), SilverFixtures::eventVenue))
        .containsInAnyOrder(
            "E1 V3 0 events/r2.json#0/standalone/run-2",
            "E2 V1 0 events/r1.json#1/standalone/run-1",
            "E3 V1 0 events/r2.json#2/standalone/run-2");
    PAssert.that(
            show("EventAttractions", second.eventAttractions(), SilverFixtures::eventAttraction))
        .containsInAnyOrder(
            "E1 A3 0 events/r2.json#0/standalone/run-2",
            "E1 A1 1 events/r2.json#0/standalone/run-2");
    PAssert.that(show("Venues", second.venues(), SilverFixtures::venue))
        .containsInAnyOrder(
            "V1 Venue One (renamed) tz=null lat=null lon=null events/r2.json#2/embedded/run-2",
            "V3 Venue Three tz=null lat=null lon=null events/r2.json#0/embedded/run-2");
    PAssert.that(show("Markets", second.markets(), SilverFixtures::market))
        .containsInAnyOrder("27 Los Angeles venues/r1.json#0/standalone/run-1");
    PAssert.that(show("VenueMarkets", second.venueMarkets(), SilverFixtures::venueMarket))
        .containsInAnyOrder("V1 27 events/r2.json#2/embedded/run-2");
    PAssert.that(show("Attractions", second.attractions(), SilverFixtures::attraction))
        .containsInAnyOrder(
            "A1 Act One c=null events/r2.json#0/embedded/run-2",
            "A3 Act Three c=null events/r2.json#0/embedded/run-2");
    PAssert.that(show("Classifications", second.classifications(), SilverFixtures::classification))
        .containsInAnyOrder(
            "S|-|-|-|- Music/null/null classifications/r1.json#0/standalone/run-1",
            "S|G|-|-|- Music/Rock/null events/r1.json#0/embedded/run-1");
    PAssert.that(show("Rejected", second.rejected(), SilverFixtures::rejected))
        .containsInAnyOrder("venues null missing_id venues/r2.json#0/standalone/run-2");
    PAssert.that(show("Accounting", second.accounting(), SilverFixtures::accounting))
        .containsInAnyOrder(
            "run-2 events in=3 emb=0 obs=3 out=3 ins=1 upd=1 unch=1 rej=0 sup=2",
            "run-2 venues in=1 emb=3 obs=3 out=2 ins=1 upd=1 unch=0 rej=1 sup=2",
            "run-2 attractions in=0 emb=2 obs=2 out=2 ins=1 upd=1 unch=0 rej=0 sup=1",
            "run-2 classifications in=0 emb=0 obs=0 out=2 ins=0 upd=0 unch=2 rej=0 sup=0",
            "run-2 markets in=0 emb=2 obs=2 out=1 ins=0 upd=0 unch=1 rej=0 sup=2");

    // Cumulatively: count(bronze.events_raw) = count(silver.events) + Σ rejected + Σ superseded.
    assertEventIdentity(
        "Identity", List.of(first.accounting(), second.accounting()), second.events());
    assertIntegrity("Run2", second);
    p.run();
  }

  @Test
  public void realSamplesKeepTheIdentityTheKeysAndDoNotDependOnOrder() throws Exception {
    // Two full silver graphs over ~1,400 observations: the DirectRunner's per-element
    // immutability/encodability checks (on in every other test) would double the time here.
    p.getOptions().as(DirectOptions.class).setEnforceImmutability(false);
    p.getOptions().as(DirectOptions.class).setEnforceEncodability(false);
    Instant at = new Instant(1_717_200_000_000L);
    List<RawRecord> records = new ArrayList<>();
    for (String entity : List.of("events", "venues", "attractions", "classifications")) {
      records.addAll(Samples.rawRecords(entity, at));
    }
    long eventRecords = records.stream().filter(r -> r.getEntity().equals("events")).count();

    SilverOutput out =
        SilverInput.builder(RawFiles.of(p, tmp, "Files", records))
            .build()
            .apply("Silver", SilverTransform.of(SilverConfig.of("run-s")));
    List<RawRecord> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(7));
    SilverOutput again =
        SilverInput.builder(RawFiles.of(p, tmp, "ShuffledFiles", shuffled))
            .build()
            .apply("SilverShuffled", SilverTransform.of(SilverConfig.of("run-s")));

    assertEventIdentity("Identity", List.of(out.accounting()), out.events());
    PAssert.that(
            out.accounting()
                .apply("OnlyEvents", Filter.by((AccountingRow a) -> a.getEntity().equals("events")))
                .apply(
                    "EventsIn",
                    MapElements.into(TypeDescriptors.longs()).via(AccountingRow::getRecordsIn)))
        .containsInAnyOrder(eventRecords);
    // The 404 error body is the one event record without an id.
    PAssert.that(show("Rejected", out.rejected(), r -> r.getEntity() + " " + r.getReasonCode()))
        .containsInAnyOrder("events missing_id");
    assertIntegrity("Samples", out);

    // Same records, another order: every table identical, row for row.
    PAssert.that(
            "every table is the same in any input order",
            Integrity.unmatched("Order", tableRows("First", out), tableRows("Again", again)))
        .empty();
    p.run();
  }

  @Test
  public void badInputIsQuarantinedNulledAndCounted() throws Exception {
    SilverConfig config = SilverConfig.of("run-bad");
    String f = "events/bad.json";
    List<RawRecord> records =
        List.of(
            raw(
                "events",
                "{'id':'B1','priceRanges':{'type':'standard'},'dates':'soon','_embedded':[1],'classifications':'Music'}",
                f,
                0,
                100),
            raw(
                "events",
                "{'id':'B2','dates':{'status':{'code':'paused'}},'priceRanges':[{'type':'standard','currency':'USD','min':'n/a','max':'12.5'}],"
                    + "'_embedded':{'venues':[{'id':'BV','location':{'latitude':'abc','longitude':'200'}}],'attractions':[]}}",
                f,
                1,
                100),
            raw("events", "{'name':'no id'}", f, 2, 100),
            raw("events", "42", f, 3, 100),
            raw("events", "", f, 4, 100),
            raw("performers", "{'id':'P1'}", "performers/p.json", 0, 100),
            raw("venues", "{'id':'BV2','location':5,'markets':'27'}", "venues/bad.json", 0, 100),
            raw("classifications", "{'segment':'Music'}", "classifications/bad.json", 0, 100));

    SilverOutput out =
        SilverInput.builder(RawFiles.of(p, tmp, "Files", records))
            .build()
            .apply("Silver", SilverTransform.of(config));

    PAssert.that(show("Events", out.events(), SilverFixtures::event))
        .containsInAnyOrder(
            "B1 null v=null a=null c=null p=null-null null s=null tz=null"
                + " events/bad.json#0/standalone/run-bad",
            "B2 null v=BV a=null c=null p=null-12.5 USD s=paused tz=null"
                + " events/bad.json#1/standalone/run-bad");
    PAssert.that(show("Prices", out.eventPriceRanges(), SilverFixtures::priceRange))
        .containsInAnyOrder("B2 standard USD null-12.5 events/bad.json#1/standalone/run-bad");
    PAssert.that(show("EventVenues", out.eventVenues(), SilverFixtures::eventVenue))
        .containsInAnyOrder("B2 BV 0 events/bad.json#1/standalone/run-bad");
    PAssert.that(out.eventAttractions()).empty();
    PAssert.that(show("Venues", out.venues(), SilverFixtures::venue))
        .containsInAnyOrder(
            "BV null tz=null lat=null lon=null events/bad.json#1/embedded/run-bad",
            "BV2 null tz=null lat=null lon=null venues/bad.json#0/standalone/run-bad");
    assertEmpty(out.markets(), out.venueMarkets(), out.attractions(), out.classifications());
    PAssert.that(show("Rejected", out.rejected(), SilverFixtures::rejected))
        .containsInAnyOrder(
            "events null missing_id events/bad.json#2/standalone/run-bad",
            "events null not_an_object events/bad.json#3/standalone/run-bad",
            "events null unparseable_payload events/bad.json#4/standalone/run-bad",
            "performers P1 unknown_entity performers/p.json#0/standalone/run-bad",
            "classifications null missing_id classifications/bad.json#0/standalone/run-bad");
    PAssert.that(show("Accounting", out.accounting(), SilverFixtures::accounting))
        .containsInAnyOrder(
            "run-bad events in=5 emb=0 obs=2 out=2 ins=2 upd=0 unch=0 rej=3 sup=0",
            "run-bad venues in=1 emb=1 obs=2 out=2 ins=2 upd=0 unch=0 rej=0 sup=0",
            idle("run-bad", "attractions"),
            "run-bad classifications in=1 emb=0 obs=0 out=0 ins=0 upd=0 unch=0 rej=1 sup=0",
            idle("run-bad", "markets"));

    PipelineResult result = p.run();
    result.waitUntilFinish();
    Map<String, Long> counters = new HashMap<>();
    for (MetricResult<Long> c :
        result
            .metrics()
            .queryMetrics(
                MetricsFilter.builder()
                    .addNameFilter(MetricNameFilter.inNamespace(SilverCounters.NAMESPACE))
                    .build())
            .getCounters()) {
      counters.merge(c.getName().getName(), c.getAttempted(), Long::sum);
    }
    assertEquals(2L, (long) counters.get("rejected_missing_id")); // an event and a classification
    assertEquals(1L, (long) counters.get("rejected_not_an_object"));
    assertEquals(1L, (long) counters.get("rejected_unparseable_payload"));
    assertEquals(1L, (long) counters.get("rejected_unknown_entity"));
    assertEquals(1L, (long) counters.get(ParseCounters.NULLED_PRICE_RANGES_WRONG_TYPE));
    assertEquals(1L, (long) counters.get(ParseCounters.NULLED_DATES_WRONG_TYPE));
    assertEquals(1L, (long) counters.get(ParseCounters.NULLED_EMBEDDED_WRONG_TYPE));
    assertEquals(1L, (long) counters.get(ParseCounters.NULLED_CLASSIFICATIONS_WRONG_TYPE));
    assertEquals(1L, (long) counters.get(ParseCounters.UNKNOWN_STATUS_CODE));
    assertEquals(1L, (long) counters.get(ParseCounters.NULLED_PRICE_MIN_NOT_A_NUMBER));
    assertEquals(1L, (long) counters.get(ParseCounters.NULLED_LATITUDE_NOT_A_NUMBER));
    assertEquals(1L, (long) counters.get(ParseCounters.NULLED_LONGITUDE_OUT_OF_RANGE));
    assertEquals(1L, (long) counters.get(ParseCounters.NULLED_LOCATION_WRONG_TYPE));
    assertEquals(1L, (long) counters.get(ParseCounters.NULLED_MARKETS_WRONG_TYPE));
    assertEquals(1L, (long) counters.get(ParseCounters.NULLED_CLASSIFICATION_LEVEL_WRONG_TYPE));
    assertEquals(null, counters.get(SilverCounters.PARSER_FAILED));
    assertEquals(null, counters.get(ParseCounters.UNLISTED_ISSUE));
    for (String name : counters.keySet()) {
      assertTrue(name, SilverCounters.ALL.contains(name));
    }
  }

  /** Σ(records_in − rejected − superseded) over the runs' events accounting = count(events). */
  private void assertEventIdentity(
      String name, List<PCollection<AccountingRow>> runs, PCollection<EventRow> events) {
    PCollection<Long> fromAccounting =
        PCollectionList.of(runs)
            .apply(name + "AllRuns", Flatten.pCollections())
            .apply(name + "Events", Filter.by((AccountingRow a) -> a.getEntity().equals("events")))
            .apply(
                name + "Balance",
                MapElements.into(TypeDescriptors.longs())
                    .via(
                        (AccountingRow a) ->
                            a.getRecordsIn() - a.getRejected() - a.getSuperseded()));
    PCollection<Long> minusRows =
        events.apply(
            name + "MinusOne", MapElements.into(TypeDescriptors.longs()).via((EventRow e) -> -1L));
    PAssert.thatSingleton(
            name,
            PCollectionList.of(fromAccounting)
                .and(minusRows)
                .apply(name + "Both", Flatten.pCollections())
                .apply(name + "Sum", Sum.longsGlobally()))
        .isEqualTo(0L);
  }

  /** Every row of every table, prefixed by the table's name. */
  private static PCollection<String> tableRows(String n, SilverOutput out) {
    return PCollectionList.of(SilverFixtures.showAll(n + "Events", out.events()))
        .and(SilverFixtures.showAll(n + "Prices", out.eventPriceRanges()))
        .and(SilverFixtures.showAll(n + "EventVenues", out.eventVenues()))
        .and(SilverFixtures.showAll(n + "EventAttractions", out.eventAttractions()))
        .and(SilverFixtures.showAll(n + "Venues", out.venues()))
        .and(SilverFixtures.showAll(n + "Markets", out.markets()))
        .and(SilverFixtures.showAll(n + "VenueMarkets", out.venueMarkets()))
        .and(SilverFixtures.showAll(n + "Attractions", out.attractions()))
        .and(SilverFixtures.showAll(n + "Classifications", out.classifications()))
        .and(SilverFixtures.showAll(n + "Rejected", out.rejected()))
        .and(SilverFixtures.showAll(n + "Accounting", out.accounting()))
        .apply(n + "AllTables", Flatten.pCollections());
  }

  /** Every foreign key resolves and every primary key is unique: one PAssert over all checks. */
  private static void assertIntegrity(String n, SilverOutput out) {
    List<PCollection<String>> problems = new ArrayList<>();
    problems.add(
        Integrity.orphans(
            n + "EvE",
            out.eventVenues(),
            EventVenueRow::getEventId,
            out.events(),
            EventRow::getEventId));
    problems.add(
        Integrity.orphans(
            n + "EvV",
            out.eventVenues(),
            EventVenueRow::getVenueId,
            out.venues(),
            VenueRow::getVenueId));
    problems.add(
        Integrity.orphans(
            n + "EaE",
            out.eventAttractions(),
            EventAttractionRow::getEventId,
            out.events(),
            EventRow::getEventId));
    problems.add(
        Integrity.orphans(
            n + "EaA",
            out.eventAttractions(),
            EventAttractionRow::getAttractionId,
            out.attractions(),
            AttractionRow::getAttractionId));
    problems.add(
        Integrity.orphans(
            n + "PrE",
            out.eventPriceRanges(),
            EventPriceRangeRow::getEventId,
            out.events(),
            EventRow::getEventId));
    problems.add(
        Integrity.orphans(
            n + "EC",
            out.events(),
            EventRow::getClassificationId,
            out.classifications(),
            ClassificationRow::getClassificationId));
    problems.add(
        Integrity.orphans(
            n + "EPV",
            out.events(),
            EventRow::getPrimaryVenueId,
            out.venues(),
            VenueRow::getVenueId));
    problems.add(
        Integrity.orphans(
            n + "EHA",
            out.events(),
            EventRow::getHeadlinerAttractionId,
            out.attractions(),
            AttractionRow::getAttractionId));
    problems.add(
        Integrity.orphans(
            n + "AC",
            out.attractions(),
            AttractionRow::getClassificationId,
            out.classifications(),
            ClassificationRow::getClassificationId));
    problems.add(
        Integrity.orphans(
            n + "VmV",
            out.venueMarkets(),
            VenueMarketRow::getVenueId,
            out.venues(),
            VenueRow::getVenueId));
    problems.add(
        Integrity.orphans(
            n + "VmM",
            out.venueMarkets(),
            VenueMarketRow::getMarketId,
            out.markets(),
            MarketRow::getMarketId));
    problems.add(Integrity.duplicates(n + "PkE", out.events(), EventRow::getEventId));
    problems.add(
        Integrity.duplicates(
            n + "PkP",
            out.eventPriceRanges(),
            r -> r.getEventId() + "|" + r.getPriceType() + "|" + r.getCurrency()));
    problems.add(Integrity.duplicates(n + "PkV", out.venues(), VenueRow::getVenueId));
    problems.add(Integrity.duplicates(n + "PkM", out.markets(), MarketRow::getMarketId));
    problems.add(
        Integrity.duplicates(
            n + "PkVm", out.venueMarkets(), r -> r.getVenueId() + "|" + r.getMarketId()));
    problems.add(
        Integrity.duplicates(n + "PkA", out.attractions(), AttractionRow::getAttractionId));
    problems.add(
        Integrity.duplicates(
            n + "PkC", out.classifications(), ClassificationRow::getClassificationId));
    problems.add(
        Integrity.duplicates(
            n + "PkEv", out.eventVenues(), r -> r.getEventId() + "|" + r.getVenueId()));
    problems.add(
        Integrity.duplicates(
            n + "PkEa", out.eventAttractions(), r -> r.getEventId() + "|" + r.getAttractionId()));
    PAssert.that(
            n + ": foreign keys resolve and primary keys are unique",
            PCollectionList.of(problems).apply(n + "AllProblems", Flatten.pCollections()))
        .empty();
  }
}
