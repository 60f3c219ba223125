package com.tixmaster.transforms.summary;

import com.tixmaster.schemas.gold.DimAttraction;
import com.tixmaster.schemas.gold.DimDate;
import com.tixmaster.schemas.gold.DimVenue;
import com.tixmaster.schemas.gold.FactEvent;
import com.tixmaster.schemas.gold.MonthlyEventSummary;
import com.tixmaster.transforms.gold.GoldOutput;
import com.tixmaster.transforms.gold.SchemaCoders;
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
 * The input of {@link MonthlySummaryTransform}: this run's new fact_events, dim_date, dim_venue and
 * dim_attraction (usually {@link GoldOutput}), and the previous fact_events and
 * monthly_event_summary (empty on the first run), which tell which months the run touched.
 */
public final class MonthlySummaryInput implements PInput {
  private final PCollection<FactEvent> factEvents;
  private final PCollection<DimDate> dimDate;
  private final PCollection<DimVenue> dimVenue;
  private final PCollection<DimAttraction> dimAttraction;
  private final PCollection<FactEvent> previousFactEvents;
  private final PCollection<MonthlyEventSummary> previousSummary;

  private MonthlySummaryInput(Builder b) {
    this.factEvents = Objects.requireNonNull(b.factEvents, "factEvents");
    this.dimDate = Objects.requireNonNull(b.dimDate, "dimDate");
    this.dimVenue = Objects.requireNonNull(b.dimVenue, "dimVenue");
    this.dimAttraction = Objects.requireNonNull(b.dimAttraction, "dimAttraction");
    Pipeline p = factEvents.getPipeline();
    this.previousFactEvents =
        b.previousFactEvents != null
            ? b.previousFactEvents
            : SchemaCoders.empty(p, "NoPreviousFactEventsForSummary", FactEvent.class);
    this.previousSummary =
        b.previousSummary != null
            ? b.previousSummary
            : SchemaCoders.empty(p, "NoPreviousMonthlySummary", MonthlyEventSummary.class);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding the new fact_events and dimensions of {@code gold}. */
  public static Builder builder(GoldOutput gold) {
    return new Builder()
        .factEvents(gold.factEvents())
        .dimDate(gold.dimDate())
        .dimVenue(gold.dimVenue())
        .dimAttraction(gold.dimAttraction());
  }

  public PCollection<FactEvent> factEvents() {
    return factEvents;
  }

  public PCollection<DimDate> dimDate() {
    return dimDate;
  }

  public PCollection<DimVenue> dimVenue() {
    return dimVenue;
  }

  public PCollection<DimAttraction> dimAttraction() {
    return dimAttraction;
  }

  public PCollection<FactEvent> previousFactEvents() {
    return previousFactEvents;
  }

  public PCollection<MonthlyEventSummary> previousSummary() {
    return previousSummary;
  }

  public <OutputT extends POutput> OutputT apply(
      String name, PTransform<? super MonthlySummaryInput, OutputT> transform) {
    return Pipeline.applyTransform(name, this, transform);
  }

  @Override
  public Pipeline getPipeline() {
    return factEvents.getPipeline();
  }

  @Override
  public Map<TupleTag<?>, PValue> expand() {
    Map<TupleTag<?>, PValue> map = new LinkedHashMap<>();
    map.put(new TupleTag<FactEvent>("fact_events"), factEvents);
    map.put(new TupleTag<DimDate>("dim_date"), dimDate);
    map.put(new TupleTag<DimVenue>("dim_venue"), dimVenue);
    map.put(new TupleTag<DimAttraction>("dim_attraction"), dimAttraction);
    map.put(new TupleTag<FactEvent>("previous.fact_events"), previousFactEvents);
    map.put(new TupleTag<MonthlyEventSummary>("previous.monthly_event_summary"), previousSummary);
    return map;
  }

  /** Builder; the previous tables default to empty. */
  public static final class Builder {
    private PCollection<FactEvent> factEvents;
    private PCollection<DimDate> dimDate;
    private PCollection<DimVenue> dimVenue;
    private PCollection<DimAttraction> dimAttraction;
    private PCollection<FactEvent> previousFactEvents;
    private PCollection<MonthlyEventSummary> previousSummary;

    private Builder() {}

    public Builder factEvents(PCollection<FactEvent> v) {
      this.factEvents = v;
      return this;
    }

    public Builder dimDate(PCollection<DimDate> v) {
      this.dimDate = v;
      return this;
    }

    public Builder dimVenue(PCollection<DimVenue> v) {
      this.dimVenue = v;
      return this;
    }

    public Builder dimAttraction(PCollection<DimAttraction> v) {
      this.dimAttraction = v;
      return this;
    }

    public Builder previousFactEvents(PCollection<FactEvent> v) {
      this.previousFactEvents = v;
      return this;
    }

    public Builder previousSummary(PCollection<MonthlyEventSummary> v) {
      this.previousSummary = v;
      return this;
    }

    public MonthlySummaryInput build() {
      return new MonthlySummaryInput(this);
    }
  }
}
