package com.tixmaster.transforms.gold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.joda.time.Instant;

/**
 * Builds silver input rows for tests: Beam schemas whose column names are those of tables.md (plus
 * the lineage columns, which gold must ignore), every column nullable, and a fluent row builder.
 */
public final class SilverFixtures {
  private static final List<String> LINEAGE = List.of("_source_file", "_run_id");

  public static final Schema EVENTS =
      schema(
          "event_id:s event_name:s event_type:s event_url:s locale:s is_test:b info:s please_note:s"
              + " event_date:s event_local_time:s event_datetime_utc:t event_timezone:s date_tba:b"
              + " time_tba:b no_specific_time:b status_code:s sales_public_start_utc:t"
              + " sales_public_end_utc:t classification_id:s primary_venue_id:s"
              + " headliner_attraction_id:s price_min:d price_max:d price_currency:s");
  public static final Schema VENUES =
      schema(
          "venue_id:s venue_name:s venue_type:s locale:s postal_code:s timezone:s city:s state:s"
              + " state_code:s country:s country_code:s address_line1:s address_line2:s latitude:d"
              + " longitude:d venue_url:s");
  public static final Schema ATTRACTIONS =
      schema(
          "attraction_id:s attraction_name:s attraction_type:s attraction_url:s locale:s is_test:b"
              + " classification_id:s");
  public static final Schema CLASSIFICATIONS =
      schema(
          "classification_id:s segment_id:s segment_name:s genre_id:s genre_name:s subgenre_id:s"
              + " subgenre_name:s type_id:s type_name:s subtype_id:s subtype_name:s is_family:b");
  public static final Schema MARKETS = schema("market_id:s market_name:s");
  public static final Schema VENUE_MARKETS = schema("venue_id:s market_id:s");
  public static final Schema EVENT_VENUES = schema("event_id:s venue_id:s venue_order:i");
  public static final Schema EVENT_ATTRACTIONS =
      schema("event_id:s attraction_id:s billing_order:i");

  private SilverFixtures() {}

  private static Schema schema(String spec) {
    Schema.Builder b = Schema.builder();
    for (String col : spec.trim().split("\\s+")) {
      String[] p = col.split(":");
      FieldType t;
      switch (p[1]) {
        case "s":
          t = FieldType.STRING;
          break;
        case "b":
          t = FieldType.BOOLEAN;
          break;
        case "d":
          t = FieldType.DOUBLE;
          break;
        case "i":
          t = FieldType.INT32;
          break;
        case "t":
          t = FieldType.DATETIME;
          break;
        default:
          throw new IllegalArgumentException(col);
      }
      b.addNullableField(p[0], t);
    }
    for (String l : LINEAGE) {
      b.addNullableField(l, FieldType.STRING);
    }
    b.addNullableField("_ingestion_timestamp", FieldType.DATETIME);
    return b.build();
  }

  /** A fluent row of one silver table; unset columns are null. */
  public static final class RowBuilder {
    private final Schema schema;
    private final Map<String, Object> values = new HashMap<>();

    RowBuilder(Schema schema) {
      this.schema = schema;
      values.put("_source_file", "fixture.json");
      values.put("_run_id", "silver-run");
    }

    public RowBuilder with(String column, Object value) {
      if (!schema.hasField(column)) {
        throw new IllegalArgumentException("no column " + column);
      }
      values.put(
          column,
          value instanceof String
                  && schema.getField(column).getType().getTypeName() == Schema.TypeName.DATETIME
              ? Instant.parse((String) value)
              : value);
      return this;
    }

    public Row build() {
      List<Object> list = new ArrayList<>();
      for (String f : schema.getFieldNames()) {
        list.add(values.get(f));
      }
      return Row.withSchema(schema).addValues(list).build();
    }
  }

  public static RowBuilder event(String id) {
    return new RowBuilder(EVENTS).with("event_id", id).with("is_test", false);
  }

  public static RowBuilder venue(String id, String name) {
    return new RowBuilder(VENUES).with("venue_id", id).with("venue_name", name);
  }

  public static RowBuilder attraction(String id, String name) {
    return new RowBuilder(ATTRACTIONS).with("attraction_id", id).with("attraction_name", name);
  }

  public static Row classification(String id, String segment, String genre, String subgenre) {
    return new RowBuilder(CLASSIFICATIONS)
        .with("classification_id", id)
        .with("segment_id", "seg-" + segment)
        .with("segment_name", segment)
        .with("genre_id", "gen-" + genre)
        .with("genre_name", genre)
        .with("subgenre_id", "sub-" + subgenre)
        .with("subgenre_name", subgenre)
        .build();
  }

  public static Row market(String id, String name) {
    return new RowBuilder(MARKETS).with("market_id", id).with("market_name", name).build();
  }

  public static Row venueMarket(String venueId, String marketId) {
    return new RowBuilder(VENUE_MARKETS)
        .with("venue_id", venueId)
        .with("market_id", marketId)
        .build();
  }

  public static Row eventVenue(String eventId, String venueId, int order) {
    return new RowBuilder(EVENT_VENUES)
        .with("event_id", eventId)
        .with("venue_id", venueId)
        .with("venue_order", order)
        .build();
  }

  public static Row eventAttraction(String eventId, String attractionId, int billingOrder) {
    return new RowBuilder(EVENT_ATTRACTIONS)
        .with("event_id", eventId)
        .with("attraction_id", attractionId)
        .with("billing_order", billingOrder)
        .build();
  }

  /** One snapshot of the silver tables. */
  public static final class Silver {
    public final List<Row> events = new ArrayList<>();
    public final List<Row> venues = new ArrayList<>();
    public final List<Row> attractions = new ArrayList<>();
    public final List<Row> classifications = new ArrayList<>();
    public final List<Row> markets = new ArrayList<>();
    public final List<Row> venueMarkets = new ArrayList<>();
    public final List<Row> eventVenues = new ArrayList<>();
    public final List<Row> eventAttractions = new ArrayList<>();

    public Silver copy() {
      Silver s = new Silver();
      s.events.addAll(events);
      s.venues.addAll(venues);
      s.attractions.addAll(attractions);
      s.classifications.addAll(classifications);
      s.markets.addAll(markets);
      s.venueMarkets.addAll(venueMarkets);
      s.eventVenues.addAll(eventVenues);
      s.eventAttractions.addAll(eventAttractions);
      return s;
    }

    public SilverInputs inputs(Pipeline p) {
      return inputs(p, "");
    }

    /** The tables as PCollections of {@code p}; {@code prefix} keeps step names unique. */
    public SilverInputs inputs(Pipeline p, String prefix) {
      return SilverInputs.builder()
          .events(create(p, prefix + "Events", events, EVENTS))
          .venues(create(p, prefix + "Venues", venues, VENUES))
          .attractions(create(p, prefix + "Attractions", attractions, ATTRACTIONS))
          .classifications(create(p, prefix + "Classifications", classifications, CLASSIFICATIONS))
          .markets(create(p, prefix + "Markets", markets, MARKETS))
          .venueMarkets(create(p, prefix + "VenueMarkets", venueMarkets, VENUE_MARKETS))
          .eventVenues(create(p, prefix + "EventVenues", eventVenues, EVENT_VENUES))
          .eventAttractions(
              create(p, prefix + "EventAttractions", eventAttractions, EVENT_ATTRACTIONS))
          .build();
    }

    private static PCollection<Row> create(Pipeline p, String name, List<Row> rows, Schema schema) {
      return p.apply("CreateSilver" + name, Create.of(rows).withRowSchema(schema));
    }
  }
}
