package com.tixmaster.transforms.summary;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.tixmaster.schemas.gold.MonthlyEventSummary;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** The shared KPI definitions cover exactly the KPI columns of monthly_event_summary. */
@RunWith(JUnit4.class)
public class MonthlyKpisTest {
  private static final List<String> NOT_KPIS =
      List.of("report_year", "report_month", "_run_id", "computed_at");

  @Test
  public void everyKpiColumnOfTheTableHasOneDefinitionInTableOrder() throws Exception {
    Schema schema = SchemaRegistry.createDefault().getSchema(MonthlyEventSummary.class);
    List<String> kpiColumns =
        schema.getFieldNames().stream()
            .filter(c -> !NOT_KPIS.contains(c))
            .collect(Collectors.toList());
    assertEquals(kpiColumns, MonthlyKpis.columns());
  }

  @Test
  public void statusCodesMatchInAnyCaseAndCanceledIsCancelled() {
    assertTrue(MonthlyKpis.isStatus("Canceled", MonthlyKpis.CANCELLED));
    assertTrue(MonthlyKpis.isStatus("CANCELLED", MonthlyKpis.CANCELLED));
    assertFalse(MonthlyKpis.isStatus("onsale", MonthlyKpis.CANCELLED));
    assertFalse(MonthlyKpis.isStatus(null, MonthlyKpis.POSTPONED));
  }
}
