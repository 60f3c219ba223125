package com.tixmaster.transforms.gold;

import com.tixmaster.schemas.gold.BridgeEventAttraction;
import com.tixmaster.schemas.gold.DimAttraction;
import com.tixmaster.schemas.gold.DimClassification;
import com.tixmaster.schemas.gold.DimDate;
import com.tixmaster.schemas.gold.DimMarket;
import com.tixmaster.schemas.gold.DimVenue;
import com.tixmaster.schemas.gold.FactEvent;
import org.apache.beam.sdk.schemas.transforms.Convert;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * The gold stage's star schema: from this run's silver tables and the previous gold tables to the
 * complete new dim_date, dim_venue (SCD2), dim_attraction (SCD2), dim_classification (type 1),
 * dim_market (type 1), fact_events (upserted) and bridge_event_attraction.
 *
 * <p>Surrogate keys are stable: an existing member keeps its key forever, a new member or version
 * gets the next key above every key already given (see {@link AssignSurrogateKeys}). Re-running the
 * same silver against the gold it produced changes nothing. Facts resolve each foreign key to the
 * member's current version at this load, or -1 when it is unknown.
 */
public final class GoldTransform extends PTransform<GoldInput, GoldOutput> {
  private final GoldConfig config;

  private GoldTransform(GoldConfig config) {
    this.config = config;
  }

  public static GoldTransform of(GoldConfig config) {
    return new GoldTransform(config);
  }

  @Override
  public GoldOutput expand(GoldInput in) {
    SilverInputs silver = in.silver();
    DimensionSpec venue = Dimensions.venue();
    DimensionSpec attraction = Dimensions.attraction();
    DimensionSpec classification = Dimensions.classification();
    DimensionSpec market = Dimensions.market();

    PCollection<Row> dimVenue =
        DimensionMerge.inputs(
                silver.venues(),
                in.previousDimVenue().apply("ReadPreviousDimVenue", Convert.toRows()))
            .apply("BuildDimVenue", DimensionMerge.of(venue, config));
    PCollection<Row> dimAttraction =
        DimensionMerge.inputs(
                silver.apply("StageAttractions", new StageAttractions()),
                in.previousDimAttraction().apply("ReadPreviousDimAttraction", Convert.toRows()))
            .apply("BuildDimAttraction", DimensionMerge.of(attraction, config));
    PCollection<Row> dimClassification =
        DimensionMerge.inputs(
                silver.classifications(),
                in.previousDimClassification()
                    .apply("ReadPreviousDimClassification", Convert.toRows()))
            .apply("BuildDimClassification", DimensionMerge.of(classification, config));
    PCollection<Row> dimMarket =
        DimensionMerge.inputs(
                silver.markets(),
                in.previousDimMarket().apply("ReadPreviousDimMarket", Convert.toRows()))
            .apply("BuildDimMarket", DimensionMerge.of(market, config));

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

    PCollection<FactDraft> drafts = silver.apply("BuildFactDrafts", new BuildFactDrafts(config));
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
    PCollection<FactEvent> facts =
        UpsertFacts.inputs(newFacts, in.previousFactEvents())
            .apply("AssignEventKeys", new UpsertFacts());

    PCollection<BridgeEventAttraction> bridge =
        BuildBridge.inputs(
                silver.eventAttractions(),
                silver.events(),
                attractionKeys,
                facts,
                in.previousBridgeEventAttraction())
            .apply("BuildBridge", new BuildBridge());
    PCollection<DimDate> dimDate = facts.apply("BuildDimDate", new BuildDimDate());

    return new GoldOutput(
        dimDate,
        dimVenue.apply("TypeDimVenue", Convert.fromRows(DimVenue.class)),
        dimAttraction.apply("TypeDimAttraction", Convert.fromRows(DimAttraction.class)),
        dimClassification.apply("TypeDimClassification", Convert.fromRows(DimClassification.class)),
        dimMarket.apply("TypeDimMarket", Convert.fromRows(DimMarket.class)),
        facts,
        bridge);
  }
}
