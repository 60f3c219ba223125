package com.tixmaster.transforms.gold;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.joda.time.Instant;
import org.junit.Test;

public class FactRulesTest {
  @Test
  public void dateKeys() {
    assertEquals(20240229, FactRules.dateKey(LocalDate.of(2024, 2, 29)));
    assertEquals(LocalDate.of(2024, 2, 29), FactRules.dateOf(20240229));
    assertNull(FactRules.dateOf(-1));
    assertNull(FactRules.dateOf(20230229));
    assertEquals(-1, FactRules.eventDateKey(null, false));
    assertEquals(-1, FactRules.eventDateKey(LocalDate.of(2025, 1, 1), true));
    assertEquals(20250101, FactRules.eventDateKey(LocalDate.of(2025, 1, 1), false));
  }

  @Test
  public void daysOnSaleCountsVenueLocalCalendarDays() {
    LocalDate show = LocalDate.of(2025, 6, 7);
    Instant onSale = Instant.parse("2025-01-11T03:00:00Z"); // Jan 10 in Chicago, Jan 11 in UTC
    assertEquals(
        Integer.valueOf(148), FactRules.daysOnSale(onSale, show, false, "America/Chicago"));
    assertEquals(Integer.valueOf(147), FactRules.daysOnSale(onSale, show, false, null));
    assertEquals(Integer.valueOf(147), FactRules.daysOnSale(onSale, show, false, "Not/AZone"));
    assertEquals(
        Integer.valueOf(0),
        FactRules.daysOnSale(Instant.parse("2025-06-07T10:00:00Z"), show, false, "UTC"));
    assertEquals(
        Integer.valueOf(-1),
        FactRules.daysOnSale(Instant.parse("2025-06-08T10:00:00Z"), show, false, "UTC"));
    assertNull(FactRules.daysOnSale(null, show, false, "UTC"));
    assertNull(FactRules.daysOnSale(onSale, null, false, "UTC"));
    assertNull(FactRules.daysOnSale(onSale, show, true, "UTC"));
  }

  @Test
  public void idsCompareNumericallyWhenNumbers() {
    assertTrue(FactRules.compareIds("7", "10") < 0);
    assertTrue(FactRules.compareIds("10", "7") > 0);
    assertTrue(FactRules.compareIds("a", "b") < 0);
    assertTrue(FactRules.compareIds("10", "x") < 0);
    assertEquals(ZoneOffset.UTC, FactRules.zone(" "));
  }
}
