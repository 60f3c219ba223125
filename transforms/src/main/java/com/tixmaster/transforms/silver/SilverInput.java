package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.silver.AttractionRow;
import com.tixmaster.schemas.silver.ClassificationRow;
import com.tixmaster.schemas.silver.EventAttractionRow;
import com.tixmaster.schemas.silver.EventPriceRangeRow;
import com.tixmaster.schemas.silver.EventRow;
import com.tixmaster.schemas.silver.EventVenueRow;
import com.tixmaster.schemas.silver.MarketRow;
import com.tixmaster.schemas.silver.VenueMarketRow;
import com.tixmaster.schemas.silver.VenueRow;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.annotation.Nullable;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PInput;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;

/**
 * The input of {@link SilverTransform}: the bronze raw Parquet files ({@code <entity>_raw}) that
 * hold this run's new bronze records (all four entities mixed; the {@code entity} column routes
 * them), and the current state of every silver state table. A current table left unset is empty
 * (the first run). Build with {@link #builder(PCollection)}.
 */
public final class SilverInput implements PInput {
  private static final TupleTag<String> RECORD_FILES = new TupleTag<>("record_files");
  private final PCollection<String> newRecordFiles;
  private final @Nullable PCollection<EventRow> currentEvents;
  private final @Nullable PCollection<EventPriceRangeRow> currentEventPriceRanges;
  private final @Nullable PCollection<EventVenueRow> currentEventVenues;
  private final @Nullable PCollection<EventAttractionRow> currentEventAttractions;
  private final @Nullable PCollection<VenueRow> currentVenues;
  private final @Nullable PCollection<MarketRow> currentMarkets;
  private final @Nullable PCollection<VenueMarketRow> currentVenueMarkets;
  private final @Nullable PCollection<AttractionRow> currentAttractions;
  private final @Nullable PCollection<ClassificationRow> currentClassifications;

  private SilverInput(Builder b) {
    this.newRecordFiles = b.newRecordFiles;
    this.currentEvents = b.currentEvents;
    this.currentEventPriceRanges = b.currentEventPriceRanges;
    this.currentEventVenues = b.currentEventVenues;
    this.currentEventAttractions = b.currentEventAttractions;
    this.currentVenues = b.currentVenues;
    this.currentMarkets = b.currentMarkets;
    this.currentVenueMarkets = b.currentVenueMarkets;
    this.currentAttractions = b.currentAttractions;
    this.currentClassifications = b.currentClassifications;
  }

  /**
   * Starts an input whose new bronze records are read from bronze raw Parquet files ({@code
   * <entity>_raw}, any entity mixed), parsed as they are read; an empty current state.
   */
  public static Builder builder(PCollection<String> newRecordFiles) {
    return new Builder(newRecordFiles);
  }

  /** The bronze raw Parquet files holding this run's new records. */
  public PCollection<String> newRecordFiles() {
    return newRecordFiles;
  }

  public @Nullable PCollection<EventRow> currentEvents() {
    return currentEvents;
  }

  public @Nullable PCollection<EventPriceRangeRow> currentEventPriceRanges() {
    return currentEventPriceRanges;
  }

  public @Nullable PCollection<EventVenueRow> currentEventVenues() {
    return currentEventVenues;
  }

  public @Nullable PCollection<EventAttractionRow> currentEventAttractions() {
    return currentEventAttractions;
  }

  public @Nullable PCollection<VenueRow> currentVenues() {
    return currentVenues;
  }

  public @Nullable PCollection<MarketRow> currentMarkets() {
    return currentMarkets;
  }

  public @Nullable PCollection<VenueMarketRow> currentVenueMarkets() {
    return currentVenueMarkets;
  }

  public @Nullable PCollection<AttractionRow> currentAttractions() {
    return currentAttractions;
  }

  public @Nullable PCollection<ClassificationRow> currentClassifications() {
    return currentClassifications;
  }

  /** Applies {@code transform} (normally {@link SilverTransform}) to this input. */
  public <O extends POutput> O apply(PTransform<? super SilverInput, O> transform) {
    return Pipeline.applyTransform(this, transform);
  }

