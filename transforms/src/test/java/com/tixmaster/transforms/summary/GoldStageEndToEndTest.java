package com.tixmaster.transforms.summary;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.tixmaster.schemas.gold.EventDocument;
import com.tixmaster.schemas.gold.MonthlyEventSummary;
import com.tixmaster.transforms.documents.EventDocumentsTransform;
import com.tixmaster.transforms.gold.GoldInput;
import com.tixmaster.transforms.gold.GoldOutput;
import com.tixmaster.transforms.gold.GoldTransform;
import com.tixmaster.transforms.gold.GoldTransformTest;
import com.tixmaster.transforms.gold.SilverInputs;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;

/** The three gold composites wired as the pipeline wires them, on a first run. */
public class GoldStageEndToEndTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  @Test
  public void summaryAndDocumentsFollowTheStarSchema() {
    SilverInputs silver = GoldTransformTest.silverRun1().inputs(p);
    GoldOutput gold =
        GoldInput.builder(silver).build().apply("Gold", GoldTransform.of(GoldTransformTest.RUN_1));
    PCollectionTuple summarized =
        MonthlySummaryInput.builder(gold)
            .build()
            .apply("Summary", MonthlySummaryTransform.of(GoldTransformTest.RUN_1));
    PCollection<MonthlyEventSummary> summary = summarized.get(MonthlySummaryTransform.SUMMARY);
    PCollectionTuple documented =
        silver.apply("Documents", EventDocumentsTransform.of(GoldTransformTest.RUN_1));
    PCollection<EventDocument> documents = documented.get(EventDocumentsTransform.DOCUMENTS);

    MonthlyEventSummary june =
        MonthlyEventSummary.builder()
            .setReportYear(2025)
            .setReportMonth(6)
            .setTotalEvents(1)
            .setTotalVenues(1)
            .setTotalAttractions(1)
            .setEstimatedRevenue(80.0)
            .setAvgTicketPrice(80.0)
            .setAvgPriceMin(20.0)
            .setTopVenue("Arena One")
            .setTopAttraction("Band A")
            .setWeekendEventPct(100.0)
            .setCancelledEvents(0)
            .setPostponedEvents(0)
            .setRescheduledEvents(0)
            .setPricedEventPct(100.0)
            .setRunId("run-1")
            .setComputedAt(GoldTransformTest.RUN_1.asOf())
            .build();
    // E2: unknown venue and headliner, unpriced, cancelled, on a Tuesday; E3 is a test event
    MonthlyEventSummary december2019 =
        june.toBuilder()
            .setReportYear(2019)
            .setReportMonth(12)
            .setTotalVenues(0)
            .setTotalAttractions(0)
            .setEstimatedRevenue(0.0)
            .setAvgTicketPrice(null)
            .setAvgPriceMin(null)
            .setTopVenue(null)
            .setTopAttraction(null)
            .setWeekendEventPct(0.0)
            .setCancelledEvents(1)
            .setPricedEventPct(0.0)
            .build();
    PAssert.that(summary).containsInAnyOrder(june, december2019);
    // clean silver: no stage rejects anything
    PAssert.that(gold.rejected()).empty();
    PAssert.that(summarized.get(MonthlySummaryTransform.REJECTED)).empty();
    PAssert.that(documented.get(EventDocumentsTransform.REJECTED)).empty();
    PAssert.that(documents)
        .satisfies(
            docs -> {
              int n = 0;
              for (EventDocument d : docs) {
                n++;
                assertEquals("E1", d.getEventId());
                for (String fact :
                    new String[] {
                      "Rock Night",
                      "Music",
                      "Rock",
                      "Alternative Rock",
                      "Saturday, June 7, 2025",
                      "8:00 PM",
                      "Arena One",
                      "Austin",
                      "Texas",
                      "20.00 to 80.00 USD",
                      "on sale",
                      "Band A and Band B"
                    }) {
                  assertTrue(d.getEventText() + " lacks " + fact, d.getEventText().contains(fact));
                }
                assertEquals("Band A", d.getAttractionName());
                assertEquals("Arena One", d.getVenueName());
              }
              assertEquals(1, n);
              return null;
            });
    p.run().waitUntilFinish();
  }
}
