package com.tixmaster.transforms.quality;

import org.apache.beam.sdk.testing.CoderProperties;
import org.junit.Test;

/** The audits' accumulators and outcomes survive encoding, and encode deterministically. */
public class QualityCodersTest {

  @Test
  public void outcomesRoundTrip() throws Exception {
    CoderProperties.coderDecodeEncodeEqual(
        QualityCoders.OutcomeCoder.INSTANCE,
        new Outcome("FAILED", 3, 5.0, "three bad rows", "a,b,c"));
    CoderProperties.coderDecodeEncodeEqual(
        QualityCoders.OutcomeCoder.INSTANCE, new Outcome("PASSED", 0, null, "", null));
  }

  @Test
  public void freshnessAccumulatorsRoundTrip() throws Exception {
    FreshnessFn.Acc empty = new FreshnessFn.Acc();
    FreshnessFn.Acc some = new FreshnessFn.Acc();
    some.add(7, 1_700_000_000_000L);
    CoderProperties.coderDecodeEncodeEqual(QualityCoders.FreshnessAccCoder.INSTANCE, empty);
    CoderProperties.coderDecodeEncodeEqual(QualityCoders.FreshnessAccCoder.INSTANCE, some);
  }

  @Test
  public void reconciliationAccumulatorsRoundTrip() throws Exception {
    ReconciliationFn.Acc acc = new ReconciliationFn.Acc();
    acc.amounts[0] = 507;
    acc.amounts[3] = 107;
    CoderProperties.coderDecodeEncodeEqual(QualityCoders.ReconciliationAccCoder.INSTANCE, acc);
  }

  @Test
  public void violationAccumulatorsRoundTripInSortedOrder() throws Exception {
    ViolationSummaryFn.Acc acc = new ViolationSummaryFn.Acc();
    acc.count = 3;
    acc.parts.put("silver.events", 2L);
    acc.parts.put("gold.fact_events", 1L);
    acc.addSample("E2");
    acc.addSample("E1");
    CoderProperties.coderDecodeEncodeEqual(QualityCoders.ViolationAccCoder.INSTANCE, acc);
    CoderProperties.coderDeterministic(QualityCoders.ViolationAccCoder.INSTANCE, acc, acc);
  }
}
