package com.tixmaster.transforms.quality;

import com.tixmaster.schemas.gold.DataQualityResult;
import com.tixmaster.schemas.gold.GoldTables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.Field;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.Row;
import org.joda.time.Instant;

/**
 * Test tables for the audits: silver schemas with the contract's column names (plus lineage columns
 * the checks must ignore), gold schemas from the typed gold rows with every column made nullable
 * (so a test can null a key), and a clean, small star schema that passes every check.
 */
final class QualityFixtures {
  static final Instant AS_OF = Instant.parse("2025-03-01T12:00:00Z");
  static final Instant INGESTED = Instant.parse("2025-03-01T06:00:00Z");
  static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  static final Instant T1 = Instant.parse("2025-02-01T00:00:00Z");
  static final Instant T2 = Instant.parse("2025-02-15T00:00:00Z");
  static final QualityConfig CONFIG = QualityConfig.of("run-q", AS_OF);

  static final Schema EVENTS =
      silver(
          "event_id:s event_name:s event_date:s classification_id:s primary_venue_id:s"
              + " price_min:d price_max:d price_currency:s");
  static final Schema VENUES = silver("venue_id:s venue_name:s city:s");
  static final Schema ATTRACTIONS = silver("attraction_id:s attraction_name:s classification_id:s");
  static final Schema CLASSIFICATIONS = silver("classification_id:s segment_name:s genre_name:s");
  static final Schema MARKETS = silver("market_id:s market_name:s");
  static final Schema VENUE_MARKETS = silver("venue_id:s market_id:s");
  static final Schema EVENT_VENUES = silver("event_id:s venue_id:s venue_order:i");
  static final Schema EVENT_ATTRACTIONS = silver("event_id:s attraction_id:s billing_order:i");
  static final Schema EVENT_PRICE_RANGES =
      silver("event_id:s price_type:s currency:s price_min:d price_max:d");
  static final Schema ACCOUNTING =
      schema(
          "run_id:s entity:s records_in:l rows_out:l inserted:l updated:l unchanged:l rejected:l"
              + " superseded:l");

  static final Schema DIM_DATE = nullable(GoldTables.DIM_DATE.beamSchema());
  static final Schema DIM_VENUE = nullable(GoldTables.DIM_VENUE.beamSchema());
  static final Schema DIM_ATTRACTION = nullable(GoldTables.DIM_ATTRACTION.beamSchema());
  static final Schema DIM_CLASSIFICATION = nullable(GoldTables.DIM_CLASSIFICATION.beamSchema());
  static final Schema DIM_MARKET = nullable(GoldTables.DIM_MARKET.beamSchema());
  static final Schema FACT_EVENTS = nullable(GoldTables.FACT_EVENTS.beamSchema());
  static final Schema BRIDGE = nullable(GoldTables.BRIDGE_EVENT_ATTRACTION.beamSchema());

  /** Every table's schema, by qualified name. */
  static final Map<String, Schema> SCHEMAS = new LinkedHashMap<>();

  static {
    SCHEMAS.put("silver.events", EVENTS);
    SCHEMAS.put("silver.venues", VENUES);
    SCHEMAS.put("silver.attractions", ATTRACTIONS);
    SCHEMAS.put("silver.classifications", CLASSIFICATIONS);
    SCHEMAS.put("silver.markets", MARKETS);
    SCHEMAS.put("silver.venue_markets", VENUE_MARKETS);
    SCHEMAS.put("silver.event_venues", EVENT_VENUES);
    SCHEMAS.put("silver.event_attractions", EVENT_ATTRACTIONS);
    SCHEMAS.put("silver.event_price_ranges", EVENT_PRICE_RANGES);
    SCHEMAS.put("silver._accounting", ACCOUNTING);
    SCHEMAS.put("gold.dim_date", DIM_DATE);
    SCHEMAS.put("gold.dim_venue", DIM_VENUE);
    SCHEMAS.put("gold.dim_attraction", DIM_ATTRACTION);
    SCHEMAS.put("gold.dim_classification", DIM_CLASSIFICATION);
    SCHEMAS.put("gold.dim_market", DIM_MARKET);
    SCHEMAS.put("gold.fact_events", FACT_EVENTS);
    SCHEMAS.put("gold.bridge_event_attraction", BRIDGE);
  }

