package com.tixmaster.transforms.gold;

import static com.tixmaster.transforms.gold.SilverFixtures.attraction;
import static com.tixmaster.transforms.gold.SilverFixtures.classification;
import static com.tixmaster.transforms.gold.SilverFixtures.event;
import static com.tixmaster.transforms.gold.SilverFixtures.eventAttraction;
import static com.tixmaster.transforms.gold.SilverFixtures.eventVenue;
import static com.tixmaster.transforms.gold.SilverFixtures.market;
import static com.tixmaster.transforms.gold.SilverFixtures.venue;
import static com.tixmaster.transforms.gold.SilverFixtures.venueMarket;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.tixmaster.schemas.gold.BridgeEventAttraction;
import com.tixmaster.schemas.gold.DimAttraction;
import com.tixmaster.schemas.gold.DimClassification;
import com.tixmaster.schemas.gold.DimDate;
import com.tixmaster.schemas.gold.DimMarket;
import com.tixmaster.schemas.gold.DimVenue;
import com.tixmaster.schemas.gold.FactEvent;
import com.tixmaster.schemas.gold.GoldRejectedRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.joda.time.Instant;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Three runs of the gold stage over evolving silver: SCD2 history, stable keys, upserted facts,
 * unknown members, and a re-run that changes nothing.
 */
@RunWith(JUnit4.class)
public class GoldTransformTest {
  static final Instant AS_OF_1 = Instant.parse("2025-01-01T00:00:00Z");
  static final Instant AS_OF_2 = Instant.parse("2025-02-01T00:00:00Z");
  static final Instant AS_OF_3 = Instant.parse("2025-03-01T00:00:00Z");
  public static final GoldConfig RUN_1 = GoldConfig.of("run-1", AS_OF_1);
  static final GoldConfig RUN_2 = GoldConfig.of("run-2", AS_OF_2);
  static final GoldConfig RUN_3 = GoldConfig.of("run-3", AS_OF_3);

  /** 2020-01-01..2030-12-31 (4018 days), row -1, and 2019-12-31 of event E2. */
  static final int CALENDAR_ROWS = 4018 + 1 + 1;

  @Rule public final transient TestPipeline p1 = TestPipeline.create();
  @Rule public final transient TestPipeline p2 = TestPipeline.create();
  @Rule public final transient TestPipeline p3 = TestPipeline.create();

  public static SilverFixtures.Silver silverRun1() {
    SilverFixtures.Silver s = new SilverFixtures.Silver();
    s.venues.add(
        venue("V1", "Arena One")
            .with("venue_type", "venue")
            .with("city", "Austin")
            .with("state", "Texas")
            .with("state_code", "TX")
            .with("country", "United States Of America")
            .with("country_code", "US")
            .with("timezone", "America/Chicago")
            .with("latitude", 30.25)
            .with("longitude", -97.75)
            .with("postal_code", "78701")
            .build());
    s.venues.add(venue("V2", "Club Two").with("city", "Dallas").build());
    s.markets.add(market("10", "Dallas - Fort Worth"));
    s.markets.add(market("7", "Austin"));
    s.venueMarkets.add(venueMarket("V1", "10"));
    s.venueMarkets.add(venueMarket("V1", "7"));
    s.classifications.add(classification("C1", "Music", "Rock", "Alternative Rock"));
    s.classifications.add(classification("C2", "Sports", "Basketball", "NBA"));
    s.attractions.add(attraction("A1", "Band A").with("classification_id", "C1").build());
    s.attractions.add(attraction("A2", "Band B").with("classification_id", "C1").build());
    s.attractions.add(attraction("A3", "Team C").build());
    // E1: a priced concert at V1 (first market "7" < "10" numerically), two attractions.
    s.events.add(
        event("E1")
            .with("event_name", "Rock Night")
            .with("event_date", "2025-06-07")
            .with("event_local_time", "20:00:00")
            .with("event_datetime_utc", "2025-06-08T01:00:00Z")
            .with("event_timezone", "America/Chicago")
            .with("sales_public_start_utc", "2025-01-11T03:00:00Z") // 2025-01-10 in Chicago
            .with("status_code", "onsale")
            .with("classification_id", "C1")
            .with("primary_venue_id", "V1")
            .with("headliner_attraction_id", "A1")
            .with("price_min", 20.0)
            .with("price_max", 80.0)
            .with("price_currency", "USD")
            .build());
    // E2: its venue is not in silver; no attractions, no classification; a date before 2020.
    s.events.add(
        event("E2")
            .with("event_name", "Mystery Gig")
            .with("event_date", "2019-12-31")
            .with("primary_venue_id", "VX")
            .with("status_code", "cancelled")
            .build());
    // E3: date TBA; venue V2 (no market); headliner from billing order.
    s.events.add(
        event("E3")
            .with("event_name", "TBA Show")
            .with("event_date", "2025-09-01")
            .with("date_tba", true)
            .with("sales_public_start_utc", "2025-01-01T00:00:00Z")
            .with("status_code", "onsale")
            .with("classification_id", "C2")
            .with("primary_venue_id", "V2")
            .with("is_test", true)
            .build());
    s.eventVenues.add(eventVenue("E1", "V1", 0));
    s.eventVenues.add(eventVenue("E1", "V2", 1));
    s.eventVenues.add(eventVenue("E3", "V2", 0));
    s.eventAttractions.add(eventAttraction("E1", "A1", 0));
    s.eventAttractions.add(eventAttraction("E1", "A2", 1));
    s.eventAttractions.add(eventAttraction("E3", "A3", 0));
    return s;
  }

