package com.tixmaster.transforms.silver;

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
 * The venues family: this run's venue observations (standalone records and the copies embedded in
 * events) with their markets and venue_markets + the current state → new {@code venues}, {@code
 * markets} and {@code venue_markets}. Markets come from every venue observation's {@code
 * markets[]}; a market's winner is the newest observation that has a name (older responses carry
 * none), else the newest. {@code venue_markets} follow the venue's winning observation.
 *
 * <p>Input tags: {@code VENUES}, {@code MARKETS}, {@code VENUE_MARKETS} (observations parsed
 * upstream by {@link SilverTransform}), {@code CURRENT_VENUES}, {@code CURRENT_MARKETS}, {@code
 * CURRENT_VENUE_MARKETS} (missing = empty). Output tags: {@code VENUES}, {@code MARKETS}, {@code
 * VENUE_MARKETS}, {@code ACCOUNTING}.
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
    MergeLatest<VenueRow> mergeVenues =
        MergeLatest.of(config, Tallies.VENUES, VenueRow::getVenueId);
    PCollectionTuple venues =
        mergeVenues.apply(
            "MergeCurrentVenues",
            SilverInputs.orEmpty(in, SilverTags.CURRENT_VENUES, VenueRow.class),
            in.get(SilverTags.VENUES));

    MergeLatest<MarketRow> mergeMarkets =
        MergeLatest.<MarketRow>of(config, Tallies.MARKETS, MarketRow::getMarketId)
            .preferring(NAMED_FIRST);
    PCollectionTuple markets =
        mergeMarkets.apply(
            "MergeCurrentMarkets",
            SilverInputs.orEmpty(in, SilverTags.CURRENT_MARKETS, MarketRow.class),
            in.get(SilverTags.MARKETS));

    PCollection<VenueMarketRow> venueMarkets =
        KeepWinningChildren.<VenueMarketRow>of(
                VenueMarketRow::getVenueId, VenueMarketRow::getMarketId)
            .apply(
                "KeepWinningVenueMarkets",
                venues.get(MergeLatest.WINNERS),
                SilverInputs.orEmpty(in, SilverTags.CURRENT_VENUE_MARKETS, VenueMarketRow.class),
                in.get(SilverTags.VENUE_MARKETS));

    PCollection<AccountingRow> tallies =
        PCollectionList.of(venues.get(SilverTags.ACCOUNTING))
            .and(markets.get(SilverTags.ACCOUNTING))
            .apply("CollectTallies", Flatten.pCollections());

    return PCollectionTuple.of(SilverTags.VENUES, venues.get(mergeVenues.mergedTag()))
        .and(SilverTags.MARKETS, markets.get(mergeMarkets.mergedTag()))
        .and(SilverTags.VENUE_MARKETS, venueMarkets)
        .and(SilverTags.ACCOUNTING, tallies);
  }
}
