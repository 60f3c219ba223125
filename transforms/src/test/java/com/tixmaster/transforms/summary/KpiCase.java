package com.tixmaster.transforms.summary;

import com.tixmaster.schemas.gold.DimAttraction;
import com.tixmaster.schemas.gold.DimDate;
import com.tixmaster.schemas.gold.DimVenue;
import com.tixmaster.schemas.gold.FactEvent;
import com.tixmaster.schemas.gold.MonthlyEventSummary;
import com.tixmaster.transforms.gold.DimDateGenerator;
import com.tixmaster.transforms.gold.FactRules;
import com.tixmaster.transforms.gold.GoldConfig;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.joda.time.Instant;

/**
 * A hand-computed month (February 2025) for the KPIs: ties, unknown members, unpriced events, a
 * test event, mixed status spellings, and weekends decided by the venue-local date, not the UTC
 * one.
 *
 * <pre>
 * id  utc                  zone                local date      venue        headliner     price        status
 * F1  2025-02-16T01:00Z    America/New_York    Sat 02-15  wk   1 Zeta Hall  10 Alpha Band 10.25..50.5  onsale
 * F2  2025-02-15T04:00Z    America/Los_Angeles Fri 02-14       1 Zeta Hall  11 Beta       20..30       cancelled
 * F3  2025-02-21T22:00Z    Australia/Sydney    Sat 02-22  wk   2 Alpha Arena -1           -            postponed
 * F4  2025-02-16T23:30Z    Asia/Tokyo          Mon 02-17       2 Alpha Arena -1           -..40        rescheduled
 * F5  2025-03-01T03:00Z    America/Los_Angeles Fri 02-28       -1           -1            -            Canceled
 * F6  2025-02-19T12:00Z    UTC                 Wed 02-19       -1           12 Aardvark   -            onsale
 * T1  2025-02-08T20:00Z    UTC                 Sat 02-08  wk   3 Test Venue 13 Test Act   1000..1000   cancelled (TEST)
 * </pre>
 *
 * Expected: 6 events; venues {1,2} = 2; attractions {10,11,12} = 3; priced F1,F2,F4 = 50.00 %;
 * revenue 50.5+30+40 = 120.50; avg ticket 120.5/3 = 40.17; avg min (10.25+20)/2 = 15.125 → 15.13
 * (half-up); top venue: 1 and 2 tie at 2 events → "Alpha Arena" (name order beats key order); top
 * attraction: 10, 11, 12 tie at 1 (unknown has 3 but is excluded) → "Aardvark"; weekend F1,F3 = 2/6
 * = 33.33 %; cancelled F2,F5 = 2; postponed 1; rescheduled 1.
 */
final class KpiCase {
  static final GoldConfig CONFIG = GoldConfig.of("run-2", Instant.parse("2025-03-10T00:00:00Z"));

  static final Map<Long, String> VENUES =
      Map.of(1L, "Zeta Hall", 2L, "Alpha Arena", 3L, "Test Venue");
  static final Map<Long, String> ATTRACTIONS =
      Map.of(10L, "Alpha Band", 11L, "Beta", 12L, "Aardvark", 13L, "Test Act");

  static final MonthlyEventSummary FEBRUARY =
      MonthlyEventSummary.builder()
          .setReportYear(2025)
          .setReportMonth(2)
          .setTotalEvents(6)
          .setTotalVenues(2)
          .setTotalAttractions(3)
          .setEstimatedRevenue(120.5)
          .setAvgTicketPrice(40.17)
          .setAvgPriceMin(15.13)
          .setTopVenue("Alpha Arena")
          .setTopAttraction("Aardvark")
          .setWeekendEventPct(33.33)
          .setCancelledEvents(2)
          .setPostponedEvents(1)
          .setRescheduledEvents(1)
          .setPricedEventPct(50.0)
          .setRunId("run-2")
          .setComputedAt(CONFIG.asOf())
          .build();

  private KpiCase() {}

  /** One event of the case. */
  static final class Ev {
    final String id;
    final Instant utc;
    final String zone;
    final long venueSk;
    final long attractionSk;
    final Double min;
    final Double max;
    final String status;
    final boolean test;

