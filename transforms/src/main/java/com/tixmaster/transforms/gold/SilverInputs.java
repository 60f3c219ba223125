package com.tixmaster.transforms.gold;

import java.util.LinkedHashMap;
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
    map.put(new TupleTag<Row>("silver.events"), events);
    map.put(new TupleTag<Row>("silver.venues"), venues);
    map.put(new TupleTag<Row>("silver.attractions"), attractions);
    map.put(new TupleTag<Row>("silver.classifications"), classifications);
    map.put(new TupleTag<Row>("silver.markets"), markets);
    map.put(new TupleTag<Row>("silver.venue_markets"), venueMarkets);
    map.put(new TupleTag<Row>("silver.event_venues"), eventVenues);
    map.put(new TupleTag<Row>("silver.event_attractions"), eventAttractions);
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

    public SilverInputs build() {
      return new SilverInputs(this);
    }
  }
}
