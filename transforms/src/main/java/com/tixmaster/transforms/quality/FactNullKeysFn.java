package com.tixmaster.transforms.quality;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.Row;

/**
 * A fact row with a null key column as a violation {@code KV<null columns joined by +, row id>};
 * the row is identified by its event_id, else {@code event_sk=<sk>}, else {@code <null>}.
 */
final class FactNullKeysFn extends DoFn<Row, KV<String, String>> {
  private final List<String> keyColumns;

  FactNullKeysFn(List<String> keyColumns) {
    this.keyColumns = keyColumns;
  }

  @ProcessElement
  public void process(@Element Row fact, OutputReceiver<KV<String, String>> out) {
    List<String> nulls =
        keyColumns.stream().filter(c -> Values.raw(fact, c) == null).collect(Collectors.toList());
    if (nulls.isEmpty()) {
      return;
    }
    String eventId = Values.key(fact, "event_id");
    String eventSk = Values.key(fact, "event_sk");
    String id =
        eventId != null
            ? eventId
            : eventSk != null ? "event_sk=" + eventSk : QualityChecks.NULL_TEXT;
    out.output(Violations.of(String.join("+", nulls), id));
  }
}
