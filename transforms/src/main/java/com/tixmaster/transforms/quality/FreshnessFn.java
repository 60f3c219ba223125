package com.tixmaster.transforms.quality;

import com.tixmaster.schemas.gold.DataQualityResult;
import java.util.Locale;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine.CombineFn;
import org.apache.beam.sdk.values.Row;
import org.joda.time.Instant;

/**
 * Freshness of silver.events: its newest {@code _ingestion_timestamp} must be at most {@code hours}
 * before the run's as-of instant. Stale, empty, or without any timestamp: FAILED. A stale result
 * affects every silver event (none is newer than the window).
 */
final class FreshnessFn extends CombineFn<Row, FreshnessFn.Acc, Outcome> {
  static final String COLUMN = "_ingestion_timestamp";

  private final Instant asOf;
  private final long hours;

  FreshnessFn(Instant asOf, long hours) {
    this.asOf = asOf;
    this.hours = hours;
  }

  /** Rows seen and the newest timestamp (epoch millis), if any. */
  static final class Acc implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    long rows;
    Long newest;

    void add(long rowCount, Long millis) {
      rows += rowCount;
      if (millis != null && (newest == null || millis > newest)) {
        newest = millis;
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Acc
          && ((Acc) o).rows == rows
          && java.util.Objects.equals(((Acc) o).newest, newest);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(rows, newest);
    }
  }

  @Override
  public Acc createAccumulator() {
    return new Acc();
  }

  @Override
  public Acc addInput(Acc acc, Row event) {
    Instant ts = Values.instant(event, COLUMN);
    acc.add(1, ts == null ? null : ts.getMillis());
    return acc;
  }

  @Override
  public Acc mergeAccumulators(Iterable<Acc> accs) {
    Acc merged = new Acc();
    for (Acc a : accs) {
      merged.add(a.rows, a.newest);
    }
    return merged;
  }

  @Override
  public Outcome extractOutput(Acc acc) {
    double threshold = hours;
    if (acc.rows == 0) {
      return new Outcome(
          DataQualityResult.FAILED,
          0,
          threshold,
          "silver.events is empty: there is no data to be fresh (as of " + asOf + ").",
          null);
    }
    if (acc.newest == null) {
      return new Outcome(
          DataQualityResult.FAILED,
          acc.rows,
          threshold,
          String.format(
              Locale.ROOT,
              "None of the %d silver.events row(s) has an %s (as of %s).",
              acc.rows,
              COLUMN,
              asOf),
          null);
    }
    Instant newest = new Instant(acc.newest);
    long ageMillis = asOf.getMillis() - acc.newest;
    boolean stale = ageMillis > hours * 3_600_000L;
    String details =
        ageMillis < 0
            // --asOf in the past (a backfill or a replay) puts the data after it: fresh by
            // definition
            ? String.format(
                Locale.ROOT,
                "The newest silver.events %s, %s, is %.1f h after as-of %s: newer than as-of, so"
                    + " fresh (a replay or backfill; the limit is %d h before as-of).",
                COLUMN,
                newest,
                -ageMillis / 3_600_000.0,
                asOf,
                hours)
            : String.format(
                Locale.ROOT,
                "The newest silver.events %s, %s, is %.1f h before as-of %s (at most %d h"
                    + " allowed)%s.",
                COLUMN,
                newest,
                ageMillis / 3_600_000.0,
                asOf,
                hours,
                stale ? String.format(Locale.ROOT, "; all %d row(s) are stale", acc.rows) : "");
    return new Outcome(
        stale ? DataQualityResult.FAILED : DataQualityResult.PASSED,
        stale ? acc.rows : 0,
        threshold,
        details,
        null);
  }

  @Override
  public Coder<Acc> getAccumulatorCoder(CoderRegistry registry, Coder<Row> input)
      throws CannotProvideCoderException {
    return QualityCoders.FreshnessAccCoder.INSTANCE;
  }

  @Override
  public Coder<Outcome> getDefaultOutputCoder(CoderRegistry registry, Coder<Row> input)
      throws CannotProvideCoderException {
    return QualityCoders.OutcomeCoder.INSTANCE;
  }
}
