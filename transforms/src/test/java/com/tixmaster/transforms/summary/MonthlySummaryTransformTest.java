package com.tixmaster.transforms.summary;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.tixmaster.schemas.gold.DimAttraction;
import com.tixmaster.schemas.gold.DimDate;
import com.tixmaster.schemas.gold.DimVenue;
import com.tixmaster.schemas.gold.FactEvent;
import com.tixmaster.schemas.gold.GoldRejectedRow;
import com.tixmaster.schemas.gold.MonthlyEventSummary;
import com.tixmaster.transforms.gold.DimDateGenerator;
import com.tixmaster.transforms.gold.GoldAsserts;
import com.tixmaster.transforms.gold.SchemaCoders;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.joda.time.Instant;
import org.junit.Rule;
import org.junit.Test;

public class MonthlySummaryTransformTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  /** Unchanged January event. */
  static final FactEvent X1 = fact("X1", 20250110, 1, 10, 5.0, 9.0, "onsale", "run-1");

  /** Unchanged March event. */
  static final FactEvent X3 = fact("X3", 20250308, 1, 10, 5.0, 15.0, "onsale", "run-1");

  /** Unchanged December 2024 event, whose month has no summary row yet. */
  static final FactEvent X4 = fact("X4", 20241231, -1, -1, null, null, "postponed", "run-1");

  /** A TBA event belongs to no month. */
  static final FactEvent Z = fact("Z", -1, 1, 10, 1.0, 2.0, "onsale", "run-2");

  /** The January row of a previous run; untouched months keep their row exactly. */
  static final MonthlyEventSummary JANUARY_MARKER =
      MonthlyEventSummary.builder()
          .setReportYear(2025)
          .setReportMonth(1)
          .setTotalEvents(99)
          .setTotalVenues(9)
          .setTotalAttractions(9)
          .setEstimatedRevenue(999.0)
          .setWeekendEventPct(9.0)
          .setCancelledEvents(0)
          .setPostponedEvents(0)
          .setRescheduledEvents(0)
          .setPricedEventPct(9.0)
          .setRunId("run-0")
          .setComputedAt(Instant.parse("2025-01-31T00:00:00Z"))
          .build();

  static final MonthlyEventSummary OLD_MARCH =
      JANUARY_MARKER.toBuilder().setReportMonth(3).setTotalEvents(2).setRunId("run-1").build();

  static final MonthlyEventSummary MARCH =
      MonthlyEventSummary.builder()
          .setReportYear(2025)
          .setReportMonth(3)
          .setTotalEvents(1)
          .setTotalVenues(1)
          .setTotalAttractions(1)
          .setEstimatedRevenue(15.0)
          .setAvgTicketPrice(15.0)
          .setAvgPriceMin(5.0)
          .setTopVenue("Zeta Hall")
          .setTopAttraction("Alpha Band")
          .setWeekendEventPct(100.0)
          .setCancelledEvents(0)
          .setPostponedEvents(0)
          .setRescheduledEvents(0)
          .setPricedEventPct(100.0)
          .setRunId("run-2")
          .setComputedAt(KpiCase.CONFIG.asOf())
          .build();
  static final MonthlyEventSummary DECEMBER =
      MARCH.toBuilder()
          .setReportYear(2024)
          .setReportMonth(12)
          .setTotalVenues(0)
          .setTotalAttractions(0)
          .setEstimatedRevenue(0.0)
          .setAvgTicketPrice(null)
          .setAvgPriceMin(null)
          .setTopVenue(null)
          .setTopAttraction(null)
          .setWeekendEventPct(0.0)
          .setPostponedEvents(1)
          .setPricedEventPct(0.0)
          .build();

  static FactEvent fact(
      String id,
      int dateKey,
      long venueSk,
      long attractionSk,
      Double min,
      Double max,
      String status,
      String runId) {
    return FactEvent.builder()
        .setEventSk(id.hashCode() & 0xffff)
        .setEventId(id)
        .setEventName("Event " + id)
        .setDateKey(dateKey)
        .setVenueSk(venueSk)
        .setAttractionSk(attractionSk)
        .setClassificationSk(-1)
        .setMarketSk(-1)
        .setPriceMin(min)
        .setPriceMax(max)
        .setVenueCount(1)
        .setAttractionCount(1)
        .setStatusCode(status)
        .setIsTest(false)
        .setRunId(runId)
        .build();
  }

  private static <T> PCollection<T> create(Pipeline p, String name, List<T> rows, Class<T> type) {
    return p.apply(name, Create.of(rows).withCoder(SchemaCoders.of(p, type)));
  }

  private static MonthlySummaryInput.Builder dims(Pipeline p, String prefix) {
    List<DimDate> calendar =
        DimDateGenerator.range(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 3, 31));
    calendar.add(DimDateGenerator.unknown());
    return MonthlySummaryInput.builder()
        .dimDate(create(p, prefix + "DimDate", calendar, DimDate.class))
        .dimVenue(create(p, prefix + "DimVenue", KpiCase.dimVenue(), DimVenue.class))
        .dimAttraction(
            create(p, prefix + "DimAttraction", KpiCase.dimAttraction(), DimAttraction.class));
  }

  @Test
  public void recomputesTouchedMonthsOnly() {
    List<FactEvent> previousFacts = new ArrayList<>(List.of(X1, X3, X4));
    // F6 was in March before; this run moved it to February
    previousFacts.add(
        KpiCase.F6.fact(6).toBuilder().setDateKey(20250305).setRunId("run-1").build());
    List<FactEvent> facts = new ArrayList<>(List.of(X1, X3, X4, Z));
    long sk = 1;
    for (KpiCase.Ev e : KpiCase.february()) {
      facts.add(e.fact(e == KpiCase.F6 ? 6 : 100 + sk++));
    }
    MonthlySummaryInput input =
        dims(p, "")
            .factEvents(create(p, "Facts", facts, FactEvent.class))
            .previousFactEvents(create(p, "PreviousFacts", previousFacts, FactEvent.class))
            .previousSummary(
                create(
                    p,
                    "PreviousSummary",
                    List.of(JANUARY_MARKER, OLD_MARCH),
                    MonthlyEventSummary.class))
            .build();

    PCollectionTuple out = input.apply("Summarize", MonthlySummaryTransform.of(KpiCase.CONFIG));

    PAssert.that(out.get(MonthlySummaryTransform.SUMMARY))
        .containsInAnyOrder(JANUARY_MARKER, KpiCase.FEBRUARY, MARCH, DECEMBER);
    PAssert.that(out.get(MonthlySummaryTransform.REJECTED)).empty();
    p.run().waitUntilFinish();
  }

  @Test
  public void unchangedRerunKeepsTheSummaryAndEmptyInputGivesEmptyTable() {
    List<FactEvent> facts = List.of(X1, X3, X4);
    List<MonthlyEventSummary> previous =
        List.of(JANUARY_MARKER, OLD_MARCH, DECEMBER.toBuilder().setRunId("run-1").build());
    PCollectionTuple rerun =
        dims(p, "Rerun")
            .factEvents(create(p, "RerunFacts", facts, FactEvent.class))
            .previousFactEvents(create(p, "RerunPreviousFacts", facts, FactEvent.class))
            .previousSummary(create(p, "RerunPreviousSummary", previous, MonthlyEventSummary.class))
            .build()
            .apply("SummarizeRerun", MonthlySummaryTransform.of(KpiCase.CONFIG));
    PCollectionTuple empty =
        dims(p, "Empty")
            .factEvents(create(p, "EmptyFacts", List.of(), FactEvent.class))
            .build()
            .apply("SummarizeNothing", MonthlySummaryTransform.of(KpiCase.CONFIG));

    PAssert.that(rerun.get(MonthlySummaryTransform.SUMMARY)).containsInAnyOrder(previous);
    PAssert.that(empty.get(MonthlySummaryTransform.SUMMARY)).empty();
    PAssert.that(rerun.get(MonthlySummaryTransform.REJECTED)).empty();
    PAssert.that(empty.get(MonthlySummaryTransform.REJECTED)).empty();
    p.run().waitUntilFinish();
  }

  // A fact whose date_key dim_date lacks counts in no month: it is rejected, with the fact whole.
  @Test
  public void factsWithoutADimDateRowAreRejected() {
    FactEvent april = fact("Q1", 20250415, 1, 10, 5.0, 20.0, "onsale", "run-2");
    FactEvent nowhere = fact("Q2", 20250230, 1, 10, null, null, "onsale", "run-2");
    PCollectionTuple out =
        dims(p, "")
            .factEvents(create(p, "Facts", List.of(X3, april, nowhere), FactEvent.class))
            .previousFactEvents(create(p, "PreviousFacts", List.of(X3), FactEvent.class))
            .previousSummary(
                create(p, "PreviousSummary", List.of(OLD_MARCH), MonthlyEventSummary.class))
            .build()
            .apply("Summarize", MonthlySummaryTransform.of(KpiCase.CONFIG));

    // April and "February 30th" are touched but hold no usable fact: no row; March is untouched
    PAssert.that(out.get(MonthlySummaryTransform.SUMMARY)).containsInAnyOrder(OLD_MARCH);
    PCollection<GoldRejectedRow> rejected = out.get(MonthlySummaryTransform.REJECTED);
    PAssert.that(GoldAsserts.deadLetterLines("RejectedLines", rejected))
        .containsInAnyOrder(
            "gold.fact_events unknown_date_key Q1", "gold.fact_events unknown_date_key Q2");
    PAssert.that(rejected).satisfies(GoldAsserts.wellFormed("summary", "run-2"));
    PAssert.that(rejected)
        .satisfies(
            rows -> {
              for (GoldRejectedRow r : rows) {
                assertThat(r.getReasonDetail(), containsString("is not in gold.dim_date"));
                assertThat(r.getPayload(), containsString("\"event_id\":\"" + r.getRecordId()));
                assertThat(r.getPayload(), containsString("\"date_key\":2025"));
              }
              return null;
            });
    p.run().waitUntilFinish();
  }
}
