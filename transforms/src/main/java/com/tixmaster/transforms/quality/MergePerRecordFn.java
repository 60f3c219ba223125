package com.tixmaster.transforms.quality;

import java.util.TreeSet;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * Makes one violation of each offending record that several rules flagged: {@code KV<sample key,
 * parts>} (grouped) becomes {@code KV<parts joined by +, sample key>}.
 */
final class MergePerRecordFn extends DoFn<KV<String, Iterable<String>>, KV<String, String>> {
  @ProcessElement
  public void process(
      @Element KV<String, Iterable<String>> record, OutputReceiver<KV<String, String>> out) {
    TreeSet<String> parts = new TreeSet<>();
    record.getValue().forEach(parts::add);
    out.output(Violations.of(String.join(" + ", parts), record.getKey()));
  }
}
