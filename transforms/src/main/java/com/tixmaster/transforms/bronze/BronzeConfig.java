package com.tixmaster.transforms.bronze;

import java.io.Serializable;
import java.time.ZoneOffset;
import org.joda.time.Instant;

/** What a bronze run needs to know: its id and when it read the files. Immutable. */
public final class BronzeConfig implements Serializable {
  private final String runId;
  private final Instant ingestionTimestamp;

  private BronzeConfig(String runId, Instant ingestionTimestamp) {
    this.runId = runId;
    this.ingestionTimestamp = ingestionTimestamp;
  }

  public static BronzeConfig of(String runId, Instant ingestionTimestamp) {
    return new BronzeConfig(runId, ingestionTimestamp);
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
