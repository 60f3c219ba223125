package com.tixmaster.transforms.io;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Set;
import org.apache.avro.LogicalTypes;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;
import org.joda.time.Instant;
import org.junit.Test;

public class TableCodecTest {
  private static final Schema SCHEMA =
      Schema.builder()
          .addStringField("event_id")
          .addNullableField("event_date", Schema.FieldType.STRING)
          .addNullableField("event_datetime_utc", Schema.FieldType.DATETIME)
          .addNullableField("price_min", Schema.FieldType.DOUBLE)
          .addInt64Field("venue_sk")
          .addInt32Field("date_key")
          .addNullableField("is_test", Schema.FieldType.BOOLEAN)
          .build();

  private final TableCodec codec = TableCodec.of(SCHEMA, Set.of("event_date"));

  @Test
  public void roundTripsEveryColumnTypeAndNulls() {
    Row full =
        Row.withSchema(SCHEMA)
            .addValues(
                "E1", "2024-02-29", Instant.parse("2026-11-20T19:30:00Z"), 10.5, 7L, 20240229, true)
            .build();
    Row sparse = Row.withSchema(SCHEMA).addValues("E2", null, null, null, -1L, -1, null).build();
    assertThat(codec.toRow(codec.toRecord(full)), is(full));
    assertThat(codec.toRow(codec.toRecord(sparse)), is(sparse));
  }

  @Test
  public void datesAreStoredAsParquetDates() {
    Row row = Row.withSchema(SCHEMA).addValues("E1", "1970-01-11", null, null, 1L, 1, null).build();
    GenericRecord record = codec.toRecord(row);
    assertThat(record.get("event_date"), is(10));
    org.apache.avro.Schema dateType =
        codec.avroSchema().getField("event_date").schema().getTypes().get(1);
    assertThat(dateType.getLogicalType(), is(LogicalTypes.date()));
  }

  @Test
  public void columnsMissingFromOldFilesReadAsNull() {
    Schema old =
        Schema.builder()
            .addStringField("event_id")
            .addInt64Field("venue_sk")
            .addInt32Field("date_key")
            .build();
    GenericRecord record =
        TableCodec.of(old, Set.of()).toRecord(Row.withSchema(old).addValues("E1", 3L, 5).build());
    Row row = codec.toRow(record);
    assertThat(row.getString("event_id"), is("E1"));
    assertThat(row.getValue("price_min") == null, is(true));
  }

  /** The codec remembers column positions per file schema: records of two schemas may alternate. */
  @Test
  public void recordsOfDifferentFileSchemasAlternateCorrectly() {
    Schema old =
        Schema.builder()
            .addInt64Field("venue_sk")
            .addStringField("event_id")
            .addInt32Field("date_key")
            .build();
    TableCodec oldCodec = TableCodec.of(old, Set.of());
    GenericRecord before = oldCodec.toRecord(Row.withSchema(old).addValues(3L, "E-old", 5).build());
    Row full =
        Row.withSchema(SCHEMA)
            .addValues("E-new", "2024-02-29", null, 1.5, 7L, 20240229, false)
            .build();
    GenericRecord now = codec.toRecord(full);
    for (int i = 0; i < 3; i++) {
      Row a = codec.toRow(before);
      assertThat(a.getString("event_id"), is("E-old"));
      assertThat(a.getInt64("venue_sk"), is(3L));
      assertThat(a.getValue("price_min") == null, is(true));
      assertThat(codec.toRow(now), is(full));
    }
  }
}
