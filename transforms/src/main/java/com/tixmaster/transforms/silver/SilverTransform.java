package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.schemas.silver.AccountingRow;
import com.tixmaster.schemas.silver.RejectedRow;
import com.tixmaster.transforms.io.SplitIntoRowGroupsFn;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;

/**
 * The silver stage: new bronze records + the current silver state → the new silver state, this
 * run's rejections and its accounting. Deterministic: the same inputs in any order give the same
 * outputs.
 *
 * <p>Wiring: read bronze's raw Parquet files row group by row group and parse every record once,
 * whatever its entity, into all the observations it yields ({@code ReadAndParseRecords}, so that
 * raw payloads never form a collection), with the observations pre-merged per bundle; each family
 * dedups its observations together with its current rows (newest wins), children follow their
 * parent's winner; rejections are collected, and partial tallies summed into {@code _accounting}.
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
    PCollectionTuple parsed =
        input
            .newRecordFiles()
            .apply("SplitIntoRowGroups", ParDo.of(new SplitIntoRowGroupsFn()))
            .apply("SpreadRowGroups", Reshuffle.viaRandomKey())
            .apply("ReadAndParseRecords", new ReadAndParseRowGroups(toRawRecord(input), config));

    PCollectionTuple events =
        Tuples.of(SilverTags.EVENTS, parsed.get(SilverTags.EVENTS))
            .and(SilverTags.PRICE_RANGES, parsed.get(SilverTags.PRICE_RANGES))
            .and(SilverTags.EVENT_VENUES, parsed.get(SilverTags.EVENT_VENUES))
            .and(SilverTags.EVENT_ATTRACTIONS, parsed.get(SilverTags.EVENT_ATTRACTIONS))
            .and(SilverTags.CURRENT_EVENTS, input.currentEvents())
            .and(SilverTags.CURRENT_PRICE_RANGES, input.currentEventPriceRanges())
            .and(SilverTags.CURRENT_EVENT_VENUES, input.currentEventVenues())
            .and(SilverTags.CURRENT_EVENT_ATTRACTIONS, input.currentEventAttractions())
            .build()
            .apply("ProcessEvents", new EventsTransform(config));

    PCollectionTuple venues =
        Tuples.of(SilverTags.VENUES, parsed.get(SilverTags.VENUES))
            .and(SilverTags.MARKETS, parsed.get(SilverTags.MARKETS))
            .and(SilverTags.VENUE_MARKETS, parsed.get(SilverTags.VENUE_MARKETS))
            .and(SilverTags.CURRENT_VENUES, input.currentVenues())
            .and(SilverTags.CURRENT_MARKETS, input.currentMarkets())
            .and(SilverTags.CURRENT_VENUE_MARKETS, input.currentVenueMarkets())
            .build()
            .apply("ProcessVenues", new VenuesTransform(config));

    PCollectionTuple attractions =
        Tuples.of(SilverTags.ATTRACTIONS, parsed.get(SilverTags.ATTRACTIONS))
            .and(SilverTags.CURRENT_ATTRACTIONS, input.currentAttractions())
            .build()
            .apply("ProcessAttractions", SingleTableFamily.attractions(config));

    PCollectionTuple classifications =
        Tuples.of(SilverTags.CLASSIFICATIONS, parsed.get(SilverTags.CLASSIFICATIONS))
            .and(SilverTags.CURRENT_CLASSIFICATIONS, input.currentClassifications())
            .build()
            .apply("ProcessClassifications", SingleTableFamily.classifications(config));

    PCollection<RejectedRow> rejected = parsed.get(SilverTags.REJECTED);

    PCollection<AccountingRow> accounting =
        PCollectionList.of(parsed.get(SilverTags.ACCOUNTING))
            .and(SilverInputs.tallyRejections("TallyRejections", rejected, config))
            .and(events.get(SilverTags.ACCOUNTING))
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

  private static SerializableFunction<Row, RawRecord> toRawRecord(SilverInput input) {
    try {
      return input.getPipeline().getSchemaRegistry().getFromRowFunction(RawRecord.class);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException("no schema for RawRecord", e);
    }
  }
}
