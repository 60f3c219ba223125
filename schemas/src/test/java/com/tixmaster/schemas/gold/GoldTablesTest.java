package com.tixmaster.schemas.gold;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.tixmaster.schemas.TableSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.TypeName;
import org.junit.Test;

public class GoldTablesTest {

  @Test
  public void everyTableHasItsKeyAndDateColumns() {
    for (TableSpec spec : GoldTables.ALL) {
      Schema schema = spec.beamSchema();
      assertEquals("gold", spec.layer());
      for (String key : spec.primaryKey()) {
        assertTrue(spec + " lacks key " + key, schema.hasField(key));
        assertFalse(
            spec + " key " + key + " nullable", schema.getField(key).getType().getNullable());
      }
      for (String date : spec.dateColumns()) {
        assertEquals(
            spec + "." + date, TypeName.STRING, schema.getField(date).getType().getTypeName());
      }
      for (Schema.Field f : schema.getFields()) {
        assertTrue(spec + "." + f.getName(), f.getName().matches("_?[a-z][a-z0-9_]*"));
      }
    }
    Set<String> names = GoldTables.ALL.stream().map(TableSpec::name).collect(Collectors.toSet());
    assertEquals(GoldTables.ALL.size(), names.size());
  }

  @Test
  public void keysMatchTheContract() {
    assertThat(GoldTables.DIM_DATE.primaryKey(), contains("date_key"));
    assertThat(GoldTables.DIM_VENUE.primaryKey(), contains("venue_sk"));
    assertThat(GoldTables.DIM_ATTRACTION.primaryKey(), contains("attraction_sk"));
    assertThat(GoldTables.DIM_CLASSIFICATION.primaryKey(), contains("classification_sk"));
    assertThat(GoldTables.DIM_MARKET.primaryKey(), contains("market_sk"));
    assertThat(GoldTables.FACT_EVENTS.primaryKey(), contains("event_sk"));
    assertThat(
        GoldTables.BRIDGE_EVENT_ATTRACTION.primaryKey(), contains("event_sk", "attraction_sk"));
    assertThat(
        GoldTables.MONTHLY_EVENT_SUMMARY.primaryKey(), contains("report_year", "report_month"));
    assertThat(GoldTables.EVENT_DOCUMENTS.primaryKey(), contains("event_id"));
    assertThat(GoldTables.DATA_QUALITY_RESULTS.primaryKey(), contains("run_id", "check_name"));
    assertThat(GoldTables.ETL_LOG.primaryKey(), contains("run_id", "stage"));
    assertThat(GoldTables.REJECTED.primaryKey(), contains("_run_id", "stage", "rejection_id"));
    assertEquals("gold._rejected", GoldTables.REJECTED.qualifiedName());
    assertEquals(TableSpec.WriteMode.REPLACE, GoldTables.REJECTED.writeMode());
    assertThat(GoldTables.byName("fact_events"), equalTo(GoldTables.FACT_EVENTS));
  }

  @Test
  public void contractColumnsArePresentInOrder() {
    assertColumns(
        GoldTables.DIM_DATE,
        "date_key",
        "date_value",
        "year",
        "quarter",
        "month",
        "month_name",
        "day",
        "day_of_week",
        "day_name",
        "week_of_year",
        "is_weekend",
        "month_start_date",
        "month_end_date");
    assertColumns(
        GoldTables.DIM_VENUE,
        "venue_sk",
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
        "venue_url",
        "valid_from",
        "valid_to",
        "is_current",
        "row_hash");
    assertColumns(
        GoldTables.DIM_ATTRACTION,
        "attraction_sk",
        "attraction_id",
        "attraction_name",
        "attraction_type",
        "attraction_url",
        "segment_name",
        "genre_name",
        "subgenre_name",
        "valid_from",
        "valid_to",
        "is_current",
        "row_hash");
    assertColumns(
        GoldTables.DIM_CLASSIFICATION,
        "classification_sk",
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
        "is_family");
    assertColumns(GoldTables.DIM_MARKET, "market_sk", "market_id", "market_name");
    assertColumns(
        GoldTables.FACT_EVENTS,
        "event_sk",
        "event_id",
        "event_name",
        "date_key",
        "venue_sk",
        "attraction_sk",
        "classification_sk",
        "market_sk",
        "price_min",
        "price_max",
        "price_currency",
        "venue_count",
        "attraction_count",
        "days_on_sale",
        "status_code",
        "event_datetime_utc",
        "sales_public_start_utc",
        "is_test");
    assertColumns(GoldTables.BRIDGE_EVENT_ATTRACTION, "event_sk", "attraction_sk", "billing_order");
    assertColumns(
        GoldTables.MONTHLY_EVENT_SUMMARY,
        "report_year",
        "report_month",
        "total_events",
        "total_venues",
        "total_attractions",
        "estimated_revenue",
        "avg_ticket_price",
        "avg_price_min",
        "top_venue",
        "top_attraction",
        "weekend_event_pct",
        "cancelled_events",
        "postponed_events",
        "rescheduled_events",
        "priced_event_pct");
    assertColumns(
        GoldTables.EVENT_DOCUMENTS,
        "event_id",
        "event_text",
        "event_date",
        "city",
        "state",
        "country",
        "segment_name",
        "genre_name",
        "price_min",
        "price_max",
        "price_currency",
        "venue_name",
        "attraction_name");
    assertColumns(
        GoldTables.DATA_QUALITY_RESULTS,
        "run_id",
        "check_name",
        "table_name",
        "severity",
        "status",
        "records_affected",
        "threshold",
        "details",
        "sample_keys",
        "checked_at");
    assertColumns(
        GoldTables.ETL_LOG,
        "run_id",
        "stage",
        "started_at",
        "ended_at",
        "status",
        "rows_in",
        "rows_out",
        "rows_rejected",
        "parameters",
        "error_message",
        "runner");
    // the shape of silver._rejected, plus the stage and the key that keeps a retry idempotent
    assertColumns(
        GoldTables.REJECTED,
        "entity",
        "record_id",
        "reason_code",
        "reason_detail",
        "payload",
        "_source_file",
        "stage",
        "rejection_id",
        "_run_id");
  }

  private static void assertColumns(TableSpec spec, String... expected) {
    List<String> actual = spec.beamSchema().getFieldNames();
    assertTrue(spec + " " + actual, new HashSet<>(actual).containsAll(List.of(expected)));
    // the contract columns keep their relative order
    List<String> filtered =
        actual.stream().filter(List.of(expected)::contains).collect(Collectors.toList());
    assertThat(filtered, contains(expected));
    assertThat(new HashSet<>(filtered), containsInAnyOrder(expected));
  }
}