  /** V1 renamed, A2 reclassified (a tracked segment change), V3 and E4 new, E2 gone from silver. */
  static SilverFixtures.Silver silverRun2() {
    SilverFixtures.Silver s = silverRun1().copy();
    s.venues.set(0, renamed(s.venues.get(0), "Arena One Renamed"));
    s.attractions.set(1, attraction("A2", "Band B").with("classification_id", "C2").build());
    s.venues.add(venue("V3", "Hall Three").with("city", "Houston").build());
    s.events.removeIf(e -> "E2".equals(e.getString("event_id")));
    s.events.add(
        event("E4")
            .with("event_name", "New Tour")
            .with("event_date", "2025-07-04")
            .with("primary_venue_id", "V3")
            .with("headliner_attraction_id", "A2")
            .with("classification_id", "C1")
            .with("status_code", "onsale")
            .build());
    s.eventVenues.add(eventVenue("E4", "V3", 0));
    s.eventAttractions.add(eventAttraction("E4", "A2", 0));
    return s;
  }

  private static org.apache.beam.sdk.values.Row renamed(
      org.apache.beam.sdk.values.Row row, String name) {
    return org.apache.beam.sdk.values.Row.fromRow(row).withFieldValue("venue_name", name).build();
  }

  /** Keys of one run's outputs in {@link Collected}. */
  static final class RunKeys {
    String dimDate;
    String dimVenue;
    String dimAttraction;
    String dimClassification;
    String dimMarket;
    String facts;
    String bridge;
  }

  static RunKeys collectAll(GoldOutput out) {
    RunKeys k = new RunKeys();
    k.dimDate = Collected.collect(out.dimDate(), "DimDate");
    k.dimVenue = Collected.collect(out.dimVenue(), "DimVenue");
    k.dimAttraction = Collected.collect(out.dimAttraction(), "DimAttraction");
    k.dimClassification = Collected.collect(out.dimClassification(), "DimClassification");
    k.dimMarket = Collected.collect(out.dimMarket(), "DimMarket");
    k.facts = Collected.collect(out.factEvents(), "Facts");
    k.bridge = Collected.collect(out.bridgeEventAttraction(), "Bridge");
    return k;
  }

  static GoldInput previous(Pipeline p, SilverInputs silver, RunKeys prev) {
    return GoldInput.builder(silver)
        .previousDimVenue(Collected.replay(p, "PrevDimVenue", prev.dimVenue, DimVenue.class))
        .previousDimAttraction(
            Collected.replay(p, "PrevDimAttraction", prev.dimAttraction, DimAttraction.class))
        .previousDimClassification(
            Collected.replay(
                p, "PrevDimClassification", prev.dimClassification, DimClassification.class))
        .previousDimMarket(Collected.replay(p, "PrevDimMarket", prev.dimMarket, DimMarket.class))
        .previousFactEvents(Collected.replay(p, "PrevFacts", prev.facts, FactEvent.class))
        .previousBridgeEventAttraction(
            Collected.replay(p, "PrevBridge", prev.bridge, BridgeEventAttraction.class))
        .build();
  }

  static FactEvent.Builder fact(long sk, String id, String name, int dateKey, String runId) {
    return FactEvent.builder()
        .setEventSk(sk)
        .setEventId(id)
        .setEventName(name)
        .setDateKey(dateKey)
        .setVenueSk(-1)
        .setAttractionSk(-1)
        .setClassificationSk(-1)
        .setMarketSk(-1)
        .setVenueCount(0)
        .setAttractionCount(0)
        .setIsTest(false)
        .setRunId(runId);
  }

