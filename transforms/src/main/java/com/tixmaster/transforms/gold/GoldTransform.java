package com.tixmaster.transforms.gold;

import com.tixmaster.schemas.gold.DimAttraction;
import com.tixmaster.schemas.gold.DimClassification;
import com.tixmaster.schemas.gold.DimDate;
import com.tixmaster.schemas.gold.DimMarket;
import com.tixmaster.schemas.gold.DimVenue;
import com.tixmaster.schemas.gold.FactEvent;
import com.tixmaster.schemas.gold.GoldRejectedRow;
import org.apache.beam.sdk.schemas.transforms.Convert;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * The gold stage's star schema: from this run's silver tables and the previous gold tables to the
 * complete new dim_date, dim_venue (SCD2), dim_attraction (SCD2), dim_classification (type 1),
 * dim_market (type 1), fact_events (upserted) and bridge_event_attraction, and the rows it
 * rejected.
 *
 * <p>Surrogate keys are stable: an existing member keeps its key forever, a new member or version
 * gets the next key above every key already given (see {@link AssignSurrogateKeys}). Re-running the
 * same silver against the gold it produced changes nothing. Facts resolve each foreign key to the
 * member's current version at this load, or -1 when it is unknown.
 *
 * <p>Nothing vanishes: a silver row without its key, a dimension row with the reserved key -1, the
 * extra rows of a duplicated key, a link to an event silver does not hold, and a bridge link that
 * collides with another go to {@link GoldOutput#rejected()}, each once, with a {@link GoldReasons}
 * code and the row itself.
 */
public final class GoldTransform extends PTransform<GoldInput, GoldOutput> {
  /** The stage name on this stage's dead letters and counters. */
  public static final String STAGE = "gold";

  private final GoldConfig config;

  private GoldTransform(GoldConfig config) {
    this.config = config;
  }

  public static GoldTransform of(GoldConfig config) {
    return new GoldTransform(config);
  }

  @Override
  public GoldOutput expand(GoldInput in) {
    DeadLetters letters = DeadLetters.of(STAGE, config.runId());
    KeyedSilver keyed =
        in.silver()
            .apply(
                "RejectRowsWithoutKeys",
                RejectRowsWithoutKeys.in(SilverInputs.NATURAL_KEYS.keySet(), letters));
    SilverInputs silver = keyed.silver();
    DimensionSpec venue = Dimensions.venue();
    DimensionSpec attraction = Dimensions.attraction();
    DimensionSpec classification = Dimensions.classification();
    DimensionSpec market = Dimensions.market();

    PCollectionTuple venues =
        DimensionMerge.inputs(
                silver.venues(),
                in.previousDimVenue().apply("ReadPreviousDimVenue", Convert.toRows()))
            .apply("BuildDimVenue", DimensionMerge.of(venue, config, letters, "silver.venues"));
    PCollectionTuple attractions =
        DimensionMerge.inputs(
                silver.apply("StageAttractions", new StageAttractions()),
                in.previousDimAttraction().apply("ReadPreviousDimAttraction", Convert.toRows()))
            .apply(
                "BuildDimAttraction",
                DimensionMerge.of(attraction, config, letters, "silver.attractions"));
    PCollectionTuple classifications =
        DimensionMerge.inputs(
                silver.classifications(),
                in.previousDimClassification()
                    .apply("ReadPreviousDimClassification", Convert.toRows()))
            .apply(
                "BuildDimClassification",
                DimensionMerge.of(classification, config, letters, "silver.classifications"));
    PCollectionTuple markets =
        DimensionMerge.inputs(
                silver.markets(),
                in.previousDimMarket().apply("ReadPreviousDimMarket", Convert.toRows()))
            .apply("BuildDimMarket", DimensionMerge.of(market, config, letters, "silver.markets"));
    PCollection<Row> dimVenue = venues.get(DimensionMerge.MERGED);
    PCollection<Row> dimAttraction = attractions.get(DimensionMerge.MERGED);
    PCollection<Row> dimClassification = classifications.get(DimensionMerge.MERGED);
    PCollection<Row> dimMarket = markets.get(DimensionMerge.MERGED);

    PCollection<KV<String, Long>> venueKeys =
        dimVenue.apply("ReadCurrentVenueKeys", CurrentKeys.of(venue));
    PCollection<KV<String, Long>> attractionKeys =
        dimAttraction.apply("ReadCurrentAttractionKeys", CurrentKeys.of(attraction));
    PCollection<KV<String, Long>> classificationKeys =
        dimClassification.apply("ReadClassificationKeys", CurrentKeys.of(classification));
    PCollection<KV<String, Long>> venueMarketKeys =
        VenueMarketKeys.inputs(
                silver.venueMarkets(), dimMarket.apply("ReadMarketKeys", CurrentKeys.of(market)))
            .apply("FindVenueMarkets", new VenueMarketKeys());

    PCollectionTuple drafted =
        silver.apply("BuildFactDrafts", new BuildFactDrafts(config, letters));
    PCollection<FactDraft> drafts = drafted.get(BuildFactDrafts.DRAFTS);
    drafts =
        LookupKeys.resolve(
            "ResolveVenueKeys", drafts, venueKeys, FactDraft::getVenueId, FactDraft::withVenueSk);
    drafts =
        LookupKeys.resolve(
            "ResolveMarketKeys",
            drafts,
            venueMarketKeys,
            FactDraft::getVenueId,
            FactDraft::withMarketSk);
    drafts =
        LookupKeys.resolve(
            "ResolveAttractionKeys",
            drafts,
            attractionKeys,
            FactDraft::getHeadlinerAttractionId,
            FactDraft::withAttractionSk);
    drafts =
        LookupKeys.resolve(
            "ResolveClassificationKeys",
            drafts,
            classificationKeys,
            FactDraft::getClassificationId,
            FactDraft::withClassificationSk);
    PCollection<FactEvent> newFacts =
        drafts
            .apply(
                "ReadDraftFacts",
                MapElements.into(TypeDescriptor.of(FactEvent.class)).via(FactDraft::getFact))
            .setCoder(SchemaCoders.of(in.getPipeline(), FactEvent.class));
    PCollectionTuple upserted =
        UpsertFacts.inputs(newFacts, in.previousFactEvents())
            .apply("AssignEventKeys", new UpsertFacts(letters));
    PCollection<FactEvent> facts = upserted.get(UpsertFacts.FACTS);

    PCollectionTuple bridge =
        BuildBridge.inputs(
                silver.eventAttractions(),
                silver.events(),
                attractionKeys,
                facts,
                in.previousBridgeEventAttraction())
            .apply("BuildBridge", new BuildBridge(letters));
    PCollection<DimDate> dimDate = facts.apply("BuildDimDate", new BuildDimDate());

    PCollection<GoldRejectedRow> rejected =
        keyed
            .rejected()
            .and(venues.get(DimensionMerge.REJECTED))
            .and(attractions.get(DimensionMerge.REJECTED))
            .and(classifications.get(DimensionMerge.REJECTED))
            .and(markets.get(DimensionMerge.REJECTED))
            .and(drafted.get(BuildFactDrafts.REJECTED))
            .and(upserted.get(UpsertFacts.REJECTED))
            .and(bridge.get(BuildBridge.REJECTED))
            .apply("CollectDeadLetters", CollectDeadLetters.of(STAGE));

    return new GoldOutput(
        dimDate,
        dimVenue.apply("TypeDimVenue", Convert.fromRows(DimVenue.class)),
        dimAttraction.apply("TypeDimAttraction", Convert.fromRows(DimAttraction.class)),
        dimClassification.apply("TypeDimClassification", Convert.fromRows(DimClassification.class)),
        dimMarket.apply("TypeDimMarket", Convert.fromRows(DimMarket.class)),
        facts,
        bridge.get(BuildBridge.BRIDGE),
        rejected);
  }
}
