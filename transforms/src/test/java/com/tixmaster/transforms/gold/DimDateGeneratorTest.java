package com.tixmaster.transforms.gold;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.tixmaster.schemas.gold.DimDate;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class DimDateGeneratorTest {

  @Test
  public void leapDay() {
    DimDate d = DimDateGenerator.row(LocalDate.of(2024, 2, 29));
    assertEquals(20240229, d.getDateKey());
    assertEquals("2024-02-29", d.getDateValue());
    assertEquals(Integer.valueOf(2024), d.getYear());
    assertEquals(Integer.valueOf(1), d.getQuarter());
    assertEquals(Integer.valueOf(2), d.getMonth());
    assertEquals("February", d.getMonthName());
    assertEquals(Integer.valueOf(29), d.getDay());
    assertEquals(Integer.valueOf(4), d.getDayOfWeek()); // Thursday
    assertEquals("Thursday", d.getDayName());
    assertEquals(Integer.valueOf(9), d.getWeekOfYear());
    assertFalse(d.getIsWeekend());
    assertEquals("2024-02-01", d.getMonthStartDate());
    assertEquals("2024-02-29", d.getMonthEndDate());
    assertEquals("2023-02-28", DimDateGenerator.row(LocalDate.of(2023, 2, 1)).getMonthEndDate());
  }

  @Test
  public void isoWeekEdges() {
    DimDate dec31 = DimDateGenerator.row(LocalDate.of(2020, 12, 31));
    assertEquals(Integer.valueOf(53), dec31.getWeekOfYear());
    assertEquals(Integer.valueOf(2020), dec31.getIsoWeekYear());
    // 2021-01-03 (a Sunday) still belongs to 2020-W53
    DimDate jan3 = DimDateGenerator.row(LocalDate.of(2021, 1, 3));
    assertEquals(Integer.valueOf(53), jan3.getWeekOfYear());
    assertEquals(Integer.valueOf(2020), jan3.getIsoWeekYear());
    assertEquals(Integer.valueOf(2021), jan3.getYear());
    assertEquals(Integer.valueOf(7), jan3.getDayOfWeek());
    assertTrue(jan3.getIsWeekend());
    // 2021-01-04 starts 2021-W01; 2024-12-30 is already 2025-W01
    assertEquals(
        Integer.valueOf(1), DimDateGenerator.row(LocalDate.of(2021, 1, 4)).getWeekOfYear());
    DimDate dec30 = DimDateGenerator.row(LocalDate.of(2024, 12, 30));
    assertEquals(Integer.valueOf(1), dec30.getWeekOfYear());
    assertEquals(Integer.valueOf(2025), dec30.getIsoWeekYear());
    assertEquals(Integer.valueOf(4), dec30.getQuarter());
  }

  @Test
  public void dayOfWeekOfKnownDates() {
    assertEquals(
        Integer.valueOf(1), DimDateGenerator.row(LocalDate.of(2025, 3, 10)).getDayOfWeek());
    assertEquals("Monday", DimDateGenerator.row(LocalDate.of(2025, 3, 10)).getDayName());
    assertEquals(Integer.valueOf(6), DimDateGenerator.row(LocalDate.of(2025, 6, 7)).getDayOfWeek());
    assertTrue(DimDateGenerator.row(LocalDate.of(2025, 6, 7)).getIsWeekend());
    assertEquals(Integer.valueOf(3), DimDateGenerator.row(LocalDate.of(2020, 1, 1)).getDayOfWeek());
    assertFalse(DimDateGenerator.row(LocalDate.of(2025, 6, 6)).getIsWeekend());
  }

  @Test
  public void unknownRow() {
    DimDate u = DimDateGenerator.unknown();
    assertEquals(-1, u.getDateKey());
    assertNull(u.getDateValue());
    assertNull(u.getYear());
    assertNull(u.getIsWeekend());
    assertEquals("Unknown", u.getMonthName());
    assertEquals("Unknown", u.getDayName());
  }

  @Test
  public void baseCalendarCoversTheRangeOnce() {
    List<DimDate> rows = DimDateGenerator.baseCalendar();
    assertEquals(4018 + 1, rows.size());
    Set<Integer> keys = new HashSet<>();
    rows.forEach(r -> keys.add(r.getDateKey()));
    assertEquals(rows.size(), keys.size());
    assertTrue(keys.contains(20200101));
    assertTrue(keys.contains(20301231));
    assertTrue(keys.contains(-1));
    assertFalse(keys.contains(20191231));
    assertTrue(DimDateGenerator.inBaseRange(20240229));
    assertFalse(DimDateGenerator.inBaseRange(20310101));
  }
}