  static FactEvent e1(long venueSk, String runId) {
    return fact(1, "E1", "Rock Night", 20250607, runId)
        .setVenueSk(venueSk)
        .setAttractionSk(1)
        .setClassificationSk(1)
        .setMarketSk(2)
        .setPriceMin(20.0)
        .setPriceMax(80.0)
        .setPriceCurrency("USD")
        .setVenueCount(2)
        .setAttractionCount(2)
        .setDaysOnSale(148)
        .setStatusCode("onsale")
        .setEventDatetimeUtc(Instant.parse("2025-06-08T01:00:00Z"))
        .setSalesPublicStartUtc(Instant.parse("2025-01-11T03:00:00Z"))
        .build();
  }

  static final FactEvent E2 =
      fact(2, "E2", "Mystery Gig", 20191231, "run-1")
          .setVenueCount(1)
          .setStatusCode("cancelled")
          .build();
  static final FactEvent E3 =
      fact(3, "E3", "TBA Show", -1, "run-1")
          .setVenueSk(2)
          .setAttractionSk(3)
          .setClassificationSk(2)
          .setVenueCount(1)
          .setAttractionCount(1)
          .setStatusCode("onsale")
          .setSalesPublicStartUtc(Instant.parse("2025-01-01T00:00:00Z"))
          .setIsTest(true)
          .build();
  static final FactEvent E4 =
      fact(4, "E4", "New Tour", 20250704, "run-2")
          .setVenueSk(4)
          .setAttractionSk(4)
          .setClassificationSk(1)
          .setVenueCount(1)
          .setAttractionCount(1)
          .setStatusCode("onsale")
          .build();

  static BridgeEventAttraction bridge(
      long eventSk, long attractionSk, int order, String e, String a) {
    return BridgeEventAttraction.builder()
        .setEventSk(eventSk)
        .setAttractionSk(attractionSk)
        .setBillingOrder(order)
        .setEventId(e)
        .setAttractionId(a)
        .build();
  }

  static DimClassification dimClassification(
      long sk, String id, String seg, String gen, String sub) {
    return DimClassification.builder()
        .setClassificationSk(sk)
        .setClassificationId(id)
        .setSegmentId("seg-" + seg)
        .setSegmentName(seg)
        .setGenreId("gen-" + gen)
        .setGenreName(gen)
        .setSubgenreId("sub-" + sub)
        .setSubgenreName(sub)
        .build();
  }

  static final DimClassification UNKNOWN_CLASSIFICATION =
      DimClassification.builder()
          .setClassificationSk(-1)
          .setClassificationId("-1")
          .setSegmentName("Unknown")
          .build();

  static DimMarket dimMarket(long sk, String id, String name) {
    return DimMarket.builder().setMarketSk(sk).setMarketId(id).setMarketName(name).build();
  }

  // ---- checks, static so the lambdas capture nothing from the test instance ----

  static SerializableFunction<Iterable<DimVenue>, Void> venuesOfRun1() {
    return rows -> {
      Map<Long, DimVenue> bySk = new HashMap<>();
      rows.forEach(r -> bySk.put(r.getVenueSk(), r));
      assertEquals(bySk.keySet(), new HashSet<>(List.of(-1L, 1L, 2L)));
      DimVenue v1 = bySk.get(1L);
      assertEquals("V1", v1.getVenueId());
      assertEquals("Arena One", v1.getVenueName());
      assertEquals("Austin", v1.getCity());
      assertEquals(30.25, v1.getLatitude(), 0.0);
      assertEquals(AS_OF_1, v1.getValidFrom());
      assertNull(v1.getValidTo());
      assertTrue(v1.getIsCurrent());
      assertEquals("run-1", v1.getRunId());
      assertEquals(64, v1.getRowHash().length());
      DimVenue unknown = bySk.get(-1L);
      assertEquals("-1", unknown.getVenueId());
      assertEquals("Unknown", unknown.getVenueName());
      assertTrue(unknown.getIsCurrent());
      assertEquals(new Instant(0), unknown.getValidFrom());
      return null;
    };
  }

