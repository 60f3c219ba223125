package com.tixmaster.transforms.ingest;

import java.util.Optional;

/**
 * A non-retryable API error such as 400 or 404, with the Discovery error code when the body has one
 * (e.g. DIS1035, paging too deep; DIS1015, bad date format).
 */
public final class ApiErrorException extends IngestException {
  private final int status;
  private final String code;

  public ApiErrorException(String message, int status, String code) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public Optional<String> code() {
    return Optional.ofNullable(code);
  }
}
