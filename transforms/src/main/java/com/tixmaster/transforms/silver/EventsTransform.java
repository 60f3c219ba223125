package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.silver.EventAttractionRow;
import com.tixmaster.schemas.silver.EventPriceRangeRow;
import com.tixmaster.schemas.silver.EventRow;
import com.tixmaster.schemas.silver.EventVenueRow;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * The events family: this run's event observations and their children + the current events and
 * their children → the new state of {@code events}, {@code event_price_ranges}, {@code
 * event_venues} and {@code event_attractions}. Children follow their event's winner.
 *
 * <p>Input tags ({@link SilverTags}): {@code EVENTS}, {@code PRICE_RANGES}, {@code EVENT_VENUES},
 * {@code EVENT_ATTRACTIONS} (observations parsed upstream by {@link SilverTransform}), {@code
 * CURRENT_EVENTS}, {@code CURRENT_PRICE_RANGES}, {@code CURRENT_EVENT_VENUES}, {@code
 * CURRENT_EVENT_ATTRACTIONS} (a missing one counts as empty).
 *
 * <p>Output tags: {@code EVENTS}, {@code PRICE_RANGES}, {@code EVENT_VENUES}, {@code
 * EVENT_ATTRACTIONS} (new state); {@code ACCOUNTING} (partial rows).
 */
public final class EventsTransform extends PTransform<PCollectionTuple, PCollectionTuple> {
  private static final long serialVersionUID = 1L;
  private final SilverConfig config;

  public EventsTransform(SilverConfig config) {
    this.config = config;
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple in) {
    MergeLatest<EventRow> mergeEvents =
        MergeLatest.of(config, Tallies.EVENTS, EventRow::getEventId);
    PCollectionTuple merged =
        mergeEvents.apply(
            "MergeCurrentEvents",
            SilverInputs.orEmpty(in, SilverTags.CURRENT_EVENTS, EventRow.class),
            in.get(SilverTags.EVENTS));
    PCollection<KV<String, String>> winners = merged.get(MergeLatest.WINNERS);

    PCollection<EventPriceRangeRow> priceRanges =
        KeepWinningChildren.<EventPriceRangeRow>of(
                EventPriceRangeRow::getEventId, r -> r.getPriceType() + "\u0000" + r.getCurrency())
            .apply(
                "KeepWinningPriceRanges",
                winners,
                SilverInputs.orEmpty(in, SilverTags.CURRENT_PRICE_RANGES, EventPriceRangeRow.class),
                in.get(SilverTags.PRICE_RANGES));
    PCollection<EventVenueRow> eventVenues =
        KeepWinningChildren.<EventVenueRow>of(EventVenueRow::getEventId, EventVenueRow::getVenueId)
            .apply(
                "KeepWinningEventVenues",
                winners,
                SilverInputs.orEmpty(in, SilverTags.CURRENT_EVENT_VENUES, EventVenueRow.class),
                in.get(SilverTags.EVENT_VENUES));
    PCollection<EventAttractionRow> eventAttractions =
        KeepWinningChildren.<EventAttractionRow>of(
                EventAttractionRow::getEventId, EventAttractionRow::getAttractionId)
            .apply(
                "KeepWinningEventAttractions",
                winners,
                SilverInputs.orEmpty(
                    in, SilverTags.CURRENT_EVENT_ATTRACTIONS, EventAttractionRow.class),
                in.get(SilverTags.EVENT_ATTRACTIONS));

    return PCollectionTuple.of(SilverTags.EVENTS, merged.get(mergeEvents.mergedTag()))
        .and(SilverTags.PRICE_RANGES, priceRanges)
        .and(SilverTags.EVENT_VENUES, eventVenues)
        .and(SilverTags.EVENT_ATTRACTIONS, eventAttractions)
        .and(SilverTags.ACCOUNTING, merged.get(SilverTags.ACCOUNTING));
  }
}