  static SerializableFunction<Iterable<DimVenue>, Void> venuesOfRun2(List<String> run1Rows) {
    return rows -> {
      Map<Long, DimVenue> bySk = new HashMap<>();
      List<DimVenue> all = new ArrayList<>();
      rows.forEach(
          r -> {
            bySk.put(r.getVenueSk(), r);
            all.add(r);
          });
      assertEquals(5, all.size());
      assertEquals(bySk.keySet(), new HashSet<>(List.of(-1L, 1L, 2L, 3L, 4L)));
      DimVenue closed = bySk.get(1L);
      assertEquals("V1", closed.getVenueId());
      assertEquals("Arena One", closed.getVenueName());
      assertFalse(closed.getIsCurrent());
      assertEquals(AS_OF_1, closed.getValidFrom());
      assertEquals(AS_OF_2, closed.getValidTo());
      DimVenue renamed = bySk.get(3L);
      assertEquals("V1", renamed.getVenueId());
      assertEquals("Arena One Renamed", renamed.getVenueName());
      assertTrue(renamed.getIsCurrent());
      assertEquals(AS_OF_2, renamed.getValidFrom());
      assertNull(renamed.getValidTo());
      assertEquals("run-2", renamed.getRunId());
      assertFalse(renamed.getRowHash().equals(closed.getRowHash()));
      assertEquals("V3", bySk.get(4L).getVenueId());
      // V2 and the unknown member are byte-identical to run 1
      assertTrue(run1Rows.contains(bySk.get(2L).toString()));
      assertTrue(run1Rows.contains(bySk.get(-1L).toString()));
      // exactly one current row per venue_id
      Map<String, Integer> current = new HashMap<>();
      all.stream()
          .filter(DimVenue::getIsCurrent)
          .forEach(v -> current.merge(v.getVenueId(), 1, Integer::sum));
      assertEquals(Map.of("-1", 1, "V1", 1, "V2", 1, "V3", 1), current);
      return null;
    };
  }

  static SerializableFunction<Iterable<DimAttraction>, Void> attractionsOfRun1() {
    return rows -> {
      Map<String, DimAttraction> byId = new HashMap<>();
      rows.forEach(r -> byId.put(r.getAttractionId(), r));
      assertEquals(4, byId.size());
      assertEquals(1L, byId.get("A1").getAttractionSk());
      assertEquals(2L, byId.get("A2").getAttractionSk());
      assertEquals(3L, byId.get("A3").getAttractionSk());
      assertEquals(-1L, byId.get("-1").getAttractionSk());
      assertEquals("Music", byId.get("A1").getSegmentName());
      assertEquals("Rock", byId.get("A1").getGenreName());
      assertEquals("Alternative Rock", byId.get("A1").getSubgenreName());
      assertNull(byId.get("A3").getSegmentName());
      assertTrue(byId.values().stream().allMatch(DimAttraction::getIsCurrent));
      return null;
    };
  }

  static SerializableFunction<Iterable<DimAttraction>, Void> attractionsOfRun2() {
    return rows -> {
      Map<Long, DimAttraction> bySk = new HashMap<>();
      rows.forEach(r -> bySk.put(r.getAttractionSk(), r));
      assertEquals(new HashSet<>(List.of(-1L, 1L, 2L, 3L, 4L)), bySk.keySet());
      DimAttraction closed = bySk.get(2L);
      assertEquals("A2", closed.getAttractionId());
      assertEquals("Music", closed.getSegmentName());
      assertFalse(closed.getIsCurrent());
      assertEquals(AS_OF_2, closed.getValidTo());
      DimAttraction current = bySk.get(4L);
      assertEquals("A2", current.getAttractionId());
      assertEquals("Sports", current.getSegmentName());
      assertEquals("Basketball", current.getGenreName());
      assertTrue(current.getIsCurrent());
      assertEquals(AS_OF_2, current.getValidFrom());
      assertTrue(bySk.get(1L).getIsCurrent());
      assertNull(bySk.get(1L).getValidTo());
      return null;
    };
  }

  static SerializableFunction<Iterable<DimDate>, Void> calendar() {
    return rows -> {
      Map<Integer, DimDate> byKey = new HashMap<>();
      int n = 0;
      for (DimDate d : rows) {
        byKey.put(d.getDateKey(), d);
        n++;
      }
      assertEquals(CALENDAR_ROWS, n);
      assertEquals(CALENDAR_ROWS, byKey.size());
      assertEquals("2019-12-31", byKey.get(20191231).getDateValue());
      assertEquals(Integer.valueOf(2), byKey.get(20191231).getDayOfWeek());
      assertEquals("Unknown", byKey.get(-1).getMonthName());
      assertTrue(byKey.containsKey(20200101));
      assertTrue(byKey.containsKey(20301231));
      assertTrue(byKey.containsKey(20240229));
      return null;
    };
  }

