package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.schemas.silver.AccountingRow;
import com.tixmaster.schemas.silver.EventAttractionRow;
import com.tixmaster.schemas.silver.EventPriceRangeRow;
import com.tixmaster.schemas.silver.EventRow;
import com.tixmaster.schemas.silver.EventVenueRow;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;

/**
 * The events family: bronze event records + the current events and their children → the new state
 * of {@code events}, {@code event_price_ranges}, {@code event_venues} and {@code
 * event_attractions}, plus the copies embedded in the events for the other families.
 *
 * <p>Input tags ({@link SilverTags}; a missing one counts as empty): {@code RECORDS} (event
 * records), {@code EVENTS}, {@code PRICE_RANGES}, {@code EVENT_VENUES}, {@code EVENT_ATTRACTIONS}
 * (observations parsed upstream, e.g. by {@link SilverTransform}), {@code CURRENT_EVENTS}, {@code
 * CURRENT_PRICE_RANGES}, {@code CURRENT_EVENT_VENUES}, {@code CURRENT_EVENT_ATTRACTIONS}.
 *
 * <p>Output tags: {@code EVENTS}, {@code PRICE_RANGES}, {@code EVENT_VENUES}, {@code
 * EVENT_ATTRACTIONS} (new state); {@code VENUES}, {@code MARKETS}, {@code VENUE_MARKETS}, {@code
 * ATTRACTIONS}, {@code CLASSIFICATIONS} (observations embedded in this run's events, for {@link
 * VenuesTransform}, {@link AttractionsTransform}, {@link ClassificationsTransform}); {@code
 * REJECTED} (this run's rejections, embedded copies included); {@code ACCOUNTING} (partial rows).
 */
public final class EventsTransform extends PTransform<PCollectionTuple, PCollectionTuple> {
  private static final long serialVersionUID = 1L;
  private final SilverConfig config;

  public EventsTransform(SilverConfig config) {
    this.config = config;
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple in) {
    PCollection<RawRecord> records = SilverInputs.orEmpty(in, SilverTags.RECORDS, RawRecord.class);
    PCollectionTuple parsed =
        records.apply("ParseEvents", ParseRecordsFn.parDo(ParseRecordsFn.Kind.EVENTS, config));

    MergeLatest<EventRow> mergeEvents =
        MergeLatest.of(config, Tallies.EVENTS, EventRow::getEventId);
    PCollectionTuple merged =
        mergeEvents.apply(
            "MergeCurrentEvents",
            SilverInputs.orEmpty(in, SilverTags.CURRENT_EVENTS, EventRow.class),
            observed(in, parsed, SilverTags.EVENTS, "CollectEventObservations"));
    PCollection<KV<String, String>> winners = merged.get(MergeLatest.WINNERS);

    PCollection<EventPriceRangeRow> priceRanges =
        KeepWinningChildren.<EventPriceRangeRow>of(
                EventPriceRangeRow::getEventId, r -> r.getPriceType() + "\u0000" + r.getCurrency())
            .apply(
                "KeepWinningPriceRanges",
                winners,
                SilverInputs.orEmpty(in, SilverTags.CURRENT_PRICE_RANGES, EventPriceRangeRow.class),
                observed(in, parsed, SilverTags.PRICE_RANGES, "CollectPriceRangeObservations"));
    PCollection<EventVenueRow> eventVenues =
        KeepWinningChildren.<EventVenueRow>of(EventVenueRow::getEventId, EventVenueRow::getVenueId)
            .apply(
                "KeepWinningEventVenues",
                winners,
                SilverInputs.orEmpty(in, SilverTags.CURRENT_EVENT_VENUES, EventVenueRow.class),
                observed(in, parsed, SilverTags.EVENT_VENUES, "CollectEventVenueObservations"));
    PCollection<EventAttractionRow> eventAttractions =
        KeepWinningChildren.<EventAttractionRow>of(
                EventAttractionRow::getEventId, EventAttractionRow::getAttractionId)
            .apply(
                "KeepWinningEventAttractions",
                winners,
                SilverInputs.orEmpty(
                    in, SilverTags.CURRENT_EVENT_ATTRACTIONS, EventAttractionRow.class),
                observed(
                    in,
                    parsed,
                    SilverTags.EVENT_ATTRACTIONS,
                    "CollectEventAttractionObservations"));

    PCollection<AccountingRow> tallies =
        PCollectionList.of(parsed.get(SilverTags.ACCOUNTING))
            .and(merged.get(SilverTags.ACCOUNTING))
            .and(
                SilverInputs.tallyRejections(
                    "TallyRejections", parsed.get(SilverTags.REJECTED), config))
            .apply("CollectTallies", Flatten.pCollections());

    return PCollectionTuple.of(SilverTags.EVENTS, merged.get(mergeEvents.mergedTag()))
        .and(SilverTags.PRICE_RANGES, priceRanges)
        .and(SilverTags.EVENT_VENUES, eventVenues)
        .and(SilverTags.EVENT_ATTRACTIONS, eventAttractions)
        .and(SilverTags.VENUES, parsed.get(SilverTags.VENUES))
        .and(SilverTags.MARKETS, parsed.get(SilverTags.MARKETS))
        .and(SilverTags.VENUE_MARKETS, parsed.get(SilverTags.VENUE_MARKETS))
        .and(SilverTags.ATTRACTIONS, parsed.get(SilverTags.ATTRACTIONS))
        .and(SilverTags.CLASSIFICATIONS, parsed.get(SilverTags.CLASSIFICATIONS))
        .and(SilverTags.REJECTED, parsed.get(SilverTags.REJECTED))
        .and(SilverTags.ACCOUNTING, tallies);
  }

  /** This family's own parse of {@code tag}, plus the observations handed in under it, if any. */
  private static <T> PCollection<T> observed(
      PCollectionTuple in, PCollectionTuple parsed, TupleTag<T> tag, String name) {
    if (!in.has(tag)) {
      return parsed.get(tag);
    }
    return SilverInputs.union(name, parsed.get(tag), in.get(tag));
  }
}
