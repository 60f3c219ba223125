package com.tixmaster.transforms.summary;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.tixmaster.schemas.gold.MonthlyEventSummary;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.Test;

/** {@link MonthlyKpiFn} as plain Java: addInput / mergeAccumulators / extractOutput. */
public class MonthlyKpiFnTest {
  private final MonthlyKpiFn fn = new MonthlyKpiFn(KpiCase.CONFIG);

  @Test
  public void weekendIsDecidedByTheVenueLocalDate() {
    // F2 is a Saturday in UTC but a Friday in Los Angeles; F3 a Friday in UTC, a Saturday in
    // Sydney;
    // F4 a Sunday in UTC, a Monday in Tokyo; F5 is in March in UTC, in February in Los Angeles.
    assertEquals(DayOfWeek.FRIDAY, KpiCase.F2.localDate().getDayOfWeek());
    assertFalse(KpiCase.F2.kpi().getIsWeekend());
    assertTrue(KpiCase.F3.kpi().getIsWeekend());
    assertFalse(KpiCase.F4.kpi().getIsWeekend());
    assertEquals(2, KpiCase.F5.kpi().getReportMonth());
  }

  @Test
  public void computesTheHandComputedMonth() {
    MonthlyKpiFn.Accum a = fn.createAccumulator();
    for (KpiCase.Ev e : List.of(KpiCase.F1, KpiCase.F2, KpiCase.F3)) {
      a = fn.addInput(a, e.kpi());
    }
    MonthlyKpiFn.Accum b = fn.createAccumulator();
    // F1 again (an event counts once), the test event, and the rest
    for (KpiCase.Ev e : List.of(KpiCase.F4, KpiCase.T1, KpiCase.F1, KpiCase.F5, KpiCase.F6)) {
      b = fn.addInput(b, e.kpi());
    }
    MonthlyEventSummary ab = fn.extractOutput(fn.mergeAccumulators(List.of(a, b)));
    assertEquals(KpiCase.FEBRUARY, ab);
    // merging in another order, or through an empty accumulator, gives the same row
    MonthlyEventSummary ba =
        fn.extractOutput(fn.mergeAccumulators(List.of(b, fn.createAccumulator(), a)));
    assertEquals(ab, ba);
  }

  @Test
  public void aMonthOfOnlyTestEventsHasNoRow() {
    MonthlyKpiFn.Accum a = fn.addInput(fn.createAccumulator(), KpiCase.T1.kpi());
    assertNull(fn.extractOutput(a));
    assertNull(fn.extractOutput(fn.createAccumulator()));
  }

  @Test
  public void unpricedMonthHasZeroRevenueAndNullAverages() {
    MonthlyKpiFn.Accum a = fn.createAccumulator();
    a = fn.addInput(a, KpiCase.F3.kpi());
    a = fn.addInput(a, KpiCase.F5.kpi());
    MonthlyEventSummary row = fn.extractOutput(a);
    assertEquals(2, row.getTotalEvents());
    assertEquals(0.0, row.getEstimatedRevenue(), 0.0);
    assertNull(row.getAvgTicketPrice());
    assertNull(row.getAvgPriceMin());
    assertEquals(0.0, row.getPricedEventPct(), 0.0);
    assertEquals("Alpha Arena", row.getTopVenue());
    assertNull(row.getTopAttraction()); // only unknown headliners
    assertEquals(50.0, row.getWeekendEventPct(), 0.0);
    assertEquals(1, row.getCancelledEvents());
    assertEquals(1, row.getPostponedEvents());
  }
}
