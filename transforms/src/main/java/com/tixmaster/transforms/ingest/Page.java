package com.tixmaster.transforms.ingest;

import java.util.List;

/**
 * One fetched search page.
 *
 * @param query the request that produced it
 * @param body the response body exactly as received (it may echo the key; land it only through
 *     {@link LandingWriter}, which redacts)
 * @param info the {@code page} object
 * @param records the number of records in {@code _embedded.<entity>} (0 when there is no {@code
 *     _embedded})
 * @param recordIds the ids of those records that have one
 * @param rateLimit the quota headers
 */
public record Page(
    SearchQuery query,
    byte[] body,
    PageInfo info,
    int records,
    List<String> recordIds,
    RateLimitStatus rateLimit) {

  public Page {
    recordIds = List.copyOf(recordIds);
  }
}
