package com.tixmaster.transforms.ingest;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one ingestion run did.
 *
 * @param runId the run
 * @param requests HTTP calls made, retries included
 * @param retries calls that were retries
 * @param pagesWritten landing files written
 * @param pagesResumed pages skipped because today's manifest already had them
 * @param recordsPerEntity records landed in this run (events counted once per window)
 * @param windows event date windows completed (fetched or found complete in the manifest)
 * @param windowsSplit event date windows split in two because they held 1,000 or more events
 * @param warnings things the run could not do fully (paging cap reached, duplicate ids)
 * @param duration wall time
 * @param stoppedEarlyReason why the run stopped before finishing (quota, {@code --maxRequests})
 * @param manifestFile the manifest, relative to the landing root
 */
public record IngestSummary(
    String runId,
    int requests,
    int retries,
    int pagesWritten,
    int pagesResumed,
    Map<Entity, Long> recordsPerEntity,
    int windows,
    int windowsSplit,
    List<String> warnings,
    Duration duration,
    Optional<String> stoppedEarlyReason,
    String manifestFile) {

  public IngestSummary {
    recordsPerEntity =
        recordsPerEntity.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new EnumMap<>(recordsPerEntity));
    warnings = List.copyOf(warnings);
  }

  public long records(Entity entity) {
    return recordsPerEntity.getOrDefault(entity, 0L);
  }

  public boolean stoppedEarly() {
    return stoppedEarlyReason.isPresent();
  }
}
