package com.tixmaster.transforms.gold;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PInput;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;

/**
 * The silver tables gold reads, as schema'd {@code PCollection<Row>}s whose column names are those
 * of tables.md (silver section). Gold reads columns by name and ignores extra columns, so it does
 * not depend on silver's Java classes. Every table is required; pass an empty PCollection (with the
 * table's schema) for a table that has no rows.
 */
public final class SilverInputs implements PInput {
  /** Each table's natural key (tables.md), in the order of {@link #expand()}. */
  public static final Map<String, List<String>> NATURAL_KEYS = naturalKeys();

  private final PCollection<Row> events;
  private final PCollection<Row> venues;
  private final PCollection<Row> attractions;
  private final PCollection<Row> classifications;
  private final PCollection<Row> markets;
  private final PCollection<Row> venueMarkets;
  private final PCollection<Row> eventVenues;
  private final PCollection<Row> eventAttractions;

  private SilverInputs(Builder b) {
    this.events = Objects.requireNonNull(b.events, "events");
    this.venues = Objects.requireNonNull(b.venues, "venues");
    this.attractions = Objects.requireNonNull(b.attractions, "attractions");
    this.classifications = Objects.requireNonNull(b.classifications, "classifications");
    this.markets = Objects.requireNonNull(b.markets, "markets");
    this.venueMarkets = Objects.requireNonNull(b.venueMarkets, "venue_markets");
    this.eventVenues = Objects.requireNonNull(b.eventVenues, "event_venues");
    this.eventAttractions = Objects.requireNonNull(b.eventAttractions, "event_attractions");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** silver.events. */
  public PCollection<Row> events() {
    return events;
  }

  /** silver.venues. */
  public PCollection<Row> venues() {
    return venues;
  }

  /** silver.attractions. */
  public PCollection<Row> attractions() {
    return attractions;
  }

  /** silver.classifications. */
  public PCollection<Row> classifications() {
    return classifications;
  }

  /** silver.markets. */
  public PCollection<Row> markets() {
    return markets;
  }

  /** silver.venue_markets. */
  public PCollection<Row> venueMarkets() {
    return venueMarkets;
  }

  /** silver.event_venues. */
  public PCollection<Row> eventVenues() {
    return eventVenues;
  }

  /** silver.event_attractions. */
  public PCollection<Row> eventAttractions() {
    return eventAttractions;
  }

  /** The table called {@code name}, a key of {@link #NATURAL_KEYS} (e.g. {@code event_venues}). */
  public PCollection<Row> table(String name) {
    PCollection<Row> table = tables().get(name);
    if (table == null) {
      throw new IllegalArgumentException("Unknown silver table: " + name);
    }
    return table;
  }

  private Map<String, PCollection<Row>> tables() {
    Map<String, PCollection<Row>> map = new LinkedHashMap<>();
    map.put("events", events);
    map.put("venues", venues);
    map.put("attractions", attractions);
    map.put("classifications", classifications);
    map.put("markets", markets);
    map.put("venue_markets", venueMarkets);
    map.put("event_venues", eventVenues);
    map.put("event_attractions", eventAttractions);
    return map;
  }

  private static Map<String, List<String>> naturalKeys() {
    Map<String, List<String>> keys = new LinkedHashMap<>();
    keys.put("events", List.of("event_id"));
    keys.put("venues", List.of("venue_id"));
    keys.put("attractions", List.of("attraction_id"));
    keys.put("classifications", List.of("classification_id"));
    keys.put("markets", List.of("market_id"));
    keys.put("venue_markets", List.of("venue_id", "market_id"));
    keys.put("event_venues", List.of("event_id", "venue_id"));
    keys.put("event_attractions", List.of("event_id", "attraction_id"));
    return java.util.Collections.unmodifiableMap(keys);
  }

  /** Applies {@code transform} to these inputs. */
  public <OutputT extends POutput> OutputT apply(
      String name, PTransform<? super SilverInputs, OutputT> transform) {
    return Pipeline.applyTransform(name, this, transform);
  }

  @Override
  public Pipeline getPipeline() {
    return events.getPipeline();
  }

  @Override
  public Map<TupleTag<?>, PValue> expand() {
    Map<TupleTag<?>, PValue> map = new LinkedHashMap<>();
    tables().forEach((name, table) -> map.put(new TupleTag<Row>("silver." + name), table));
    return map;
  }

  /** Builder; every table is required. */
  public static final class Builder {
    private PCollection<Row> events;
    private PCollection<Row> venues;
    private PCollection<Row> attractions;
    private PCollection<Row> classifications;
    private PCollection<Row> markets;
    private PCollection<Row> venueMarkets;
    private PCollection<Row> eventVenues;
    private PCollection<Row> eventAttractions;

    private Builder() {}

    public Builder events(PCollection<Row> v) {
      this.events = v;
      return this;
    }

    public Builder venues(PCollection<Row> v) {
      this.venues = v;
      return this;
    }

    public Builder attractions(PCollection<Row> v) {
      this.attractions = v;
      return this;
    }

    public Builder classifications(PCollection<Row> v) {
      this.classifications = v;
      return this;
    }

    public Builder markets(PCollection<Row> v) {
      this.markets = v;
      return this;
    }

    public Builder venueMarkets(PCollection<Row> v) {
      this.venueMarkets = v;
      return this;
    }

    public Builder eventVenues(PCollection<Row> v) {
      this.eventVenues = v;
      return this;
    }

    public Builder eventAttractions(PCollection<Row> v) {
      this.eventAttractions = v;
      return this;
    }

    /** Sets the table called {@code name}, a key of {@link #NATURAL_KEYS}. */
    public Builder table(String name, PCollection<Row> v) {
      switch (name) {
        case "events" -> events = v;
        case "venues" -> venues = v;
        case "attractions" -> attractions = v;
        case "classifications" -> classifications = v;
        case "markets" -> markets = v;
        case "venue_markets" -> venueMarkets = v;
        case "event_venues" -> eventVenues = v;
        case "event_attractions" -> eventAttractions = v;
        default -> throw new IllegalArgumentException("Unknown silver table: " + name);
      }
      return this;
    }

    public SilverInputs build() {
      return new SilverInputs(this);
    }
  }
}
