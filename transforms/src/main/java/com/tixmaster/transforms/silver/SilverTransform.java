package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.silver.AccountingRow;
import com.tixmaster.schemas.silver.RejectedRow;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * The silver stage: new bronze records + the current silver state → the new silver state, this
 * run's rejections and its accounting. Deterministic: the same inputs in any order give the same
 * outputs.
 *
 * <p>Wiring: route the records by entity; the events family parses events once and hands the
 * venues, markets, attractions and classifications embedded in them to the other families; each
 * family dedups its observations together with its current rows (newest wins), children follow
 * their parent's winner; rejections are collected, and partial tallies summed into {@code
 * _accounting}.
 */
public final class SilverTransform extends PTransform<SilverInput, SilverOutput> {
  private static final long serialVersionUID = 1L;
  private final SilverConfig config;

  private SilverTransform(SilverConfig config) {
    this.config = config;
  }

  public static SilverTransform of(SilverConfig config) {
    return new SilverTransform(config);
  }

  @Override
  public SilverOutput expand(SilverInput input) {
    PCollectionTuple routed =
        input.newRecords().apply("RouteRecordsByEntity", RouteByEntityFn.parDo(config));

    PCollectionTuple events =
        Tuples.of(SilverTags.RECORDS, routed.get(RouteByEntityFn.EVENT_RECORDS))
            .and(SilverTags.CURRENT_EVENTS, input.currentEvents())
            .and(SilverTags.CURRENT_PRICE_RANGES, input.currentEventPriceRanges())
            .and(SilverTags.CURRENT_EVENT_VENUES, input.currentEventVenues())
            .and(SilverTags.CURRENT_EVENT_ATTRACTIONS, input.currentEventAttractions())
            .build()
            .apply("ProcessEvents", new EventsTransform(config));

    PCollectionTuple venues =
        Tuples.of(SilverTags.RECORDS, routed.get(RouteByEntityFn.VENUE_RECORDS))
            .and(SilverTags.VENUES, events.get(SilverTags.VENUES))
            .and(SilverTags.MARKETS, events.get(SilverTags.MARKETS))
            .and(SilverTags.VENUE_MARKETS, events.get(SilverTags.VENUE_MARKETS))
            .and(SilverTags.CURRENT_VENUES, input.currentVenues())
            .and(SilverTags.CURRENT_MARKETS, input.currentMarkets())
            .and(SilverTags.CURRENT_VENUE_MARKETS, input.currentVenueMarkets())
            .build()
            .apply("ProcessVenues", new VenuesTransform(config));

    PCollectionTuple attractions =
        Tuples.of(SilverTags.RECORDS, routed.get(RouteByEntityFn.ATTRACTION_RECORDS))
            .and(SilverTags.ATTRACTIONS, events.get(SilverTags.ATTRACTIONS))
            .and(SilverTags.CURRENT_ATTRACTIONS, input.currentAttractions())
            .build()
            .apply("ProcessAttractions", new AttractionsTransform(config));

    PCollectionTuple classifications =
        Tuples.of(SilverTags.RECORDS, routed.get(RouteByEntityFn.CLASSIFICATION_RECORDS))
            .and(
                SilverTags.CLASSIFICATIONS,
                SilverInputs.union(
                    "CollectEmbeddedClassifications",
                    events.get(SilverTags.CLASSIFICATIONS),
                    attractions.get(SilverTags.CLASSIFICATIONS)))
            .and(SilverTags.CURRENT_CLASSIFICATIONS, input.currentClassifications())
            .build()
            .apply("ProcessClassifications", new ClassificationsTransform(config));

    PCollection<RejectedRow> rejected =
        PCollectionList.of(routed.get(SilverTags.REJECTED))
            .and(events.get(SilverTags.REJECTED))
            .and(venues.get(SilverTags.REJECTED))
            .and(attractions.get(SilverTags.REJECTED))
            .and(classifications.get(SilverTags.REJECTED))
            .apply("CollectRejections", Flatten.pCollections());

    PCollection<AccountingRow> accounting =
        PCollectionList.of(events.get(SilverTags.ACCOUNTING))
            .and(venues.get(SilverTags.ACCOUNTING))
            .and(attractions.get(SilverTags.ACCOUNTING))
            .and(classifications.get(SilverTags.ACCOUNTING))
            .apply("CollectTallies", Flatten.pCollections())
            .apply("SumAccounting", new SumAccounting(config));

    return new SilverOutput(
        input.getPipeline(),
        events.get(SilverTags.EVENTS),
        events.get(SilverTags.PRICE_RANGES),
        events.get(SilverTags.EVENT_VENUES),
        events.get(SilverTags.EVENT_ATTRACTIONS),
        venues.get(SilverTags.VENUES),
        venues.get(SilverTags.MARKETS),
        venues.get(SilverTags.VENUE_MARKETS),
        attractions.get(SilverTags.ATTRACTIONS),
        classifications.get(SilverTags.CLASSIFICATIONS),
        rejected,
        accounting);
  }
}
