package com.tixmaster.transforms.gold;

import com.tixmaster.schemas.gold.GoldRejectedRow;
import com.tixmaster.transforms.io.Buckets;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;

/**
 * Where all of a stage's dead letters meet, before their one write to {@code gold._rejected}: they
 * are flattened, each gets its {@code rejection_id}, and each is counted as {@code
 * <stage>/rejected_<reason_code>}.
 *
 * <p>The id is the SHA-256 of the rejection's content ({@code entity}, {@code record_id}, {@code
 * reason_code}, {@code payload}) followed by {@code -n} for the n-th identical rejection, so it is
 * the same on every runner and in every re-run, and unique within the run and stage, which is the
 * table's key. Identical rejections are identical rows, so their numbering needs no order.
 */
public final class CollectDeadLetters
    extends PTransform<PCollectionList<GoldRejectedRow>, PCollection<GoldRejectedRow>> {
  private final String stage;

  private CollectDeadLetters(String stage) {
    this.stage = stage;
  }

  public static CollectDeadLetters of(String stage) {
    return new CollectDeadLetters(stage);
  }

  @Override
  public PCollection<GoldRejectedRow> expand(PCollectionList<GoldRejectedRow> deadLetters) {
    SchemaCoder<GoldRejectedRow> coder =
        SchemaCoders.of(deadLetters.getPipeline(), GoldRejectedRow.class);
    return deadLetters
        .apply("FlattenDeadLetters", Flatten.pCollections())
        .setCoder(coder)
        .apply("KeyByContent", ParDo.of(new KeyByContentFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), coder))
        .apply("GroupIdenticalRejections", Buckets.<String, GoldRejectedRow>groupByKey())
        .apply("NumberRejections", ParDo.of(new NumberFn(stage)))
        .setCoder(coder);
  }

  /** The SHA-256 hex of a rejection's content. */
  static String contentHash(GoldRejectedRow r) {
    return RowHash.sha256Hex(
        String.join(
            "\u001e",
            r.getEntity(),
            r.getRecordId() == null ? "\u0000" : r.getRecordId(),
            r.getReasonCode(),
            r.getPayload()));
  }

  static final class KeyByContentFn extends DoFn<GoldRejectedRow, KV<String, GoldRejectedRow>> {
    @ProcessElement
    public void process(
        @Element GoldRejectedRow r, OutputReceiver<KV<String, GoldRejectedRow>> out) {
      out.output(KV.of(contentHash(r), r));
    }
  }

  /** Numbers identical rejections 1, 2, …, and counts each by its reason. */
  static final class NumberFn extends DoFn<KV<String, Iterable<GoldRejectedRow>>, GoldRejectedRow> {
    private final String stage;

    NumberFn(String stage) {
      this.stage = stage;
    }

    @ProcessElement
    public void process(
        @Element KV<String, Iterable<GoldRejectedRow>> group, OutputReceiver<GoldRejectedRow> out) {
      int n = 0;
      for (GoldRejectedRow r : group.getValue()) {
        n++;
        Metrics.counter(stage, "rejected_" + r.getReasonCode()).inc();
        out.output(r.toBuilder().setRejectionId(group.getKey() + "-" + n).build());
      }
    }
  }
}
