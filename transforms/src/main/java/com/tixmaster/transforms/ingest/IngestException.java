package com.tixmaster.transforms.ingest;

/**
 * An ingestion failure. Messages are always redacted, and causes are never chained: okhttp
 * exceptions can carry the request URL, and with it the key.
 */
public class IngestException extends RuntimeException {
  public IngestException(String message) {
    super(message);
  }
}
