package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.silver.AccountingRow;
import com.tixmaster.schemas.silver.AttractionRow;
import com.tixmaster.schemas.silver.ClassificationRow;
import com.tixmaster.schemas.silver.EventAttractionRow;
import com.tixmaster.schemas.silver.EventPriceRangeRow;
import com.tixmaster.schemas.silver.EventRow;
import com.tixmaster.schemas.silver.EventVenueRow;
import com.tixmaster.schemas.silver.MarketRow;
import com.tixmaster.schemas.silver.RejectedRow;
import com.tixmaster.schemas.silver.SilverTables;
import com.tixmaster.schemas.silver.VenueMarketRow;
import com.tixmaster.schemas.silver.VenueRow;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PInput;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;

/**
 * The output of {@link SilverTransform}: the complete new state of every silver state table (to
 * REPLACE the old), this run's {@code _rejected} rows and its {@code _accounting} rows (to APPEND).
 * {@link #tables()} maps each {@link SilverTables} spec to its collection.
 */
public final class SilverOutput implements POutput {
  private final Pipeline pipeline;
  private final PCollection<EventRow> events;
  private final PCollection<EventPriceRangeRow> eventPriceRanges;
  private final PCollection<EventVenueRow> eventVenues;
  private final PCollection<EventAttractionRow> eventAttractions;
  private final PCollection<VenueRow> venues;
  private final PCollection<MarketRow> markets;
  private final PCollection<VenueMarketRow> venueMarkets;
  private final PCollection<AttractionRow> attractions;
  private final PCollection<ClassificationRow> classifications;
  private final PCollection<RejectedRow> rejected;
  private final PCollection<AccountingRow> accounting;

  SilverOutput(
      Pipeline pipeline,
      PCollection<EventRow> events,
      PCollection<EventPriceRangeRow> eventPriceRanges,
      PCollection<EventVenueRow> eventVenues,
      PCollection<EventAttractionRow> eventAttractions,
      PCollection<VenueRow> venues,
      PCollection<MarketRow> markets,
      PCollection<VenueMarketRow> venueMarkets,
      PCollection<AttractionRow> attractions,
      PCollection<ClassificationRow> classifications,
      PCollection<RejectedRow> rejected,
      PCollection<AccountingRow> accounting) {
    this.pipeline = pipeline;
    this.events = events;
    this.eventPriceRanges = eventPriceRanges;
    this.eventVenues = eventVenues;
    this.eventAttractions = eventAttractions;
    this.venues = venues;
    this.markets = markets;
    this.venueMarkets = venueMarkets;
    this.attractions = attractions;
    this.classifications = classifications;
    this.rejected = rejected;
    this.accounting = accounting;
  }

  public PCollection<EventRow> events() {
    return events;
  }

  public PCollection<EventPriceRangeRow> eventPriceRanges() {
    return eventPriceRanges;
  }

  public PCollection<EventVenueRow> eventVenues() {
    return eventVenues;
  }

  public PCollection<EventAttractionRow> eventAttractions() {
    return eventAttractions;
  }

  public PCollection<VenueRow> venues() {
    return venues;
  }

  public PCollection<MarketRow> markets() {
    return markets;
  }

  public PCollection<VenueMarketRow> venueMarkets() {
    return venueMarkets;
  }

  public PCollection<AttractionRow> attractions() {
    return attractions;
  }

  public PCollection<ClassificationRow> classifications() {
    return classifications;
  }

  /** This run's rejections (APPEND to {@code silver._rejected}). */
  public PCollection<RejectedRow> rejected() {
    return rejected;
  }

  /** This run's accounting, one row per entity (APPEND to {@code silver._accounting}). */
  public PCollection<AccountingRow> accounting() {
    return accounting;
  }

  /** Every silver table's collection, in {@link SilverTables#ALL} order. */
  public Map<TableSpec, PCollection<?>> tables() {
    Map<TableSpec, PCollection<?>> map = new LinkedHashMap<>();
    map.put(SilverTables.EVENTS, events);
    map.put(SilverTables.EVENT_PRICE_RANGES, eventPriceRanges);
    map.put(SilverTables.VENUES, venues);
    map.put(SilverTables.MARKETS, markets);
    map.put(SilverTables.VENUE_MARKETS, venueMarkets);
    map.put(SilverTables.ATTRACTIONS, attractions);
    map.put(SilverTables.CLASSIFICATIONS, classifications);
    map.put(SilverTables.EVENT_VENUES, eventVenues);
    map.put(SilverTables.EVENT_ATTRACTIONS, eventAttractions);
    map.put(SilverTables.REJECTED, rejected);
    map.put(SilverTables.ACCOUNTING, accounting);
    return map;
  }

  @Override
  public Pipeline getPipeline() {
    return pipeline;
  }

  @Override
  public Map<TupleTag<?>, PValue> expand() {
    Map<TupleTag<?>, PValue> map = new LinkedHashMap<>();
    map.put(SilverTags.EVENTS, events);
    map.put(SilverTags.PRICE_RANGES, eventPriceRanges);
    map.put(SilverTags.EVENT_VENUES, eventVenues);
    map.put(SilverTags.EVENT_ATTRACTIONS, eventAttractions);
    map.put(SilverTags.VENUES, venues);
    map.put(SilverTags.MARKETS, markets);
    map.put(SilverTags.VENUE_MARKETS, venueMarkets);
    map.put(SilverTags.ATTRACTIONS, attractions);
    map.put(SilverTags.CLASSIFICATIONS, classifications);
    map.put(SilverTags.REJECTED, rejected);
    map.put(SilverTags.ACCOUNTING, accounting);
    return map;
  }

  @Override
  public void finishSpecifyingOutput(
      String transformName, PInput input, PTransform<?, ?> transform) {}
}
