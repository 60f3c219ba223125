package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.silver.AccountingRow;
import com.tixmaster.schemas.silver.AttractionRow;
import com.tixmaster.schemas.silver.ClassificationRow;
import com.tixmaster.schemas.silver.EventAttractionRow;
import com.tixmaster.schemas.silver.EventPriceRangeRow;
import com.tixmaster.schemas.silver.EventRow;
import com.tixmaster.schemas.silver.EventVenueRow;
import com.tixmaster.schemas.silver.MarketRow;
import com.tixmaster.schemas.silver.RejectedRow;
import com.tixmaster.schemas.silver.VenueMarketRow;
import com.tixmaster.schemas.silver.VenueRow;
import org.apache.beam.sdk.values.TupleTag;

/**
 * The one tag vocabulary of silver's {@code PCollectionTuple}s (the parse step's outputs, the
 * family composites' inputs and outputs). A row-type tag ({@link #EVENTS}, {@link #VENUES}, ...)
 * names rows of that type: new observations on the way in, the new state on the way out. {@code
 * CURRENT_*} tags name the current state going in. {@link #ACCOUNTING} carries partial accounting
 * rows (tallies) until the top-level composite sums them.
 */
public final class SilverTags {
  public static final TupleTag<EventRow> EVENTS = new TupleTag<EventRow>("events") {};
  public static final TupleTag<EventPriceRangeRow> PRICE_RANGES =
      new TupleTag<EventPriceRangeRow>("event_price_ranges") {};
  public static final TupleTag<EventVenueRow> EVENT_VENUES =
      new TupleTag<EventVenueRow>("event_venues") {};
  public static final TupleTag<EventAttractionRow> EVENT_ATTRACTIONS =
      new TupleTag<EventAttractionRow>("event_attractions") {};
  public static final TupleTag<VenueRow> VENUES = new TupleTag<VenueRow>("venues") {};
  public static final TupleTag<MarketRow> MARKETS = new TupleTag<MarketRow>("markets") {};
  public static final TupleTag<VenueMarketRow> VENUE_MARKETS =
      new TupleTag<VenueMarketRow>("venue_markets") {};
  public static final TupleTag<AttractionRow> ATTRACTIONS =
      new TupleTag<AttractionRow>("attractions") {};
  public static final TupleTag<ClassificationRow> CLASSIFICATIONS =
      new TupleTag<ClassificationRow>("classifications") {};
  public static final TupleTag<RejectedRow> REJECTED = new TupleTag<RejectedRow>("_rejected") {};
  public static final TupleTag<AccountingRow> ACCOUNTING =
      new TupleTag<AccountingRow>("_accounting") {};

  public static final TupleTag<EventRow> CURRENT_EVENTS =
      new TupleTag<EventRow>("current_events") {};
  public static final TupleTag<EventPriceRangeRow> CURRENT_PRICE_RANGES =
      new TupleTag<EventPriceRangeRow>("current_event_price_ranges") {};
  public static final TupleTag<EventVenueRow> CURRENT_EVENT_VENUES =
      new TupleTag<EventVenueRow>("current_event_venues") {};
  public static final TupleTag<EventAttractionRow> CURRENT_EVENT_ATTRACTIONS =
      new TupleTag<EventAttractionRow>("current_event_attractions") {};
  public static final TupleTag<VenueRow> CURRENT_VENUES =
      new TupleTag<VenueRow>("current_venues") {};
  public static final TupleTag<MarketRow> CURRENT_MARKETS =
      new TupleTag<MarketRow>("current_markets") {};
  public static final TupleTag<VenueMarketRow> CURRENT_VENUE_MARKETS =
      new TupleTag<VenueMarketRow>("current_venue_markets") {};
  public static final TupleTag<AttractionRow> CURRENT_ATTRACTIONS =
      new TupleTag<AttractionRow>("current_attractions") {};
  public static final TupleTag<ClassificationRow> CURRENT_CLASSIFICATIONS =
      new TupleTag<ClassificationRow>("current_classifications") {};

  private SilverTags() {}
}
