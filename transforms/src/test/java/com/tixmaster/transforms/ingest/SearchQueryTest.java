package com.tixmaster.transforms.ingest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import org.junit.Test;

public class SearchQueryTest {
  private final SearchQuery base =
      SearchQuery.builder(Entity.EVENTS)
          .countryCode("US")
          .size(200)
          .sort("id,asc")
          .locale("*")
          .includeTbd(SearchQuery.Include.YES)
          .build();

  @Test
  public void datesAreUtcWholeSecondsWithoutMillis() {
    SearchQuery q =
        base.withDateRange(
            Instant.parse("2024-05-01T00:00:00.123Z"), Instant.parse("2024-05-31T23:59:59Z"));

    assertEquals("2024-05-01T00:00:00Z", q.parameters().get("startDateTime"));
    assertEquals("2024-05-31T23:59:59Z", q.parameters().get("endDateTime"));
  }

  @Test
  public void fingerprintIgnoresPageAndWindow() {
    SearchQuery q = base.withPage(3).withDateRange(Instant.EPOCH, Instant.EPOCH.plusSeconds(9));

    assertEquals(
        "events?countryCode=US&includeTBD=yes&locale=*&size=200&sort=id,asc", q.fingerprint());
    assertEquals(base.fingerprint(), q.fingerprint());
    assertEquals(3, q.page());
    assertEquals(200, q.size());
  }

  @Test
  public void theKeyIsNotAQueryParameter() {
    assertThrows(
        IllegalArgumentException.class,
        () -> SearchQuery.builder(Entity.VENUES).param("apikey", "x"));
  }
}