  /** Applies {@code transform} under {@code name}. */
  public <O extends POutput> O apply(String name, PTransform<? super SilverInput, O> transform) {
    return Pipeline.applyTransform(name, this, transform);
  }

  @Override
  public Pipeline getPipeline() {
    return newRecordFiles.getPipeline();
  }

  @Override
  public Map<TupleTag<?>, PValue> expand() {
    Map<TupleTag<?>, PValue> map = new LinkedHashMap<>();
    put(map, RECORD_FILES, newRecordFiles);
    put(map, SilverTags.CURRENT_EVENTS, currentEvents);
    put(map, SilverTags.CURRENT_PRICE_RANGES, currentEventPriceRanges);
    put(map, SilverTags.CURRENT_EVENT_VENUES, currentEventVenues);
    put(map, SilverTags.CURRENT_EVENT_ATTRACTIONS, currentEventAttractions);
    put(map, SilverTags.CURRENT_VENUES, currentVenues);
    put(map, SilverTags.CURRENT_MARKETS, currentMarkets);
    put(map, SilverTags.CURRENT_VENUE_MARKETS, currentVenueMarkets);
    put(map, SilverTags.CURRENT_ATTRACTIONS, currentAttractions);
    put(map, SilverTags.CURRENT_CLASSIFICATIONS, currentClassifications);
    return map;
  }

  private static void put(Map<TupleTag<?>, PValue> map, TupleTag<?> tag, @Nullable PValue value) {
    if (value != null) {
      map.put(tag, value);
    }
  }

  /** Builder; every current table defaults to empty. */
  public static final class Builder {
    private final PCollection<String> newRecordFiles;
    private PCollection<EventRow> currentEvents;
    private PCollection<EventPriceRangeRow> currentEventPriceRanges;
    private PCollection<EventVenueRow> currentEventVenues;
    private PCollection<EventAttractionRow> currentEventAttractions;
    private PCollection<VenueRow> currentVenues;
    private PCollection<MarketRow> currentMarkets;
    private PCollection<VenueMarketRow> currentVenueMarkets;
    private PCollection<AttractionRow> currentAttractions;
    private PCollection<ClassificationRow> currentClassifications;

    private Builder(PCollection<String> newRecordFiles) {
      this.newRecordFiles = Objects.requireNonNull(newRecordFiles, "newRecordFiles");
    }

    public Builder currentEvents(PCollection<EventRow> v) {
      this.currentEvents = v;
      return this;
    }

    public Builder currentEventPriceRanges(PCollection<EventPriceRangeRow> v) {
      this.currentEventPriceRanges = v;
      return this;
    }

    public Builder currentEventVenues(PCollection<EventVenueRow> v) {
      this.currentEventVenues = v;
      return this;
    }

    public Builder currentEventAttractions(PCollection<EventAttractionRow> v) {
      this.currentEventAttractions = v;
      return this;
    }

    public Builder currentVenues(PCollection<VenueRow> v) {
      this.currentVenues = v;
      return this;
    }

    public Builder currentMarkets(PCollection<MarketRow> v) {
      this.currentMarkets = v;
      return this;
    }

    public Builder currentVenueMarkets(PCollection<VenueMarketRow> v) {
      this.currentVenueMarkets = v;
      return this;
    }

    public Builder currentAttractions(PCollection<AttractionRow> v) {
      this.currentAttractions = v;
      return this;
    }

    public Builder currentClassifications(PCollection<ClassificationRow> v) {
      this.currentClassifications = v;
      return this;
    }

    /** Takes every state table of a previous run's output as the current state. */
    public Builder currentState(SilverOutput previous) {
      return currentEvents(previous.events())
          .currentEventPriceRanges(previous.eventPriceRanges())
          .currentEventVenues(previous.eventVenues())
          .currentEventAttractions(previous.eventAttractions())
          .currentVenues(previous.venues())
          .currentMarkets(previous.markets())
          .currentVenueMarkets(previous.venueMarkets())
          .currentAttractions(previous.attractions())
          .currentClassifications(previous.classifications());
    }

    public SilverInput build() {
      return new SilverInput(this);
    }
  }
}
