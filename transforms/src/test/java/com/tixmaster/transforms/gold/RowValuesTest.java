package com.tixmaster.transforms.gold;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.schemas.logicaltypes.SqlTypes;
import org.apache.beam.sdk.values.Row;
import org.joda.time.Instant;
import org.junit.Test;

public class RowValuesTest {
  @Test
  public void readsByNameWhateverTheRepresentation() {
    Schema s =
        Schema.builder()
            .addNullableField("price_min", FieldType.STRING)
            .addNullableField("billing_order", FieldType.INT64)
            .addNullableField("event_date", FieldType.logicalType(SqlTypes.DATE))
            .addNullableField("is_test", FieldType.STRING)
            .addNullableField("event_name", FieldType.STRING)
            .addNullableField("event_datetime_utc", FieldType.STRING)
            .build();
    Row row =
        Row.withSchema(s)
            .addValues("12.5", 3L, LocalDate.of(2025, 6, 7), "true", "  ", "2025-06-08T01:00:00Z")
            .build();
    assertEquals(12.5, RowValues.doubleValue(row, "price_min"), 0.0);
    assertEquals(Integer.valueOf(3), RowValues.intValue(row, "billing_order"));
    assertEquals(LocalDate.of(2025, 6, 7), RowValues.date(row, "event_date"));
    assertTrue(RowValues.isTrue(row, "is_test"));
    assertNull(RowValues.string(row, "event_name"));
    assertEquals(
        Instant.parse("2025-06-08T01:00:00Z"), RowValues.instant(row, "event_datetime_utc"));
    assertNull(RowValues.string(row, "no_such_column"));
    assertFalse(RowValues.isTrue(row, "no_such_column"));
  }
}
