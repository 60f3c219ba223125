package com.tixmaster.schemas.silver;

import org.joda.time.Instant;

/**
 * The lineage every silver state row carries: which observation it came from. Dedup orders
 * observations by {@code _ingestion_timestamp}, then {@code _source_file}, then {@code
 * _record_index} (newest wins), then {@code standalone} over {@code embedded}; child rows carry
 * their parent's lineage, which is how they follow the parent's winning observation.
 */
public interface SilverLineage {
  /** A record read from the entity's own endpoint. */
  String STANDALONE = "standalone";

  /** A copy found inside another entity's record (e.g. a venue in an event's {@code _embedded}). */
  String EMBEDDED = "embedded";

  String getSourceFile();

  long getRecordIndex();

  /** {@link #STANDALONE} or {@link #EMBEDDED}. */
  String getOrigin();

  String getRunId();

  Instant getIngestionTimestamp();
}
