package com.tixmaster.transforms.quality;

import com.tixmaster.schemas.gold.DataQualityResult;
import java.util.Locale;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine.CombineFn;
import org.apache.beam.sdk.values.KV;

/**
 * The bronze→silver reconciliation of events from its measures, {@code KV<measure, amount>}: {@link
 * #BRONZE} (the bronze.events_raw count), {@link #SILVER} (1 per silver event), {@link #REJECTED}
 * and {@link #SUPERSEDED} (from silver._accounting). The gap, bronze minus the accounted records,
 * as a share of bronze; over the threshold it is a WARNING (never a failure: LOW).
 */
final class ReconciliationFn extends CombineFn<KV<String, Long>, ReconciliationFn.Acc, Outcome> {
  static final String BRONZE = "bronze";
  static final String SILVER = "silver";
  static final String REJECTED = "rejected";
  static final String SUPERSEDED = "superseded";

  private final double warnPct;

  /** The four measures, in slot order. */
  static final class Acc implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    final long[] amounts = new long[4];

    @Override
    public boolean equals(Object o) {
      return o instanceof Acc && java.util.Arrays.equals(((Acc) o).amounts, amounts);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(amounts);
    }
  }

  ReconciliationFn(double warnPct) {
    this.warnPct = warnPct;
  }

  private static int slot(String measure) {
    switch (measure) {
      case BRONZE:
        return 0;
      case SILVER:
        return 1;
      case REJECTED:
        return 2;
      case SUPERSEDED:
        return 3;
      default:
        throw new IllegalArgumentException("unknown measure " + measure);
    }
  }

  @Override
  public Acc createAccumulator() {
    return new Acc();
  }

  @Override
  public Acc addInput(Acc acc, KV<String, Long> measure) {
    acc.amounts[slot(measure.getKey())] += measure.getValue();
    return acc;
  }

  @Override
  public Acc mergeAccumulators(Iterable<Acc> accs) {
    Acc merged = new Acc();
    for (Acc a : accs) {
      for (int i = 0; i < merged.amounts.length; i++) {
        merged.amounts[i] += a.amounts[i];
      }
    }
    return merged;
  }

  @Override
  public Outcome extractOutput(Acc measures) {
    long[] acc = measures.amounts;
    long bronze = acc[0];
    long accounted = acc[1] + acc[2] + acc[3];
    long gap = bronze - accounted;
    double pct = gapPct(bronze, accounted);
    String status = pct > warnPct ? DataQualityResult.WARNING : DataQualityResult.PASSED;
    String details =
        String.format(
            Locale.ROOT,
            "bronze.events_raw holds %d event record(s); silver.events %d + rejected %d +"
                + " superseded %d = %d accounted for; gap %d (%.2f %% of bronze, warning above"
                + " %s %%).",
            bronze,
            acc[1],
            acc[2],
            acc[3],
            accounted,
            gap,
            pct,
            CheckDefinition.formatNumber(warnPct));
    return new Outcome(status, Math.abs(gap), warnPct, details, null);
  }

  /** |gap| as a % of bronze; with no bronze records, 0 when nothing is accounted, else 100. */
  static double gapPct(long bronze, long accounted) {
    if (bronze == 0) {
      return accounted == 0 ? 0.0 : 100.0;
    }
    return 100.0 * Math.abs(bronze - accounted) / bronze;
  }

  @Override
  public Coder<Acc> getAccumulatorCoder(CoderRegistry registry, Coder<KV<String, Long>> input)
      throws CannotProvideCoderException {
    return QualityCoders.ReconciliationAccCoder.INSTANCE;
  }

  @Override
  public Coder<Outcome> getDefaultOutputCoder(CoderRegistry registry, Coder<KV<String, Long>> input)
      throws CannotProvideCoderException {
    return QualityCoders.OutcomeCoder.INSTANCE;
  }
}
