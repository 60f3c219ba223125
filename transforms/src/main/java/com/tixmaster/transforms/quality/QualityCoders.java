package com.tixmaster.transforms.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.DoubleCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;

/**
 * Explicit, deterministic coders for the audits' accumulators and outcomes, instead of Java
 * serialization (which Beam warns about, and which depends on class layout across versions).
 */
final class QualityCoders {
  private static final Coder<String> STRING = StringUtf8Coder.of();
  private static final Coder<String> NULLABLE_STRING = NullableCoder.of(StringUtf8Coder.of());
  private static final Coder<Long> LONG = VarLongCoder.of();
  private static final Coder<Long> NULLABLE_LONG = NullableCoder.of(VarLongCoder.of());
  private static final Coder<Double> NULLABLE_DOUBLE = NullableCoder.of(DoubleCoder.of());

  private QualityCoders() {}

  static final class OutcomeCoder extends AtomicCoder<Outcome> {
    static final OutcomeCoder INSTANCE = new OutcomeCoder();

    @Override
    public void encode(Outcome o, OutputStream out) throws IOException {
      STRING.encode(o.status, out);
      LONG.encode(o.recordsAffected, out);
      NULLABLE_DOUBLE.encode(o.threshold, out);
      STRING.encode(o.details, out);
      NULLABLE_STRING.encode(o.sampleKeys, out);
    }

    @Override
    public Outcome decode(InputStream in) throws IOException {
      return new Outcome(
          STRING.decode(in),
          LONG.decode(in),
          NULLABLE_DOUBLE.decode(in),
          STRING.decode(in),
          NULLABLE_STRING.decode(in));
    }
  }

  static final class FreshnessAccCoder extends AtomicCoder<FreshnessFn.Acc> {
    static final FreshnessAccCoder INSTANCE = new FreshnessAccCoder();

    @Override
    public void encode(FreshnessFn.Acc acc, OutputStream out) throws IOException {
      LONG.encode(acc.rows, out);
      NULLABLE_LONG.encode(acc.newest, out);
    }

    @Override
    public FreshnessFn.Acc decode(InputStream in) throws IOException {
      FreshnessFn.Acc acc = new FreshnessFn.Acc();
      acc.rows = LONG.decode(in);
      acc.newest = NULLABLE_LONG.decode(in);
      return acc;
    }
  }

  static final class ReconciliationAccCoder extends AtomicCoder<ReconciliationFn.Acc> {
    static final ReconciliationAccCoder INSTANCE = new ReconciliationAccCoder();

    @Override
    public void encode(ReconciliationFn.Acc acc, OutputStream out) throws IOException {
      LONG.encode((long) acc.amounts.length, out);
      for (long amount : acc.amounts) {
        LONG.encode(amount, out);
      }
    }

    @Override
    public ReconciliationFn.Acc decode(InputStream in) throws IOException {
      ReconciliationFn.Acc acc = new ReconciliationFn.Acc();
      long n = LONG.decode(in);
      for (int i = 0; i < n; i++) {
        acc.amounts[i] = LONG.decode(in);
      }
      return acc;
    }
  }

  /** Parts and samples in their sorted order, so equal accumulators encode equally. */
  static final class ViolationAccCoder extends AtomicCoder<ViolationSummaryFn.Acc> {
    static final ViolationAccCoder INSTANCE = new ViolationAccCoder();

    @Override
    public void encode(ViolationSummaryFn.Acc acc, OutputStream out) throws IOException {
      LONG.encode(acc.count, out);
      LONG.encode((long) acc.parts.size(), out);
      for (Map.Entry<String, Long> part : acc.parts.entrySet()) {
        STRING.encode(part.getKey(), out);
        LONG.encode(part.getValue(), out);
      }
      LONG.encode((long) acc.samples.size(), out);
      for (String sample : acc.samples) {
        STRING.encode(sample, out);
      }
    }

    @Override
    public ViolationSummaryFn.Acc decode(InputStream in) throws IOException {
      ViolationSummaryFn.Acc acc = new ViolationSummaryFn.Acc();
      acc.count = LONG.decode(in);
      long parts = LONG.decode(in);
      for (long i = 0; i < parts; i++) {
        acc.parts.put(STRING.decode(in), LONG.decode(in));
      }
      long samples = LONG.decode(in);
      for (long i = 0; i < samples; i++) {
        acc.samples.add(STRING.decode(in));
      }
      return acc;
    }
  }
}