  @Test
  public void threeRunsKeepHistoryKeysAndUpsertFacts() {
    // ---- run 1: first load, no previous gold ----
    GoldOutput out1 =
        GoldInput.builder(silverRun1().inputs(p1)).build().apply("Gold", GoldTransform.of(RUN_1));
    PAssert.that(out1.dimVenue()).satisfies(venuesOfRun1());
    PAssert.that(out1.dimAttraction()).satisfies(attractionsOfRun1());
    PAssert.that(out1.dimClassification())
        .containsInAnyOrder(
            dimClassification(1, "C1", "Music", "Rock", "Alternative Rock"),
            dimClassification(2, "C2", "Sports", "Basketball", "NBA"),
            UNKNOWN_CLASSIFICATION);
    PAssert.that(out1.dimMarket())
        .containsInAnyOrder(
            dimMarket(1, "10", "Dallas - Fort Worth"),
            dimMarket(2, "7", "Austin"),
            dimMarket(-1, "-1", "Unknown"));
    PAssert.that(out1.factEvents()).containsInAnyOrder(e1(1, "run-1"), E2, E3);
    PAssert.that(out1.bridgeEventAttraction())
        .containsInAnyOrder(
            bridge(1, 1, 0, "E1", "A1"), bridge(1, 2, 1, "E1", "A2"), bridge(3, 3, 0, "E3", "A3"));
    PAssert.that(out1.dimDate()).satisfies(calendar());
    PAssert.that(out1.rejected()).empty();
    RunKeys run1 = collectAll(out1);
    p1.run().waitUntilFinish();

    // ---- run 2: V1 renamed, V3 + E4 new, E2 gone from silver ----
    GoldOutput out2 =
        previous(p2, silverRun2().inputs(p2), run1).apply("Gold", GoldTransform.of(RUN_2));
    PAssert.that(out2.dimVenue())
        .satisfies(venuesOfRun2(GoldAsserts.fingerprint(Collected.<DimVenue>get(run1.dimVenue))));
    PAssert.that(out2.dimAttraction()).satisfies(attractionsOfRun2());
    PAssert.that(out2.dimClassification())
        .satisfies(
            GoldAsserts.sameRowsAs(Collected.<DimClassification>get(run1.dimClassification)));
    PAssert.that(out2.dimMarket())
        .satisfies(GoldAsserts.sameRowsAs(Collected.<DimMarket>get(run1.dimMarket)));
    // E1 now points at V1's new version; E2 (gone from silver) and E3 (unchanged) keep run 1's
    // rows;
    // E4's headliner A2 and E1's second act resolve to A2's new version.
    PAssert.that(out2.factEvents()).containsInAnyOrder(e1(3, "run-2"), E2, E3, E4);
    PAssert.that(out2.bridgeEventAttraction())
        .containsInAnyOrder(
            bridge(1, 1, 0, "E1", "A1"),
            bridge(1, 4, 1, "E1", "A2"),
            bridge(3, 3, 0, "E3", "A3"),
            bridge(4, 4, 0, "E4", "A2"));
    PAssert.that(out2.dimDate())
        .satisfies(GoldAsserts.sameRowsAs(Collected.<DimDate>get(run1.dimDate)));
    RunKeys run2 = collectAll(out2);
    p2.run().waitUntilFinish();

    // ---- run 3: the same silver again: nothing changes, no row added ----
    GoldOutput out3 =
        previous(p3, silverRun2().inputs(p3), run2).apply("Gold", GoldTransform.of(RUN_3));
    PAssert.that(out3.dimVenue())
        .satisfies(GoldAsserts.sameRowsAs(Collected.<DimVenue>get(run2.dimVenue)));
    PAssert.that(out3.dimAttraction())
        .satisfies(GoldAsserts.sameRowsAs(Collected.<DimAttraction>get(run2.dimAttraction)));
    PAssert.that(out3.dimClassification())
        .satisfies(
            GoldAsserts.sameRowsAs(Collected.<DimClassification>get(run2.dimClassification)));
    PAssert.that(out3.dimMarket())
        .satisfies(GoldAsserts.sameRowsAs(Collected.<DimMarket>get(run2.dimMarket)));
    PAssert.that(out3.factEvents())
        .satisfies(GoldAsserts.sameRowsAs(Collected.<FactEvent>get(run2.facts)));
    PAssert.that(out3.bridgeEventAttraction())
        .satisfies(GoldAsserts.sameRowsAs(Collected.<BridgeEventAttraction>get(run2.bridge)));
    PAssert.that(out3.dimDate())
        .satisfies(GoldAsserts.sameRowsAs(Collected.<DimDate>get(run2.dimDate)));
    p3.run().waitUntilFinish();
  }

  static final GoldConfig RUN_BAD = GoldConfig.of("run-bad", AS_OF_1);

