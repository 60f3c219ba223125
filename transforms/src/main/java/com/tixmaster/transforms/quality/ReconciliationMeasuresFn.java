package com.tixmaster.transforms.quality;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.Row;

/** The reconciliation's measures from silver rows (see {@link ReconciliationFn}). */
final class ReconciliationMeasuresFn {
  static final String EVENTS_ENTITY = "events";

  private ReconciliationMeasuresFn() {}

  /** One silver.events row counts 1. */
  static final class SilverEventFn extends DoFn<Row, KV<String, Long>> {
    @ProcessElement
    public void process(OutputReceiver<KV<String, Long>> out) {
      out.output(KV.of(ReconciliationFn.SILVER, 1L));
    }
  }

  /** An events row of silver._accounting gives its rejected and superseded counts. */
  static final class AccountingFn extends DoFn<Row, KV<String, Long>> {
    @ProcessElement
    public void process(@Element Row row, OutputReceiver<KV<String, Long>> out) {
      if (EVENTS_ENTITY.equals(Values.key(row, "entity"))) {
        out.output(KV.of(ReconciliationFn.REJECTED, Values.count(row, "rejected")));
        out.output(KV.of(ReconciliationFn.SUPERSEDED, Values.count(row, "superseded")));
      }
    }
  }

  /** The bronze.events_raw count (several elements add up). */
  static final class BronzeFn extends DoFn<Long, KV<String, Long>> {
    @ProcessElement
    public void process(@Element Long count, OutputReceiver<KV<String, Long>> out) {
      out.output(KV.of(ReconciliationFn.BRONZE, count));
    }
  }
}
