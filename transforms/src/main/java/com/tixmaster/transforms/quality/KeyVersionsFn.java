package com.tixmaster.transforms.quality;

import com.tixmaster.transforms.quality.QualityChecks.Scd2Dimension;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.Row;

/**
 * Keys an SCD2 dimension's rows by natural key, leaving out the unknown member (natural or
 * surrogate key -1). A null natural key is keyed as {@code <null>}, so those rows are checked as
 * one history (as SQL's GROUP BY does).
 */
final class KeyVersionsFn extends DoFn<Row, KV<String, Row>> {
  private final Scd2Dimension dimension;

  KeyVersionsFn(Scd2Dimension dimension) {
    this.dimension = dimension;
  }

  @ProcessElement
  public void process(@Element Row row, OutputReceiver<KV<String, Row>> out) {
    String naturalKey = Values.key(row, dimension.naturalKey());
    String sk = Values.key(row, dimension.surrogateKey());
    if (QualityChecks.UNKNOWN_MEMBER.equals(naturalKey)
        || QualityChecks.UNKNOWN_MEMBER.equals(sk)) {
      return;
    }
    out.output(KV.of(naturalKey == null ? QualityChecks.NULL_TEXT : naturalKey, row));
  }
}
