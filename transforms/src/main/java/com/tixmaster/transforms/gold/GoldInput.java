package com.tixmaster.transforms.gold;

import com.tixmaster.schemas.gold.BridgeEventAttraction;
import com.tixmaster.schemas.gold.DimAttraction;
import com.tixmaster.schemas.gold.DimClassification;
import com.tixmaster.schemas.gold.DimMarket;
import com.tixmaster.schemas.gold.DimVenue;
import com.tixmaster.schemas.gold.FactEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PInput;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;

/**
 * The input of {@link GoldTransform}: this run's silver tables and the previous gold tables (typed,
 * empty on the first run). The previous tables give the surrogate keys and SCD2 history that the
 * new gold continues; {@code dim_date} is regenerated and needs no previous state.
 */
public final class GoldInput implements PInput {
  private final SilverInputs silver;
  private final PCollection<DimVenue> previousDimVenue;
  private final PCollection<DimAttraction> previousDimAttraction;
  private final PCollection<DimClassification> previousDimClassification;
  private final PCollection<DimMarket> previousDimMarket;
  private final PCollection<FactEvent> previousFactEvents;
  private final PCollection<BridgeEventAttraction> previousBridgeEventAttraction;

  private GoldInput(Builder b) {
    this.silver = Objects.requireNonNull(b.silver, "silver");
    Pipeline p = silver.getPipeline();
    this.previousDimVenue =
        b.previousDimVenue != null
            ? b.previousDimVenue
            : SchemaCoders.empty(p, "NoPreviousDimVenue", DimVenue.class);
    this.previousDimAttraction =
        b.previousDimAttraction != null
            ? b.previousDimAttraction
            : SchemaCoders.empty(p, "NoPreviousDimAttraction", DimAttraction.class);
    this.previousDimClassification =
        b.previousDimClassification != null
            ? b.previousDimClassification
            : SchemaCoders.empty(p, "NoPreviousDimClassification", DimClassification.class);
    this.previousDimMarket =
        b.previousDimMarket != null
            ? b.previousDimMarket
            : SchemaCoders.empty(p, "NoPreviousDimMarket", DimMarket.class);
    this.previousFactEvents =
        b.previousFactEvents != null
            ? b.previousFactEvents
            : SchemaCoders.empty(p, "NoPreviousFactEvents", FactEvent.class);
    this.previousBridgeEventAttraction =
        b.previousBridgeEventAttraction != null
            ? b.previousBridgeEventAttraction
            : SchemaCoders.empty(p, "NoPreviousBridgeEventAttraction", BridgeEventAttraction.class);
  }

  /** A builder; a previous table that is not set is empty (first run). */
  public static Builder builder(SilverInputs silver) {
    return new Builder(silver);
  }

  public SilverInputs silver() {
    return silver;
  }

  public PCollection<DimVenue> previousDimVenue() {
    return previousDimVenue;
  }

  public PCollection<DimAttraction> previousDimAttraction() {
    return previousDimAttraction;
  }

  public PCollection<DimClassification> previousDimClassification() {
    return previousDimClassification;
  }

  public PCollection<DimMarket> previousDimMarket() {
    return previousDimMarket;
  }

  public PCollection<FactEvent> previousFactEvents() {
    return previousFactEvents;
  }

  public PCollection<BridgeEventAttraction> previousBridgeEventAttraction() {
    return previousBridgeEventAttraction;
  }

  /** Applies {@code transform} to this input. */
  public <OutputT extends POutput> OutputT apply(
      String name, PTransform<? super GoldInput, OutputT> transform) {
    return Pipeline.applyTransform(name, this, transform);
  }

  @Override
  public Pipeline getPipeline() {
    return silver.getPipeline();
  }

  @Override
  public Map<TupleTag<?>, PValue> expand() {
    Map<TupleTag<?>, PValue> map = new LinkedHashMap<>(silver.expand());
    map.put(new TupleTag<DimVenue>("previous.dim_venue"), previousDimVenue);
    map.put(new TupleTag<DimAttraction>("previous.dim_attraction"), previousDimAttraction);
    map.put(
        new TupleTag<DimClassification>("previous.dim_classification"), previousDimClassification);
    map.put(new TupleTag<DimMarket>("previous.dim_market"), previousDimMarket);
    map.put(new TupleTag<FactEvent>("previous.fact_events"), previousFactEvents);
    map.put(
        new TupleTag<BridgeEventAttraction>("previous.bridge_event_attraction"),
        previousBridgeEventAttraction);
    return map;
  }

  /** Builder. */
  public static final class Builder {
    private final SilverInputs silver;
    private PCollection<DimVenue> previousDimVenue;
    private PCollection<DimAttraction> previousDimAttraction;
    private PCollection<DimClassification> previousDimClassification;
    private PCollection<DimMarket> previousDimMarket;
    private PCollection<FactEvent> previousFactEvents;
    private PCollection<BridgeEventAttraction> previousBridgeEventAttraction;

    private Builder(SilverInputs silver) {
      this.silver = silver;
    }

    public Builder previousDimVenue(PCollection<DimVenue> v) {
      this.previousDimVenue = v;
      return this;
    }

    public Builder previousDimAttraction(PCollection<DimAttraction> v) {
      this.previousDimAttraction = v;
      return this;
    }

    public Builder previousDimClassification(PCollection<DimClassification> v) {
      this.previousDimClassification = v;
      return this;
    }

    public Builder previousDimMarket(PCollection<DimMarket> v) {
      this.previousDimMarket = v;
      return this;
    }

    public Builder previousFactEvents(PCollection<FactEvent> v) {
      this.previousFactEvents = v;
      return this;
    }

    public Builder previousBridgeEventAttraction(PCollection<BridgeEventAttraction> v) {
      this.previousBridgeEventAttraction = v;
      return this;
    }

    public GoldInput build() {
      return new GoldInput(this);
    }
  }
}