  /** One line per dim_venue row: every column a test here cares about. */
  static PCollection<String> venueLines(GoldOutput out) {
    return out.dimVenue()
        .apply(
            "VenueLines",
            MapElements.into(TypeDescriptors.strings())
                .via(
                    (DimVenue v) ->
                        v.getVenueSk()
                            + " "
                            + v.getVenueId()
                            + " "
                            + v.getVenueName()
                            + " city="
                            + v.getCity()
                            + " current="
                            + v.getIsCurrent()
                            + " from="
                            + v.getValidFrom()
                            + " to="
                            + v.getValidTo()
                            + " run="
                            + v.getRunId()
                            + " hash="
                            + v.getRowHash().length()));
  }

  /** One line per dim_attraction row. */
  static PCollection<String> attractionLines(GoldOutput out) {
    return out.dimAttraction()
        .apply(
            "AttractionLines",
            MapElements.into(TypeDescriptors.strings())
                .via(
                    (DimAttraction a) ->
                        a.getAttractionSk()
                            + " "
                            + a.getAttractionId()
                            + " "
                            + a.getAttractionName()
                            + " seg="
                            + a.getSegmentName()
                            + " current="
                            + a.getIsCurrent()
                            + " from="
                            + a.getValidFrom()
                            + " to="
                            + a.getValidTo()
                            + " run="
                            + a.getRunId()
                            + " hash="
                            + a.getRowHash().length()));
  }

  // An empty silver on a first load: only the unknown members and the base calendar, no facts.
  @Test
  public void emptySilverGivesOnlyUnknownMembersAndTheBaseCalendar() {
    GoldOutput out =
        GoldInput.builder(new SilverFixtures.Silver().inputs(p1))
            .build()
            .apply("Gold", GoldTransform.of(RUN_1));

    PAssert.that(venueLines(out))
        .containsInAnyOrder(
            "-1 -1 Unknown city=null current=true from=1970-01-01T00:00:00.000Z to=null run=null"
                + " hash=64");
    PAssert.that(attractionLines(out))
        .containsInAnyOrder(
            "-1 -1 Unknown seg=null current=true from=1970-01-01T00:00:00.000Z to=null run=null"
                + " hash=64");
    PAssert.that(out.dimClassification()).containsInAnyOrder(UNKNOWN_CLASSIFICATION);
    PAssert.that(out.dimMarket()).containsInAnyOrder(dimMarket(-1, "-1", "Unknown"));
    PAssert.that(out.factEvents()).empty();
    PAssert.that(out.bridgeEventAttraction()).empty();
    PAssert.that(out.dimDate()).satisfies(GoldAsserts.sameRowsAs(DimDateGenerator.baseCalendar()));
    PAssert.that(out.rejected()).empty();
    p1.run().waitUntilFinish();
  }

  /**
   * Bad silver: null ids everywhere, a fake "-1" venue, links to unknown events, venues and
   * attractions, an invalid timezone and an impossible date.
   */
  static SilverFixtures.Silver badSilver() {
    SilverFixtures.Silver s = new SilverFixtures.Silver();
    s.venues.add(venue("V1", "Arena").with("city", "Austin").build());
    s.venues.add(venue(null, "No Id Hall").build());
    s.venues.add(venue("-1", "Fake Unknown").build());
    s.markets.add(market("10", "Dallas"));
    s.markets.add(market(null, "Nowhere"));
    s.venueMarkets.add(venueMarket("V1", "10"));
    s.venueMarkets.add(venueMarket("V1", null));
    s.venueMarkets.add(venueMarket(null, "10"));
    s.venueMarkets.add(venueMarket("VX", "10"));
    s.classifications.add(classification("C1", "Music", "Rock", "Alternative Rock"));
    s.classifications.add(classification(null, "Sports", "Hockey", "NHL"));
    s.attractions.add(attraction("A1", "Band A").with("classification_id", "C404").build());
    s.attractions.add(attraction(null, "Nobody").build());
    // E1: invalid timezone (days_on_sale in UTC: 06-02 -> 06-07 = 5; Chicago would say 6),
    // unknown classification, headliner by billing order is an unknown attraction.
    s.events.add(
        event("E1")
            .with("event_name", "Bad Zone")
            .with("event_date", "2025-06-07")
            .with("event_timezone", "Mars/Olympus_Mons")
            .with("sales_public_start_utc", "2025-06-02T02:00:00Z")
            .with("status_code", "onsale")
            .with("classification_id", "C404")
            .with("primary_venue_id", "V1")
            .build());
    // E2: impossible date, venue only through a link to an unknown venue.
    s.events.add(
        event("E2")
            .with("event_name", "No Venue")
            .with("event_date", "2025-02-30")
            .with("sales_public_start_utc", "2025-01-01T00:00:00Z")
            .build());
    s.events.add(
        event(null).with("event_name", "Nameless").with("event_date", "2025-05-05").build());
    s.eventVenues.add(eventVenue("E1", "V1", 0));
    s.eventVenues.add(eventVenue("E2", "V404", 0));
    s.eventVenues.add(eventVenue("E404", "V1", 0));
    s.eventVenues.add(eventVenue(null, "V1", 0));
    s.eventAttractions.add(eventAttraction("E1", "A404", 0));
    s.eventAttractions.add(eventAttraction("E1", "A1", 1));
    s.eventAttractions.add(eventAttraction("E1", "A405", 3));
    s.eventAttractions.add(eventAttraction("E1", null, 2));
    s.eventAttractions.add(eventAttraction("E404", "A1", 0));
    s.eventAttractions.add(eventAttraction(null, "A1", 0));
    return s;
  }

