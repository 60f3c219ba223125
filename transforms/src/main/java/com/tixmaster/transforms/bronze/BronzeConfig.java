package com.tixmaster.transforms.bronze;

import java.io.Serializable;
import java.time.ZoneOffset;
import java.util.Objects;
import org.joda.time.Instant;

/**
 * What a bronze run needs to know: its id, when it read the files and where it streams the raw
 * records ({@link RawOutput}). Immutable.
 */
public final class BronzeConfig implements Serializable {
  private final String runId;
  private final Instant ingestionTimestamp;
  private final RawOutput rawOutput;

  private BronzeConfig(String runId, Instant ingestionTimestamp, RawOutput rawOutput) {
    this.runId = runId;
    this.ingestionTimestamp = ingestionTimestamp;
    this.rawOutput = rawOutput;
  }

  /** A run that lands the raw records of its files as Parquet shards in {@code rawOutput}. */
  public static BronzeConfig of(String runId, Instant ingestionTimestamp, RawOutput rawOutput) {
    return new BronzeConfig(
        runId, ingestionTimestamp, Objects.requireNonNull(rawOutput, "rawOutput"));
  }

  /** Where the raw records are streamed. */
  public RawOutput rawOutput() {
    return rawOutput;
  }

  public String runId() {
    return runId;
  }

  public Instant ingestionTimestamp() {
    return ingestionTimestamp;
  }

  /** The UTC date of the ingestion timestamp, ISO. */
  public String ingestionDate() {
    return java.time.Instant.ofEpochMilli(ingestionTimestamp.getMillis())
        .atZone(ZoneOffset.UTC)
        .toLocalDate()
        .toString();
  }
}