  private QualityFixtures() {}

  private static Schema silver(String spec) {
    return schema(spec + " _source_file:s _run_id:s _ingestion_timestamp:t");
  }

  private static Schema schema(String spec) {
    Schema.Builder b = Schema.builder();
    for (String col : spec.trim().split("\\s+")) {
      String[] p = col.split(":");
      FieldType t;
      switch (p[1]) {
        case "s":
          t = FieldType.STRING;
          break;
        case "d":
          t = FieldType.DOUBLE;
          break;
        case "i":
          t = FieldType.INT32;
          break;
        case "l":
          t = FieldType.INT64;
          break;
        case "t":
          t = FieldType.DATETIME;
          break;
        default:
          throw new IllegalArgumentException(col);
      }
      b.addNullableField(p[0], t);
    }
    return b.build();
  }

  private static Schema nullable(Schema schema) {
    Schema.Builder b = Schema.builder();
    for (Field f : schema.getFields()) {
      b.addField(f.withNullable(true));
    }
    return b.build();
  }

  /** A row of {@code schema} from name/value pairs; other columns are null. */
  static Row row(Schema schema, Object... nameValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      String name = (String) nameValues[i];
      if (!schema.hasField(name)) {
        throw new IllegalArgumentException("no column " + name + " in " + schema.getFieldNames());
      }
      values.put(name, convert(schema.getField(name).getType(), nameValues[i + 1]));
    }
    List<Object> list = new ArrayList<>();
    for (String f : schema.getFieldNames()) {
      list.add(values.get(f));
    }
    return Row.withSchema(schema).addValues(list).build();
  }

  /** {@code row} with {@code name} set to {@code value}. */
  static Row with(Row row, String name, Object value) {
    return Row.fromRow(row)
        .withFieldValue(name, convert(row.getSchema().getField(name).getType(), value))
        .build();
  }

  private static Object convert(FieldType type, Object v) {
    if (v == null) {
      return null;
    }
    switch (type.getTypeName()) {
      case INT64:
        return ((Number) v).longValue();
      case INT32:
        return ((Number) v).intValue();
      case DOUBLE:
        return ((Number) v).doubleValue();
      case DATETIME:
        return v instanceof String ? Instant.parse((String) v) : v;
      default:
        return v;
    }
  }

  static Row event(String id, String classificationId, Double min, Double max) {
    return row(
        EVENTS,
        "event_id",
        id,
        "event_name",
        "Event " + id,
        "classification_id",
        classificationId,
        "price_min",
        min,
        "price_max",
        max,
        "price_currency",
        min == null ? null : "USD",
        "_source_file",
        "events/2025/03/01/events_20250301_060000.json",
        "_run_id",
        "run-q",
        "_ingestion_timestamp",
        INGESTED);
  }

  static Row pair(Schema schema, String a, String b) {
    List<String> names = schema.getFieldNames();
    return row(schema, names.get(0), a, names.get(1), b);
  }

  static Row accounting(String runId, String entity, long rejected, long superseded) {
    return row(
        ACCOUNTING,
        "run_id",
        runId,
        "entity",
        entity,
        "records_in",
        0L,
        "rows_out",
        0L,
        "rejected",
        rejected,
        "superseded",
        superseded);
  }

  /** An SCD2 version of dim_venue or dim_attraction. */
  static Row version(Schema dim, long sk, String id, Instant from, Instant to, boolean current) {
    boolean venue = dim.hasField("venue_sk");
    return row(
        dim,
        venue ? "venue_sk" : "attraction_sk",
        sk,
        venue ? "venue_id" : "attraction_id",
        id,
        venue ? "venue_name" : "attraction_name",
        "Name " + id,
        "valid_from",
        from,
        "valid_to",
        to,
        "is_current",
        current,
        "row_hash",
        "hash-" + sk);
  }

  static Row fact(
      long sk,
      String id,
      int dateKey,
      long venueSk,
      long attractionSk,
      long classSk,
      long marketSk,
      Double min,
      Double max) {
    return row(
        FACT_EVENTS,
        "event_sk",
        sk,
        "event_id",
        id,
        "event_name",
        "Event " + id,
        "date_key",
        dateKey,
        "venue_sk",
        venueSk,
        "attraction_sk",
        attractionSk,
        "classification_sk",
        classSk,
        "market_sk",
        marketSk,
        "price_min",
        min,
        "price_max",
        max,
        "venue_count",
        1,
        "attraction_count",
        1,
        "is_test",
        false,
        "_run_id",
        "run-q");
  }

  /** The tables of one audit: mutable lists of rows, by qualified name, and the bronze count. */
  static final class Lake {
    final Map<String, List<Row>> tables = new LinkedHashMap<>();
    long bronzeEventRecords;

    Lake() {
      SCHEMAS.keySet().forEach(t -> tables.put(t, new ArrayList<>()));
    }

    Lake add(String table, Row... rows) {
      tables.get(table).addAll(List.of(rows));
      return this;
    }

    /** Replaces the rows matching {@code which} with {@code change}d copies. */
    Lake update(String table, Predicate<Row> which, UnaryOperator<Row> change) {
      List<Row> rows = tables.get(table);
      for (int i = 0; i < rows.size(); i++) {
        if (which.test(rows.get(i))) {
          rows.set(i, change.apply(rows.get(i)));
        }
      }
      return this;
    }

    Lake clear(String table) {
      tables.get(table).clear();
      return this;
    }

    QualityInput inputs(Pipeline p) {
      QualityInput.Builder b = QualityInput.builder();
      tables.forEach(
          (name, rows) ->
              b.table(
                  name,
                  p.apply("Create_" + name, Create.of(rows).withRowSchema(SCHEMAS.get(name)))));
      return b.bronzeEventRecords(
              p.apply(
                  "CreateBronzeCount", Create.of(bronzeEventRecords).withCoder(VarLongCoder.of())))
          .build();
    }
  }

  /** Rows whose {@code column} holds {@code value} (compared as text). */
  static Predicate<Row> where(String column, Object value) {
    return r -> String.valueOf(value).equals(String.valueOf((Object) r.getValue(column)));
  }

  /**
   * A clean star schema: 3 events (E3 without classification, date or attraction: the unknown
   * members), 2 venues (V1 with two SCD2 versions), 2 attractions, 2 classifications, 1 market;
   * bronze 5 = silver 3 + rejected 1 + superseded 1; ingested 6 h before as-of.
   */
  static Lake clean() {
    Lake lake = new Lake();
    lake.add(
        "silver.events",
        event("E1", "C1", 10.0, 50.0),
        event("E2", "C2", null, null),
        event("E3", null, null, null));
    lake.add(
        "silver.venues",
        row(VENUES, "venue_id", "V1", "venue_name", "Arena One", "_ingestion_timestamp", INGESTED),
        row(VENUES, "venue_id", "V2", "venue_name", "Club Two", "_ingestion_timestamp", INGESTED));
    lake.add(
        "silver.attractions",
        row(ATTRACTIONS, "attraction_id", "A1", "classification_id", "C1"),
        row(ATTRACTIONS, "attraction_id", "A2"));
    lake.add(
        "silver.classifications",
        row(CLASSIFICATIONS, "classification_id", "C1", "segment_name", "Music"),
        row(CLASSIFICATIONS, "classification_id", "C2", "segment_name", "Sports"));
    lake.add("silver.markets", row(MARKETS, "market_id", "M1", "market_name", "Austin"));
    lake.add("silver.venue_markets", pair(VENUE_MARKETS, "V1", "M1"));
    lake.add(
        "silver.event_venues",
        pair(EVENT_VENUES, "E1", "V1"),
        pair(EVENT_VENUES, "E2", "V2"),
        pair(EVENT_VENUES, "E3", "V1"));
    lake.add(
        "silver.event_attractions",
        pair(EVENT_ATTRACTIONS, "E1", "A1"),
        pair(EVENT_ATTRACTIONS, "E1", "A2"),
        pair(EVENT_ATTRACTIONS, "E2", "A2"));
    lake.add(
        "silver.event_price_ranges",
        row(
            EVENT_PRICE_RANGES,
            "event_id",
            "E1",
            "price_type",
            "standard",
            "currency",
            "USD",
            "price_min",
            10.0,
            "price_max",
            50.0));
    lake.add(
        "silver._accounting",
        accounting("run-0", "events", 1, 1),
        accounting("run-0", "venues", 5, 7));
    lake.bronzeEventRecords = 5;

    lake.add(
        "gold.dim_date",
        row(DIM_DATE, "date_key", -1, "month_name", "Unknown"),
        row(DIM_DATE, "date_key", 20250607, "date_value", "2025-06-07"),
        row(DIM_DATE, "date_key", 20250608, "date_value", "2025-06-08"));
    lake.add(
        "gold.dim_venue",
        version(DIM_VENUE, -1, "-1", new Instant(0), null, true),
        version(DIM_VENUE, 1, "V1", T0, T1, false),
        version(DIM_VENUE, 2, "V1", T1, null, true),
        version(DIM_VENUE, 3, "V2", T0, null, true));
    lake.add(
        "gold.dim_attraction",
        version(DIM_ATTRACTION, -1, "-1", new Instant(0), null, true),
        version(DIM_ATTRACTION, 1, "A1", T1, null, true),
        version(DIM_ATTRACTION, 2, "A2", T1, null, true));
    lake.add(
        "gold.dim_classification",
        row(DIM_CLASSIFICATION, "classification_sk", -1, "classification_id", "-1"),
        row(DIM_CLASSIFICATION, "classification_sk", 1, "classification_id", "C1"),
        row(DIM_CLASSIFICATION, "classification_sk", 2, "classification_id", "C2"));
    lake.add(
        "gold.dim_market",
        row(DIM_MARKET, "market_sk", -1, "market_id", "-1"),
        row(DIM_MARKET, "market_sk", 1, "market_id", "M1"));
    lake.add(
        "gold.fact_events",
        fact(10, "E1", 20250607, 2, 1, 1, 1, 10.0, 50.0),
        fact(11, "E2", 20250608, 3, 2, 2, -1, null, null),
        fact(12, "E3", -1, 2, -1, -1, 1, null, null));
    lake.add(
        "gold.bridge_event_attraction",
        row(
            BRIDGE,
            "event_sk",
            10,
            "attraction_sk",
            1,
            "billing_order",
            0,
            "event_id",
            "E1",
            "attraction_id",
            "A1"),
        row(
            BRIDGE,
            "event_sk",
            10,
            "attraction_sk",
            2,
            "billing_order",
            1,
            "event_id",
            "E1",
            "attraction_id",
            "A2"),
        row(
            BRIDGE,
            "event_sk",
            11,
            "attraction_sk",
            2,
            "billing_order",
            0,
            "event_id",
            "E2",
            "attraction_id",
            "A2"));
    return lake;
  }

  /** The result a check should give. */
  static DataQualityResult result(
      CheckDefinition check,
      QualityConfig config,
      String status,
      long affected,
      Double threshold,
      String details,
      String samples) {
    return DataQualityResult.builder()
        .setRunId(config.runId())
        .setCheckName(check.name())
        .setTableName(check.table())
        .setSeverity(check.severity())
        .setStatus(status)
        .setRecordsAffected(affected)
        .setThreshold(threshold)
        .setDetails(details)
        .setSampleKeys(samples)
        .setCheckedAt(config.asOf())
        .build();
  }

  /** A PASSED result of a count check: "Found 0 …". */
  static DataQualityResult passed(CheckDefinition check) {
    return result(
        check,
        CONFIG,
        DataQualityResult.PASSED,
        0,
        check.threshold(),
        "Found 0 " + check.finding() + ".",
        null);
  }

  /** A FAILED result of a count check. */
  static DataQualityResult failed(
      CheckDefinition check, long affected, String details, String samples) {
    return result(
        check, CONFIG, DataQualityResult.FAILED, affected, check.threshold(), details, samples);
  }
}
