package com.tixmaster.transforms.bronze;

import java.io.Serializable;
import java.time.ZoneOffset;
import javax.annotation.Nullable;
import org.joda.time.Instant;

/**
 * What a bronze run needs to know: its id, when it read the files and, optionally, where it streams
 * the raw records itself ({@link RawOutput}). Immutable.
 */
public final class BronzeConfig implements Serializable {
  private final String runId;
  private final Instant ingestionTimestamp;
  private final @Nullable RawOutput rawOutput;

  private BronzeConfig(String runId, Instant ingestionTimestamp, @Nullable RawOutput rawOutput) {
    this.runId = runId;
    this.ingestionTimestamp = ingestionTimestamp;
    this.rawOutput = rawOutput;
  }

  public static BronzeConfig of(String runId, Instant ingestionTimestamp) {
    return new BronzeConfig(runId, ingestionTimestamp, null);
  }

  /**
   * The same run, writing the raw tables itself: the raw-record outputs of {@link BronzeTransform}
   * stay empty and the records land as Parquet shards in {@code output}.
   */
  public BronzeConfig writingRawTo(RawOutput output) {
    return new BronzeConfig(runId, ingestionTimestamp, output);
  }

  /** Where the raw records are streamed, or null when they are the transform's outputs. */
  public @Nullable RawOutput rawOutput() {
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
