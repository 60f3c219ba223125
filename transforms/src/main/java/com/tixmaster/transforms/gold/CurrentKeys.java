package com.tixmaster.transforms.gold;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;

/**
 * A dimension's lookup table: {@code KV<natural key, surrogate key>} of each member's current row
 * (every row of a type 1 dimension), the unknown member excluded.
 */
public final class CurrentKeys extends PTransform<PCollection<Row>, PCollection<KV<String, Long>>> {
  private final DimensionSpec spec;

  private CurrentKeys(DimensionSpec spec) {
    this.spec = spec;
  }

  public static CurrentKeys of(DimensionSpec spec) {
    return new CurrentKeys(spec);
  }

  @Override
  public PCollection<KV<String, Long>> expand(PCollection<Row> dimension) {
    return dimension
        .apply("SelectCurrentRows", ParDo.of(new CurrentKeyFn(spec)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()));
  }

  /** Emits the current, known rows as {@code KV<natural key, surrogate key>}. */
  static final class CurrentKeyFn extends DoFn<Row, KV<String, Long>> {
    private final DimensionSpec spec;

    CurrentKeyFn(DimensionSpec spec) {
      this.spec = spec;
    }

    @ProcessElement
    public void process(@Element Row row, OutputReceiver<KV<String, Long>> out) {
      if (!spec.isUnknown(row) && spec.isCurrent(row)) {
        out.output(KV.of(spec.naturalKeyOf(row), spec.surrogateKeyOf(row)));
      }
    }
  }
}
