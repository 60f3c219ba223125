package com.tixmaster.transforms.json;

import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.schemas.silver.SilverLineage;
import java.util.Objects;
import org.joda.time.Instant;

/**
 * Where an observation comes from: its bronze record's file, position and ingestion time, the
 * silver run parsing it, and whether it is the record itself or a copy embedded in it. An embedded
 * venue, attraction or classification shares its parent record's file and index.
 */
public final class Observation {
  private final String sourceFile;
  private final long recordIndex;
  private final Instant ingestionTimestamp;
  private final String runId;
  private final String origin;

  private Observation(
      String sourceFile,
      long recordIndex,
      Instant ingestionTimestamp,
      String runId,
      String origin) {
    this.sourceFile = Objects.requireNonNull(sourceFile, "sourceFile");
    this.recordIndex = recordIndex;
    this.ingestionTimestamp = Objects.requireNonNull(ingestionTimestamp, "ingestionTimestamp");
    this.runId = Objects.requireNonNull(runId, "runId");
    this.origin = Objects.requireNonNull(origin, "origin");
  }

  public static Observation of(
      String sourceFile,
      long recordIndex,
      Instant ingestionTimestamp,
      String runId,
      String origin) {
    return new Observation(sourceFile, recordIndex, ingestionTimestamp, runId, origin);
  }

  /** A bronze record, read by silver run {@code runId}: a standalone observation. */
  public static Observation standalone(RawRecord record, String runId) {
    return new Observation(
        StringPool.canonicalAnyLength(record.getSourceFile()),
        record.getRecordIndex(),
        record.getIngestionTimestamp(),
        runId,
        SilverLineage.STANDALONE);
  }

  /** The same record, as the parent of an embedded copy. */
  public Observation embedded() {
    return new Observation(
        sourceFile, recordIndex, ingestionTimestamp, runId, SilverLineage.EMBEDDED);
  }

  public String sourceFile() {
    return sourceFile;
  }

  public long recordIndex() {
    return recordIndex;
  }

  public Instant ingestionTimestamp() {
    return ingestionTimestamp;
  }

  public String runId() {
    return runId;
  }

  public String origin() {
    return origin;
  }

  public boolean isEmbedded() {
    return SilverLineage.EMBEDDED.equals(origin);
  }
}
