package com.tixmaster.transforms.ingest;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import okhttp3.Headers;

/**
 * The quota headers of one response. 400 and 401 replies carry none, so every field is optional.
 *
 * @param limit {@code Rate-Limit}: the daily quota
 * @param available {@code Rate-Limit-Available}: calls left
 * @param over {@code Rate-Limit-Over}: calls over quota
 * @param reset {@code Rate-Limit-Reset} (epoch millis): when the quota renews
 */
public record RateLimitStatus(
    OptionalLong limit, OptionalLong available, OptionalLong over, Optional<Instant> reset) {

  public static final RateLimitStatus NONE =
      new RateLimitStatus(
          OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(), Optional.empty());

  static RateLimitStatus from(Headers headers) {
    OptionalLong reset = parse(headers.get("Rate-Limit-Reset"));
    return new RateLimitStatus(
        parse(headers.get("Rate-Limit")),
        parse(headers.get("Rate-Limit-Available")),
        parse(headers.get("Rate-Limit-Over")),
        reset.isPresent()
            ? Optional.of(Instant.ofEpochMilli(reset.getAsLong()))
            : Optional.empty());
  }

  private static OptionalLong parse(String value) {
    if (value == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
