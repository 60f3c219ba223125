package com.tixmaster.transforms.bronze;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import java.time.ZoneOffset;
import org.joda.time.Instant;

/**
 * What a bronze run needs to know: its id, when it read the files and where it streams the raw
 * records ({@link RawOutput}). Immutable.
 */
@AutoValue
public abstract class BronzeConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  public abstract String runId();

  public abstract Instant ingestionTimestamp();

  /** Where the raw records are streamed. */
  public abstract RawOutput rawOutput();

  /** A run that lands the raw records of its files as Parquet shards in {@code rawOutput}. */
  public static BronzeConfig of(String runId, Instant ingestionTimestamp, RawOutput rawOutput) {
    return new AutoValue_BronzeConfig(runId, ingestionTimestamp, rawOutput);
  }

  /** The UTC date of the ingestion timestamp, ISO. */
  public String ingestionDate() {
    return java.time.Instant.ofEpochMilli(ingestionTimestamp().getMillis())
        .atZone(ZoneOffset.UTC)
        .toLocalDate()
        .toString();
  }
}
