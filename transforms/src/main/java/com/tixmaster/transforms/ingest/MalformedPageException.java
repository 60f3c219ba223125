package com.tixmaster.transforms.ingest;

/**
 * A 200 reply whose body is not a search page: cut short, or a proxy's or gateway's HTML. Such a
 * reply is transient, so the client retries it like a 5xx.
 */
final class MalformedPageException extends IngestException {
  MalformedPageException(String message) {
    super(message);
  }
}