    Ev(
        String id,
        String utc,
        String zone,
        long venueSk,
        long attractionSk,
        Double min,
        Double max,
        String status,
        boolean test) {
      this.id = id;
      this.utc = Instant.parse(utc);
      this.zone = zone;
      this.venueSk = venueSk;
      this.attractionSk = attractionSk;
      this.min = min;
      this.max = max;
      this.status = status;
      this.test = test;
    }

    LocalDate localDate() {
      return java.time.Instant.ofEpochMilli(utc.getMillis()).atZone(ZoneId.of(zone)).toLocalDate();
    }

    FactEvent fact(long sk) {
      return FactEvent.builder()
          .setEventSk(sk)
          .setEventId(id)
          .setEventName("Event " + id)
          .setDateKey(FactRules.dateKey(localDate()))
          .setVenueSk(venueSk)
          .setAttractionSk(attractionSk)
          .setClassificationSk(-1)
          .setMarketSk(-1)
          .setPriceMin(min)
          .setPriceMax(max)
          .setPriceCurrency(min == null && max == null ? null : "USD")
          .setVenueCount(1)
          .setAttractionCount(1)
          .setStatusCode(status)
          .setEventDatetimeUtc(utc)
          .setIsTest(test)
          .setRunId("run-2")
          .build();
    }

    KpiEvent kpi() {
      DimDate date = DimDateGenerator.row(localDate());
      return KpiEvent.builder()
          .setEventId(id)
          .setReportYear(date.getYear())
          .setReportMonth(date.getMonth())
          .setIsWeekend(date.getIsWeekend())
          .setVenueSk(venueSk)
          .setVenueName(VENUES.get(venueSk))
          .setAttractionSk(attractionSk)
          .setAttractionName(ATTRACTIONS.get(attractionSk))
          .setPriceMin(min)
          .setPriceMax(max)
          .setStatusCode(status)
          .setIsTest(test)
          .build();
    }
  }

  static final Ev F1 =
      new Ev("F1", "2025-02-16T01:00:00Z", "America/New_York", 1, 10, 10.25, 50.5, "onsale", false);
  static final Ev F2 =
      new Ev(
          "F2",
          "2025-02-15T04:00:00Z",
          "America/Los_Angeles",
          1,
          11,
          20.0,
          30.0,
          "cancelled",
          false);
  static final Ev F3 =
      new Ev(
          "F3", "2025-02-21T22:00:00Z", "Australia/Sydney", 2, -1, null, null, "postponed", false);
  static final Ev F4 =
      new Ev("F4", "2025-02-16T23:30:00Z", "Asia/Tokyo", 2, -1, null, 40.0, "rescheduled", false);
  static final Ev F5 =
      new Ev(
          "F5",
          "2025-03-01T03:00:00Z",
          "America/Los_Angeles",
          -1,
          -1,
          null,
          null,
          "Canceled",
          false);
  static final Ev F6 =
      new Ev("F6", "2025-02-19T12:00:00Z", "UTC", -1, 12, null, null, "onsale", false);
  static final Ev T1 =
      new Ev("T1", "2025-02-08T20:00:00Z", "UTC", 3, 13, 1000.0, 1000.0, "cancelled", true);

  static List<Ev> february() {
    return List.of(F1, F2, F3, F4, F5, F6, T1);
  }

  static List<DimVenue> dimVenue() {
    List<DimVenue> rows = new ArrayList<>();
    rows.add(venue(-1, "-1", "Unknown"));
    VENUES.forEach((sk, name) -> rows.add(venue(sk, "V" + sk, name)));
    return rows;
  }

  static List<DimAttraction> dimAttraction() {
    List<DimAttraction> rows = new ArrayList<>();
    rows.add(attraction(-1, "-1", "Unknown"));
    ATTRACTIONS.forEach((sk, name) -> rows.add(attraction(sk, "A" + sk, name)));
    return rows;
  }

  private static DimVenue venue(long sk, String id, String name) {
    return DimVenue.builder()
        .setVenueSk(sk)
        .setVenueId(id)
        .setVenueName(name)
        .setValidFrom(new Instant(0))
        .setIsCurrent(true)
        .setRowHash("h" + sk)
        .build();
  }

  private static DimAttraction attraction(long sk, String id, String name) {
    return DimAttraction.builder()
        .setAttractionSk(sk)
        .setAttractionId(id)
        .setAttractionName(name)
        .setValidFrom(new Instant(0))
        .setIsCurrent(true)
        .setRowHash("h" + sk)
        .build();
  }
}
