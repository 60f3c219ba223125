package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.schemas.silver.AccountingRow;
import com.tixmaster.schemas.silver.MarketRow;
import com.tixmaster.schemas.silver.VenueMarketRow;
import com.tixmaster.schemas.silver.VenueRow;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableComparator;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * The venues family: bronze venue records + the venues embedded in this run's events + the current
 * state → new {@code venues}, {@code markets} and {@code venue_markets}. Markets come from every
 * venue observation's {@code markets[]}; a market's winner is the newest observation that has a
 * name (older responses carry none), else the newest. {@code venue_markets} follow the venue's
 * winning observation.
 *
 * <p>Input tags (missing = empty): {@code RECORDS} (venue records), {@code VENUES}, {@code
 * MARKETS}, {@code VENUE_MARKETS} (embedded observations from {@link EventsTransform}), {@code
 * CURRENT_VENUES}, {@code CURRENT_MARKETS}, {@code CURRENT_VENUE_MARKETS}. Output tags: {@code
 * VENUES}, {@code MARKETS}, {@code VENUE_MARKETS}, {@code REJECTED}, {@code ACCOUNTING}.
 */
public final class VenuesTransform extends PTransform<PCollectionTuple, PCollectionTuple> {
  private static final long serialVersionUID = 1L;
  private final SilverConfig config;

  public VenuesTransform(SilverConfig config) {
    this.config = config;
  }

  /** Markets with a name rank first. */
  static final SerializableComparator<MarketRow> NAMED_FIRST =
      (a, b) -> Boolean.compare(a.getMarketName() == null, b.getMarketName() == null);

  @Override
  public PCollectionTuple expand(PCollectionTuple in) {
    PCollectionTuple parsed =
        SilverInputs.orEmpty(in, SilverTags.RECORDS, RawRecord.class)
            .apply("ParseVenues", ParseRecordsFn.parDo(ParseRecordsFn.Kind.VENUES, config));

    PCollection<VenueRow> venueObservations =
        SilverInputs.union(
            "CollectVenueObservations",
            parsed.get(SilverTags.VENUES),
            SilverInputs.orEmpty(in, SilverTags.VENUES, VenueRow.class));
    MergeLatest<VenueRow> mergeVenues =
        MergeLatest.of(config, Tallies.VENUES, VenueRow::getVenueId);
    PCollectionTuple venues =
        mergeVenues.apply(
            "MergeCurrentVenues",
            SilverInputs.orEmpty(in, SilverTags.CURRENT_VENUES, VenueRow.class),
            venueObservations);

    PCollection<MarketRow> marketObservations =
        SilverInputs.union(
            "CollectMarketObservations",
            parsed.get(SilverTags.MARKETS),
            SilverInputs.orEmpty(in, SilverTags.MARKETS, MarketRow.class));
    MergeLatest<MarketRow> mergeMarkets =
        MergeLatest.<MarketRow>of(config, Tallies.MARKETS, MarketRow::getMarketId)
            .preferring(NAMED_FIRST);
    PCollectionTuple markets =
        mergeMarkets.apply(
            "MergeCurrentMarkets",
            SilverInputs.orEmpty(in, SilverTags.CURRENT_MARKETS, MarketRow.class),
            marketObservations);

    PCollection<VenueMarketRow> venueMarkets =
        KeepWinningChildren.<VenueMarketRow>of(
                VenueMarketRow::getVenueId, VenueMarketRow::getMarketId)
            .apply(
                "KeepWinningVenueMarkets",
                venues.get(MergeLatest.WINNERS),
                SilverInputs.orEmpty(in, SilverTags.CURRENT_VENUE_MARKETS, VenueMarketRow.class),
                SilverInputs.union(
                    "CollectVenueMarketObservations",
                    parsed.get(SilverTags.VENUE_MARKETS),
                    SilverInputs.orEmpty(in, SilverTags.VENUE_MARKETS, VenueMarketRow.class)));

    PCollection<AccountingRow> tallies =
        PCollectionList.of(parsed.get(SilverTags.ACCOUNTING))
            .and(venues.get(SilverTags.ACCOUNTING))
            .and(markets.get(SilverTags.ACCOUNTING))
            .and(
                SilverInputs.tallyRejections(
                    "TallyRejections", parsed.get(SilverTags.REJECTED), config))
            .apply("CollectTallies", Flatten.pCollections());

    return PCollectionTuple.of(SilverTags.VENUES, venues.get(mergeVenues.mergedTag()))
        .and(SilverTags.MARKETS, markets.get(mergeMarkets.mergedTag()))
        .and(SilverTags.VENUE_MARKETS, venueMarkets)
        .and(SilverTags.REJECTED, parsed.get(SilverTags.REJECTED))
        .and(SilverTags.ACCOUNTING, tallies);
  }
}
