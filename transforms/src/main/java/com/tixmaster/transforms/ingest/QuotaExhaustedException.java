package com.tixmaster.transforms.ingest;

/**
 * The run's request budget is spent: the daily API quota is down to its reserve, the API refused
 * with a quota violation, or {@code --maxRequests} is reached. {@link Ingestor} turns it into a
 * clean early stop; everything landed so far is in the manifest, so a later run resumes.
 */
public final class QuotaExhaustedException extends IngestException {
  public QuotaExhaustedException(String message) {
    super(message);
  }
}
