package com.tixmaster.transforms.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.Test;

public class IngestConfigTest {
  private static final String KEY = "TESTKEY1234567890abcdefXYZ";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-05-01T23:30:00Z"), ZoneOffset.UTC);

  private static IngestConfig.Builder valid() {
    return IngestConfig.builder()
        .apiKey(Secret.of(KEY))
        .landingRoot(Path.of("landing"))
        .clock(CLOCK);
  }

  @Test
  public void defaults() {
    IngestConfig c = valid().build();

    assertEquals("https://app.ticketmaster.com/discovery/v2/", c.apiBaseUrl());
    assertEquals(LocalDate.of(2024, 5, 1), c.startDate());
    assertEquals(LocalDate.of(2025, 5, 1), c.endDate());
    assertEquals(200, c.pageSize());
    assertEquals(5.0, c.requestsPerSecond(), 0);
    assertEquals(EnumSet.allOf(Entity.class), c.entities());
    assertEquals("ingest-20240501T233000Z", c.runId());
    assertEquals(false, c.maxRequests().isPresent());
  }

  @Test
  public void startDateAloneBackfillsUpToAYearAhead() {
    IngestConfig c = valid().startDate(LocalDate.of(2023, 1, 1)).build();

    assertEquals(LocalDate.of(2025, 5, 1), c.endDate());
  }

  @Test
  public void badOptionsAreNamed() {
    List<Case> cases =
        List.of(
            new Case(b -> b.pageSize(0), "--pageSize must be between 1 and 200"),
            new Case(b -> b.pageSize(201), "--pageSize must be between 1 and 200"),
            new Case(b -> b.apiKey(null), "TICKETMASTER_API_KEY must be set"),
            new Case(b -> b.apiBaseUrl("ftp://x"), "--apiBaseUrl"),
            new Case(b -> b.countryCode("usa"), "--countryCode"),
            new Case(
                b -> b.startDate(LocalDate.of(2024, 6, 2)).endDate(LocalDate.of(2024, 6, 1)),
                "--endDate must not be before --startDate"),
            new Case(b -> b.maxRequests(0), "--maxRequests"),
            new Case(b -> b.requestsPerSecond(0), "--requestsPerSecond"),
            new Case(b -> b.entities(List.of()), "--entities"),
            new Case(b -> b.landingRoot(null), "--landing"),
            new Case(b -> b.runId(" "), "--runId"));
    for (Case c : cases) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> c.change.apply(valid()).build());
      assertThat(e.getMessage(), containsString(c.message));
    }
  }

  @Test
  public void keyNeverPrints() {
    IngestConfig c = valid().build();

    assertEquals("****", c.apiKey().toString());
    assertThat(c.toString(), containsString("apiKey=****"));
    assertThat(c.toString(), not(containsString(KEY)));
  }

  @Test
  public void keyInTheBaseUrlIsMaskedToo() {
    IngestConfig c = valid().apiBaseUrl("https://example.org/v2/?apikey=" + KEY).build();

    assertThat(c.toString(), not(containsString(KEY)));
  }

  @Test
  public void missingEnvironmentVariableGivesNoSecret() {
    assertEquals(false, Secret.fromEnvironment("TIX_SURELY_UNSET_VARIABLE_0d1f").isPresent());
  }

  @Test
  public void entityNamesParse() {
    assertEquals(Entity.VENUES, Entity.fromApiName(" Venues"));
    assertThat(
        assertThrows(IllegalArgumentException.class, () -> Entity.fromApiName("gigs")).getMessage(),
        containsString("--entities: unknown entity 'gigs'"));
  }

  private record Case(UnaryOperator<IngestConfig.Builder> change, String message) {}
}
