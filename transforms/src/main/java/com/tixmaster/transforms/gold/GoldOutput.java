package com.tixmaster.transforms.gold;

import com.tixmaster.schemas.gold.BridgeEventAttraction;
import com.tixmaster.schemas.gold.DimAttraction;
import com.tixmaster.schemas.gold.DimClassification;
import com.tixmaster.schemas.gold.DimDate;
import com.tixmaster.schemas.gold.DimMarket;
import com.tixmaster.schemas.gold.DimVenue;
import com.tixmaster.schemas.gold.FactEvent;
import com.tixmaster.schemas.gold.GoldRejectedRow;
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
 * The output of {@link GoldTransform}: the complete new state of every star-schema table, typed,
 * and the rows the stage rejected. Each table's PCollection is the whole table (write mode
 * REPLACE), not a delta; {@link #rejected()} holds this run's dead letters only.
 */
public final class GoldOutput implements POutput {
  private final PCollection<DimDate> dimDate;
  private final PCollection<DimVenue> dimVenue;
  private final PCollection<DimAttraction> dimAttraction;
  private final PCollection<DimClassification> dimClassification;
  private final PCollection<DimMarket> dimMarket;
  private final PCollection<FactEvent> factEvents;
  private final PCollection<BridgeEventAttraction> bridgeEventAttraction;
  private final PCollection<GoldRejectedRow> rejected;

  GoldOutput(
      PCollection<DimDate> dimDate,
      PCollection<DimVenue> dimVenue,
      PCollection<DimAttraction> dimAttraction,
      PCollection<DimClassification> dimClassification,
      PCollection<DimMarket> dimMarket,
      PCollection<FactEvent> factEvents,
      PCollection<BridgeEventAttraction> bridgeEventAttraction,
      PCollection<GoldRejectedRow> rejected) {
    this.dimDate = dimDate;
    this.dimVenue = dimVenue;
    this.dimAttraction = dimAttraction;
    this.dimClassification = dimClassification;
    this.dimMarket = dimMarket;
    this.factEvents = factEvents;
    this.bridgeEventAttraction = bridgeEventAttraction;
    this.rejected = rejected;
  }

  /** gold.dim_date. */
  public PCollection<DimDate> dimDate() {
    return dimDate;
  }

  /** gold.dim_venue. */
  public PCollection<DimVenue> dimVenue() {
    return dimVenue;
  }

  /** gold.dim_attraction. */
  public PCollection<DimAttraction> dimAttraction() {
    return dimAttraction;
  }

  /** gold.dim_classification. */
  public PCollection<DimClassification> dimClassification() {
    return dimClassification;
  }

  /** gold.dim_market. */
  public PCollection<DimMarket> dimMarket() {
    return dimMarket;
  }

  /** gold.fact_events. */
  public PCollection<FactEvent> factEvents() {
    return factEvents;
  }

  /** gold.bridge_event_attraction. */
  public PCollection<BridgeEventAttraction> bridgeEventAttraction() {
    return bridgeEventAttraction;
  }

  /** This run's dead letters, for gold._rejected. */
  public PCollection<GoldRejectedRow> rejected() {
    return rejected;
  }

  @Override
  public Pipeline getPipeline() {
    return factEvents.getPipeline();
  }

  @Override
  public Map<TupleTag<?>, PValue> expand() {
    Map<TupleTag<?>, PValue> map = new LinkedHashMap<>();
    map.put(new TupleTag<DimDate>("dim_date"), dimDate);
    map.put(new TupleTag<DimVenue>("dim_venue"), dimVenue);
    map.put(new TupleTag<DimAttraction>("dim_attraction"), dimAttraction);
    map.put(new TupleTag<DimClassification>("dim_classification"), dimClassification);
    map.put(new TupleTag<DimMarket>("dim_market"), dimMarket);
    map.put(new TupleTag<FactEvent>("fact_events"), factEvents);
    map.put(new TupleTag<BridgeEventAttraction>("bridge_event_attraction"), bridgeEventAttraction);
    map.put(new TupleTag<GoldRejectedRow>("_rejected"), rejected);
    return map;
  }

  @Override
  public void finishSpecifyingOutput(
      String transformName, PInput input, PTransform<?, ?> transform) {
    // Every PCollection was produced, and finished, by a step inside the composite.
  }
}
