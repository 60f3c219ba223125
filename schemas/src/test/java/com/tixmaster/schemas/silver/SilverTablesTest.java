package com.tixmaster.schemas.silver;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.TableSpec.WriteMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.schemas.Schema.TypeName;
import org.junit.Test;

/** The silver registry matches the contract in tables.md: names, keys, columns and types. */
public class SilverTablesTest {

  /** The columns tables.md requires ("at least"), by table. */
  private static final Map<String, List<String>> CONTRACT =
      Map.ofEntries(
          Map.entry(
              "events",
              List.of(
                  "event_id",
                  "event_name",
                  "event_type",
                  "event_url",
                  "locale",
                  "is_test",
                  "info",
                  "please_note",
                  "event_date",
                  "event_local_time",
                  "event_datetime_utc",
                  "event_timezone",
                  "date_tba",
                  "time_tba",
                  "no_specific_time",
                  "status_code",
                  "sales_public_start_utc",
                  "sales_public_end_utc",
                  "classification_id",
                  "primary_venue_id",
                  "headliner_attraction_id",
                  "price_min",
                  "price_max",
                  "price_currency")),
          Map.entry(
              "event_price_ranges",
              List.of("event_id", "price_type", "currency", "price_min", "price_max")),
          Map.entry(
              "venues",
              List.of(
                  "venue_id",
                  "venue_name",
                  "venue_type",
                  "locale",
                  "postal_code",
                  "timezone",
                  "city",
                  "state",
                  "state_code",
                  "country",
                  "country_code",
                  "address_line1",
                  "address_line2",
                  "latitude",
                  "longitude",
                  "venue_url")),
          Map.entry("markets", List.of("market_id", "market_name")),
          Map.entry("venue_markets", List.of("venue_id", "market_id")),
          Map.entry(
              "attractions",
              List.of(
                  "attraction_id",
                  "attraction_name",
                  "attraction_type",
                  "attraction_url",
                  "locale",
                  "is_test",
                  "classification_id")),
          Map.entry(
              "classifications",
              List.of(
                  "classification_id",
                  "segment_id",
                  "segment_name",
                  "genre_id",
                  "genre_name",
                  "subgenre_id",
                  "subgenre_name",
                  "type_id",
                  "type_name",
                  "subtype_id",
                  "subtype_name",
                  "is_family")),
          Map.entry("event_venues", List.of("event_id", "venue_id", "venue_order")),
          Map.entry("event_attractions", List.of("event_id", "attraction_id", "billing_order")),
          Map.entry(
              "_rejected",
              List.of(
                  "entity",
                  "record_id",
                  "reason_code",
                  "reason_detail",
                  "payload",
                  "_source_file",
                  "_run_id")),
          Map.entry(
              "_accounting",
              List.of(
                  "run_id",
                  "entity",
                  "records_in",
                  "rows_out",
                  "inserted",
                  "updated",
                  "unchanged",
                  "rejected",
                  "superseded")));

  @Test
  public void everyTableHasTheContractColumnsAndLineage() {
    assertEquals(CONTRACT.keySet(), names(SilverTables.ALL));
    for (TableSpec spec : SilverTables.ALL) {
      Schema schema = spec.beamSchema();
      assertThat(
          spec.name(),
          schema.getFieldNames(),
          hasItems(CONTRACT.get(spec.name()).toArray(new String[0])));
      assertTrue(spec.name(), schema.getFieldNames().containsAll(spec.primaryKey()));
      for (String pk : spec.primaryKey()) {
        assertFalse(spec + "." + pk + " is a key", schema.getField(pk).getType().getNullable());
      }
      assertEquals("silver", spec.layer());
    }
    for (TableSpec spec : SilverTables.STATE) {
      assertEquals(WriteMode.REPLACE, spec.writeMode());
      assertThat(
          spec.name(),
          spec.beamSchema().getFieldNames(),
          hasItems("_source_file", "_run_id", "_ingestion_timestamp", "_record_index", "_origin"));
    }
    assertEquals(WriteMode.APPEND, SilverTables.REJECTED.writeMode());
    assertEquals(WriteMode.APPEND, SilverTables.ACCOUNTING.writeMode());
  }

  @Test
  public void keysAndTypesFollowTheContract() {
    assertEquals(List.of("event_id"), SilverTables.EVENTS.primaryKey());
    assertEquals(
        List.of("event_id", "price_type", "currency"),
        SilverTables.EVENT_PRICE_RANGES.primaryKey());
    assertEquals(List.of("venue_id", "market_id"), SilverTables.VENUE_MARKETS.primaryKey());
    assertEquals(List.of("event_id", "venue_id"), SilverTables.EVENT_VENUES.primaryKey());
    assertEquals(List.of("event_id", "attraction_id"), SilverTables.EVENT_ATTRACTIONS.primaryKey());
    assertEquals(List.of(), SilverTables.REJECTED.primaryKey());
    assertEquals(Set.of("event_date"), SilverTables.EVENTS.dateColumns());

    Schema events = SilverTables.EVENTS.beamSchema();
    assertEquals(TypeName.STRING, events.getField("event_date").getType().getTypeName());
    assertEquals(TypeName.STRING, events.getField("event_local_time").getType().getTypeName());
    assertEquals(TypeName.DATETIME, events.getField("event_datetime_utc").getType().getTypeName());
    assertEquals(TypeName.DOUBLE, events.getField("price_min").getType().getTypeName());
    assertEquals(TypeName.BOOLEAN, events.getField("is_test").getType().getTypeName());
    assertEquals(
        FieldType.DOUBLE.withNullable(true),
        SilverTables.VENUES.beamSchema().getField("latitude").getType());
    assertEquals(SilverTables.EVENTS, SilverTables.table("events"));
    assertEquals(SilverTables.ACCOUNTING, SilverTables.table("_accounting"));
    // Field order follows @SchemaFieldNumber: the key first.
    assertEquals("event_id", events.getField(0).getName());
  }

  private static Set<String> names(List<TableSpec> specs) {
    Set<String> out = new HashSet<>();
    for (TableSpec spec : specs) {
      out.add(spec.name());
    }
    return out;
  }
}