  // Bad links and ids are rejected or resolved to -1, never fail the run, vanish or invent rows.
  @Test
  public void badSilverIsRejectedOrResolvedToUnknown() {
    GoldOutput out =
        GoldInput.builder(badSilver().inputs(p1)).build().apply("Gold", GoldTransform.of(RUN_BAD));

    // rows without a natural key and the fake "-1" venue are not members; the unknown member is
    // the generated one
    PAssert.that(venueLines(out))
        .containsInAnyOrder(
            "1 V1 Arena city=Austin current=true from=2025-01-01T00:00:00.000Z to=null run=run-bad"
                + " hash=64",
            "-1 -1 Unknown city=null current=true from=1970-01-01T00:00:00.000Z to=null run=null"
                + " hash=64");
    // A1's classification is not in silver: no segment
    PAssert.that(attractionLines(out))
        .containsInAnyOrder(
            "1 A1 Band A seg=null current=true from=2025-01-01T00:00:00.000Z to=null run=run-bad"
                + " hash=64",
            "-1 -1 Unknown seg=null current=true from=1970-01-01T00:00:00.000Z to=null run=null"
                + " hash=64");
    PAssert.that(out.dimClassification())
        .containsInAnyOrder(
            dimClassification(1, "C1", "Music", "Rock", "Alternative Rock"),
            UNKNOWN_CLASSIFICATION);
    PAssert.that(out.dimMarket())
        .containsInAnyOrder(dimMarket(1, "10", "Dallas"), dimMarket(-1, "-1", "Unknown"));
    // the null-id event has no fact; links of unknown events make none either
    PAssert.that(out.factEvents())
        .containsInAnyOrder(
            fact(1, "E1", "Bad Zone", 20250607, "run-bad")
                .setVenueSk(1)
                .setMarketSk(1)
                .setVenueCount(1)
                .setAttractionCount(3)
                .setDaysOnSale(5)
                .setStatusCode("onsale")
                .setSalesPublicStartUtc(Instant.parse("2025-06-02T02:00:00Z"))
                .build(),
            fact(2, "E2", "No Venue", -1, "run-bad")
                .setVenueCount(1)
                .setSalesPublicStartUtc(Instant.parse("2025-01-01T00:00:00Z"))
                .build());
    // two unknown attractions of E1 share attraction_sk -1: the lowest billing order stays
    PAssert.that(out.bridgeEventAttraction())
        .containsInAnyOrder(bridge(1, -1, 0, "E1", "A404"), bridge(1, 1, 1, "E1", "A1"));
    PAssert.that(out.dimDate()).satisfies(GoldAsserts.sameRowsAs(DimDateGenerator.baseCalendar()));
    // every unusable row exactly once; references to unknown members (V404, C404, A404) are not
    // rejections: they resolve to -1
    PAssert.that(GoldAsserts.deadLetterLines("RejectedLines", out.rejected()))
        .containsInAnyOrder(
            "silver.venues missing_key null",
            "silver.venues reserved_key -1",
            "silver.markets missing_key null",
            "silver.venue_markets missing_key V1|",
            "silver.venue_markets missing_key |10",
            "silver.classifications missing_key null",
            "silver.attractions missing_key null",
            "silver.events missing_key null",
            "silver.event_venues unknown_event E404|V1",
            "silver.event_venues missing_key |V1",
            "silver.event_attractions missing_key E1|",
            "silver.event_attractions unknown_event E404|A1",
            "silver.event_attractions missing_key |A1",
            "silver.event_attractions duplicate_key E1|A405");
    PAssert.that(out.rejected()).satisfies(GoldAsserts.wellFormed("gold", "run-bad"));
    PAssert.that(out.rejected())
        .satisfies(
            rows -> {
              for (GoldRejectedRow r : rows) {
                if (r.getReasonCode().equals("reserved_key")) {
                  assertTrue(
                      r.getPayload(), r.getPayload().contains("\"venue_name\":\"Fake Unknown\""));
                  assertEquals("fixture.json", r.getSourceFile());
                }
                if (r.getReasonCode().equals("duplicate_key")) {
                  assertTrue(r.getReasonDetail(), r.getReasonDetail().contains("like A404"));
                }
              }
              return null;
            });
    p1.run().waitUntilFinish();
  }

