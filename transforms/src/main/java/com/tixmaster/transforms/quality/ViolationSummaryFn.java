package com.tixmaster.transforms.quality;

import com.tixmaster.schemas.gold.DataQualityResult;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine.CombineFn;
import org.apache.beam.sdk.values.KV;

/**
 * Summarizes a check's violations, {@code KV<part, sample key>} with one element per offending
 * record, into its {@link Outcome}: FAILED with the count when there is any, else PASSED. Keeps the
 * count per part (a table, a relation, the null columns…) for the details, and the 10 smallest
 * distinct sample keys, so the result does not depend on the order of the input.
 */
final class ViolationSummaryFn
    extends CombineFn<KV<String, String>, ViolationSummaryFn.Acc, Outcome> {
  static final int MAX_SAMPLES = 10;

  private final CheckDefinition check;

  ViolationSummaryFn(CheckDefinition check) {
    this.check = check;
  }

  /** The running summary. */
  static final class Acc implements Serializable {
    private static final long serialVersionUID = 1L;
    long count;
    final TreeMap<String, Long> parts = new TreeMap<>();
    final TreeSet<String> samples = new TreeSet<>();

    void addSample(String key) {
      samples.add(key);
      if (samples.size() > MAX_SAMPLES) {
        samples.pollLast();
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Acc
          && ((Acc) o).count == count
          && ((Acc) o).parts.equals(parts)
          && ((Acc) o).samples.equals(samples);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(count, parts, samples);
    }
  }

  @Override
  public Acc createAccumulator() {
    return new Acc();
  }

  @Override
  public Acc addInput(Acc acc, KV<String, String> violation) {
    acc.count++;
    acc.parts.merge(violation.getKey(), 1L, Long::sum);
    acc.addSample(violation.getValue());
    return acc;
  }

  @Override
  public Acc mergeAccumulators(Iterable<Acc> accs) {
    Acc merged = new Acc();
    for (Acc a : accs) {
      merged.count += a.count;
      a.parts.forEach((k, v) -> merged.parts.merge(k, v, Long::sum));
      a.samples.forEach(merged::addSample);
    }
    return merged;
  }

  @Override
  public Outcome extractOutput(Acc acc) {
    StringBuilder details = new StringBuilder("Found ").append(acc.count).append(' ');
    details.append(check.finding());
    StringBuilder breakdown = new StringBuilder();
    for (Map.Entry<String, Long> part : acc.parts.entrySet()) {
      if (!part.getKey().isEmpty()) {
        breakdown.append(breakdown.length() == 0 ? "" : "; ");
        breakdown.append(part.getKey()).append(": ").append(part.getValue());
      }
    }
    if (breakdown.length() > 0) {
      details.append(" (").append(breakdown).append(')');
    }
    details.append('.');
    return new Outcome(
        acc.count == 0 ? DataQualityResult.PASSED : DataQualityResult.FAILED,
        acc.count,
        check.threshold(),
        details.toString(),
        acc.samples.isEmpty() ? null : String.join(",", acc.samples));
  }

  @Override
  public Coder<Acc> getAccumulatorCoder(CoderRegistry registry, Coder<KV<String, String>> input)
      throws CannotProvideCoderException {
    return QualityCoders.ViolationAccCoder.INSTANCE;
  }

  @Override
  public Coder<Outcome> getDefaultOutputCoder(
      CoderRegistry registry, Coder<KV<String, String>> input) throws CannotProvideCoderException {
    return QualityCoders.OutcomeCoder.INSTANCE;
  }
}
