package com.tixmaster.transforms.quality;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.Row;

/**
 * A row whose price_min is greater than its price_max, or that has a negative price, as a violation
 * {@code KV<table, <table short name>:<row key>>}. A missing price is not invalid.
 */
final class InvalidPricesFn extends DoFn<Row, KV<String, String>> {
  private final TableKey table;

  InvalidPricesFn(TableKey table) {
    this.table = table;
  }

  static boolean invalid(Double min, Double max) {
    return (min != null && max != null && min > max)
        || (min != null && min < 0)
        || (max != null && max < 0);
  }

  @ProcessElement
  public void process(@Element Row row, OutputReceiver<KV<String, String>> out) {
    if (invalid(Values.number(row, "price_min"), Values.number(row, "price_max"))) {
      out.output(
          Violations.of(
              table.table(), table.shortName() + ":" + Values.recordKey(row, table.columns())));
    }
  }
}