  // Several rows for a key that must be unique: the smallest is kept, every other one rejected.
  @Test
  public void duplicateKeysKeepOneRowAndRejectTheOthers() {
    SilverFixtures.Silver s = new SilverFixtures.Silver();
    s.venues.add(venue("V1", "Arena B").build());
    s.venues.add(venue("V1", "Arena A").build());
    s.markets.add(market("7", "Austin"));
    s.markets.add(market("7", "Austin"));
    s.attractions.add(attraction("-1", "Fake Unknown Act").build());
    s.events.add(event("E1").with("event_name", "Second").with("primary_venue_id", "V1").build());
    s.events.add(event("E1").with("event_name", "First").with("primary_venue_id", "V1").build());
    // the previous gold holds E9 twice: the lower event_sk stays
    List<FactEvent> previousFacts =
        List.of(
            fact(5, "E9", "Old", -1, "run-0").build(), fact(8, "E9", "Older", -1, "run-0").build());
    GoldOutput out =
        GoldInput.builder(s.inputs(p1))
            .previousFactEvents(
                p1.apply(
                    "PreviousFacts",
                    Create.of(previousFacts).withCoder(SchemaCoders.of(p1, FactEvent.class))))
            .build()
            .apply("Gold", GoldTransform.of(RUN_BAD));

    PAssert.that(venueLines(out))
        .containsInAnyOrder(
            "1 V1 Arena A city=null current=true from=2025-01-01T00:00:00.000Z to=null run=run-bad"
                + " hash=64",
            "-1 -1 Unknown city=null current=true from=1970-01-01T00:00:00.000Z to=null run=null"
                + " hash=64");
    PAssert.that(out.dimMarket())
        .containsInAnyOrder(dimMarket(1, "7", "Austin"), dimMarket(-1, "-1", "Unknown"));
    PAssert.that(
            out.factEvents()
                .apply(
                    "FactLines",
                    MapElements.into(TypeDescriptors.strings())
                        .via(
                            (FactEvent f) ->
                                f.getEventSk() + " " + f.getEventId() + " " + f.getEventName())))
        .containsInAnyOrder("9 E1 First", "5 E9 Old");
    PAssert.that(GoldAsserts.deadLetterLines("RejectedLines", out.rejected()))
        .containsInAnyOrder(
            "silver.venues duplicate_key V1",
            "silver.markets duplicate_key 7",
            "silver.attractions reserved_key -1",
            "silver.events duplicate_key E1",
            "gold.fact_events duplicate_key E9");
    PAssert.that(out.rejected()).satisfies(GoldAsserts.wellFormed("gold", "run-bad"));
    PAssert.that(out.rejected())
        .satisfies(
            rows -> {
              for (GoldRejectedRow r : rows) {
                String payload = r.getPayload();
                switch (r.getEntity()) {
                  case "silver.venues" -> assertTrue(payload, payload.contains("Arena B"));
                  case "silver.events" -> assertTrue(payload, payload.contains("Second"));
                  case "gold.fact_events" ->
                      assertTrue(payload, payload.contains("\"event_sk\":8"));
                  case "silver.markets" -> assertTrue(payload, payload.contains("Austin"));
                  default -> assertTrue(payload, payload.contains("Fake Unknown Act"));
                }
              }
              return null;
            });
    p1.run().waitUntilFinish();
  }

  // Two identical unusable rows are two rejections, told apart by their ids' -1 and -2.
  @Test
  public void identicalRejectionsAreNumbered() {
    SilverFixtures.Silver s = new SilverFixtures.Silver();
    s.venues.add(venue(null, "Ghost Hall").build());
    s.venues.add(venue(null, "Ghost Hall").build());
    GoldOutput out =
        GoldInput.builder(s.inputs(p1)).build().apply("Gold", GoldTransform.of(RUN_BAD));
    PAssert.that(
            out.rejected()
                .apply(
                    "IdSuffixes",
                    MapElements.into(TypeDescriptors.strings())
                        .via((GoldRejectedRow r) -> r.getRejectionId().substring(64))))
        .containsInAnyOrder("-1", "-2");
    PAssert.that(out.rejected()).satisfies(GoldAsserts.wellFormed("gold", "run-bad"));
    p1.run().waitUntilFinish();
  }
}
