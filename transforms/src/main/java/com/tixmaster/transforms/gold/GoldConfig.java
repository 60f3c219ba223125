package com.tixmaster.transforms.gold;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.joda.time.Instant;

/**
 * The gold stage's configuration: the run's id and its as-of instant. Immutable and serializable,
 * built by the pipeline from its validated options (never read from {@code PipelineOptions} here).
 *
 * <p>{@code asOf} is when the run's view of the world is valid: it opens and closes SCD2 versions
 * ({@code valid_from}/{@code valid_to}) and decides which events are upcoming.
 */
@AutoValue
public abstract class GoldConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  public abstract String runId();

  public abstract Instant asOf();

  public static GoldConfig of(String runId, Instant asOf) {
    if (runId == null || runId.isBlank()) {
      throw new IllegalArgumentException("runId must not be blank");
    }
    if (asOf == null) {
      throw new IllegalArgumentException("asOf must not be null");
    }
    return new AutoValue_GoldConfig(runId, asOf);
  }

  /** The UTC calendar date of {@link #asOf()}. */
  public LocalDate asOfDate() {
    return java.time.Instant.ofEpochMilli(asOf().getMillis()).atZone(ZoneOffset.UTC).toLocalDate();
  }
}
