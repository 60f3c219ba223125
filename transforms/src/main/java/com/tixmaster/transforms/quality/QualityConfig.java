package com.tixmaster.transforms.quality;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import org.joda.time.Instant;

/**
 * The audits' configuration: the run, its as-of instant (every result's {@code checked_at}, and the
 * "now" of the freshness check, so a rerun gives the same results), the freshness window and the
 * reconciliation warning threshold. Immutable and serializable; the defaults are the thresholds of
 * {@link QualityChecks}.
 */
@AutoValue
public abstract class QualityConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  /** 48 hours: {@link QualityChecks#SILVER_FRESHNESS}'s threshold. */
  public static final long DEFAULT_FRESHNESS_HOURS =
      Math.round(QualityChecks.SILVER_FRESHNESS.threshold());

  /** 5 %: {@link QualityChecks#BRONZE_SILVER_RECONCILIATION}'s threshold. */
  public static final double DEFAULT_RECONCILIATION_WARN_PCT =
      QualityChecks.BRONZE_SILVER_RECONCILIATION.threshold();

  public abstract String runId();

  /** The run's as-of instant: {@code checked_at} of every result and "now" for freshness. */
  public abstract Instant asOf();

  /** The newest silver event may be at most this many hours older than {@link #asOf()}. */
  public abstract long freshnessHours();

  /** A bronze→silver gap above this share of bronze (in %, e.g. 5.0) is a WARNING. */
  public abstract double reconciliationWarnPct();

  /** The defaults: 48 hours, 5 %. */
  public static QualityConfig of(String runId, Instant asOf) {
    return builder().runId(runId).asOf(asOf).build();
  }

  public static Builder builder() {
    return new AutoValue_QualityConfig.Builder()
        .freshnessHours(DEFAULT_FRESHNESS_HOURS)
        .reconciliationWarnPct(DEFAULT_RECONCILIATION_WARN_PCT);
  }

  public abstract Builder toBuilder();

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder runId(String v);

    public abstract Builder asOf(Instant v);

    public abstract Builder freshnessHours(long v);

    public abstract Builder reconciliationWarnPct(double v);

    abstract QualityConfig autoBuild();

    public QualityConfig build() {
      QualityConfig c = autoBuild();
      if (c.runId().isBlank()) {
        throw new IllegalArgumentException("runId must not be blank");
      }
      if (c.freshnessHours() <= 0) {
        throw new IllegalArgumentException(
            "freshnessHours must be positive: " + c.freshnessHours());
      }
      if (!(c.reconciliationWarnPct() >= 0 && c.reconciliationWarnPct() <= 100)) {
        throw new IllegalArgumentException(
            "reconciliationWarnPct must be within 0..100: " + c.reconciliationWarnPct());
      }
      return c;
    }
  }
}
