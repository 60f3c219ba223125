package com.tixmaster.transforms.bronze;

import com.tixmaster.schemas.bronze.SchemaField;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Folds this run's observations of one field path into the known schema: a known path keeps its
 * {@code first_seen_run} and, if seen again, takes this run as {@code last_seen_run}; an unknown
 * path is new in this run, which is schema drift.
 */
final class MergeSchemaFn extends DoFn<KV<String, CoGbkResult>, SchemaField> {
  static final TupleTag<SchemaField> KNOWN = new TupleTag<>() {};
  static final TupleTag<SchemaField> SEEN = new TupleTag<>() {};

  private final String runId;
  private final Counter newPaths =
      Metrics.counter(BronzeMetrics.NAMESPACE, BronzeMetrics.NEW_FIELD_PATHS);

  MergeSchemaFn(String runId) {
    this.runId = runId;
  }

  @ProcessElement
  public void process(@Element KV<String, CoGbkResult> element, OutputReceiver<SchemaField> out) {
    SchemaField known = first(element.getValue().getAll(KNOWN));
    boolean seen = element.getValue().getAll(SEEN).iterator().hasNext();
    SchemaField any = known != null ? known : first(element.getValue().getAll(SEEN));
    if (known == null) {
      newPaths.inc();
    }
    out.output(
        SchemaField.of(
            any.getEntity(),
            any.getFieldPath(),
            any.getJsonType(),
            known != null ? known.getFirstSeenRun() : runId,
            seen ? runId : known.getLastSeenRun()));
  }

  private static SchemaField first(Iterable<SchemaField> fields) {
    for (SchemaField field : fields) {
      return field;
    }
    return null;
  }
}
