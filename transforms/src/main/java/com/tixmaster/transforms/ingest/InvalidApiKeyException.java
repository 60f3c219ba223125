package com.tixmaster.transforms.ingest;

/** The API answered 401 ({@code oauth.v2.InvalidApiKey}); retrying cannot help. */
public final class InvalidApiKeyException extends IngestException {
  public InvalidApiKeyException(String message) {
    super(message);
  }
}
