package com.tixmaster.transforms.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PInput;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;

/**
 * The input of {@link QualityTransform}: this run's silver tables, the bronze event count and the
 * staged (not yet published) gold star schema.
 *
 * <p>Every table is a schema'd {@code PCollection<Row>} whose column names are those of tables.md;
 * columns are read by name and extra columns are ignored. Typed gold rows convert with {@code
 * Convert.toRows()}. Every table is required (pass an empty PCollection with the table's schema for
 * an empty table), and {@link Builder#build()} refuses a table that lacks a column the checks read
 * ({@link #REQUIRED_COLUMNS}).
 *
 * <p>The bronze count is a {@code PCollection<Long>}: normally the singleton {@code
 * Count.globally()} of {@code bronze.events_raw}; several elements are added up, none is 0.
 */
public final class QualityInput implements PInput {
  /** The tables, by qualified name, and the columns the checks read from each. */
  public static final Map<String, List<String>> REQUIRED_COLUMNS = requiredColumns();

  private final Map<String, PCollection<Row>> tables;
  private final PCollection<Long> bronzeEventRecords;

  private QualityInput(Map<String, PCollection<Row>> tables, PCollection<Long> bronzeEventRecords) {
    this.tables = Collections.unmodifiableMap(tables);
    this.bronzeEventRecords = bronzeEventRecords;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A table by qualified name, e.g. {@code silver.events} or {@code gold.fact_events}. */
  public PCollection<Row> table(String qualifiedName) {
    PCollection<Row> table = tables.get(qualifiedName);
    if (table == null) {
      throw new IllegalArgumentException("No table " + qualifiedName + " in the quality input");
    }
    return table;
  }

  /** The number of {@code bronze.events_raw} rows (elements add up). */
  public PCollection<Long> bronzeEventRecords() {
    return bronzeEventRecords;
  }

  /**
   * Applies {@code transform} to this input, e.g. {@code in.apply(QualityTransform.of(config))}.
   */
  public <OutputT extends POutput> OutputT apply(
      PTransform<? super QualityInput, OutputT> transform) {
    return Pipeline.applyTransform(this, transform);
  }

  /** Applies {@code transform} to this input under {@code name}. */
  public <OutputT extends POutput> OutputT apply(
      String name, PTransform<? super QualityInput, OutputT> transform) {
    return Pipeline.applyTransform(name, this, transform);
  }

  @Override
  public Pipeline getPipeline() {
    return bronzeEventRecords.getPipeline();
  }

  @Override
  public Map<TupleTag<?>, PValue> expand() {
    Map<TupleTag<?>, PValue> map = new LinkedHashMap<>();
    tables.forEach((name, pc) -> map.put(new TupleTag<Row>(name), pc));
    map.put(new TupleTag<Long>("bronze.events_raw.count"), bronzeEventRecords);
    return map;
  }

  private static Map<String, List<String>> requiredColumns() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put(
        "silver.events",
        List.of("event_id", "classification_id", "price_min", "price_max", FreshnessFn.COLUMN));
    m.put("silver.venues", List.of("venue_id"));
    m.put("silver.attractions", List.of("attraction_id", "classification_id"));
    m.put("silver.classifications", List.of("classification_id"));
    m.put("silver.markets", List.of("market_id"));
    m.put("silver.venue_markets", List.of("venue_id", "market_id"));
    m.put("silver.event_venues", List.of("event_id", "venue_id"));
    m.put("silver.event_attractions", List.of("event_id", "attraction_id"));
    m.put(
        "silver.event_price_ranges",
        List.of("event_id", "price_type", "currency", "price_min", "price_max"));
    m.put("silver._accounting", List.of("entity", "rejected", "superseded"));
    m.put("gold.dim_date", List.of("date_key"));
    m.put(
        "gold.dim_venue", List.of("venue_sk", "venue_id", "valid_from", "valid_to", "is_current"));
    m.put(
        "gold.dim_attraction",
        List.of("attraction_sk", "attraction_id", "valid_from", "valid_to", "is_current"));
    m.put("gold.dim_classification", List.of("classification_sk"));
    m.put("gold.dim_market", List.of("market_sk"));
    List<String> fact = new ArrayList<>(QualityChecks.FACT_KEY_COLUMNS);
    fact.addAll(List.of("price_min", "price_max"));
    m.put("gold.fact_events", List.copyOf(fact));
    m.put("gold.bridge_event_attraction", List.of("event_sk", "attraction_sk"));
    return Collections.unmodifiableMap(m);
  }

  /** Builder: set every table, then {@link #build()}. */
  public static final class Builder {
    private final Map<String, PCollection<Row>> tables = new LinkedHashMap<>();
    private PCollection<Long> bronzeEventRecords;

    private Builder() {}

    /** Sets a table by qualified name (a key of {@link #REQUIRED_COLUMNS}). */
    public Builder table(String qualifiedName, PCollection<Row> rows) {
      if (!REQUIRED_COLUMNS.containsKey(qualifiedName)) {
        throw new IllegalArgumentException(
            "Not a table the audits read: "
                + qualifiedName
                + "; expected one of "
                + REQUIRED_COLUMNS.keySet());
      }
      tables.put(qualifiedName, rows);
      return this;
    }

    public Builder silverEvents(PCollection<Row> v) {
      return table("silver.events", v);
    }

    public Builder silverVenues(PCollection<Row> v) {
      return table("silver.venues", v);
    }

    public Builder silverAttractions(PCollection<Row> v) {
      return table("silver.attractions", v);
    }

    public Builder silverClassifications(PCollection<Row> v) {
      return table("silver.classifications", v);
    }

    public Builder silverMarkets(PCollection<Row> v) {
      return table("silver.markets", v);
    }

    public Builder silverVenueMarkets(PCollection<Row> v) {
      return table("silver.venue_markets", v);
    }

    public Builder silverEventVenues(PCollection<Row> v) {
      return table("silver.event_venues", v);
    }

    public Builder silverEventAttractions(PCollection<Row> v) {
      return table("silver.event_attractions", v);
    }

    public Builder silverEventPriceRanges(PCollection<Row> v) {
      return table("silver.event_price_ranges", v);
    }

    /** silver._accounting: run_id, entity, records_in, rows_out, …, rejected, superseded. */
    public Builder silverAccounting(PCollection<Row> v) {
      return table("silver._accounting", v);
    }

    public Builder dimDate(PCollection<Row> v) {
      return table("gold.dim_date", v);
    }

    public Builder dimVenue(PCollection<Row> v) {
      return table("gold.dim_venue", v);
    }

    public Builder dimAttraction(PCollection<Row> v) {
      return table("gold.dim_attraction", v);
    }

    public Builder dimClassification(PCollection<Row> v) {
      return table("gold.dim_classification", v);
    }

    public Builder dimMarket(PCollection<Row> v) {
      return table("gold.dim_market", v);
    }

    public Builder factEvents(PCollection<Row> v) {
      return table("gold.fact_events", v);
    }

    public Builder bridgeEventAttraction(PCollection<Row> v) {
      return table("gold.bridge_event_attraction", v);
    }

    /** The count of bronze.events_raw rows (a singleton; several elements add up). */
    public Builder bronzeEventRecords(PCollection<Long> v) {
      this.bronzeEventRecords = v;
      return this;
    }

    /** Checks that every table is set, schema'd, and has the columns the checks read. */
    public QualityInput build() {
      List<String> problems = new ArrayList<>();
      for (Map.Entry<String, List<String>> t : REQUIRED_COLUMNS.entrySet()) {
        PCollection<Row> rows = tables.get(t.getKey());
        if (rows == null) {
          problems.add(t.getKey() + " is not set");
          continue;
        }
        if (!rows.hasSchema()) {
          problems.add(t.getKey() + " has no schema");
          continue;
        }
        List<String> missing = new ArrayList<>();
        for (String c : t.getValue()) {
          if (!rows.getSchema().hasField(c)) {
            missing.add(c);
          }
        }
        if (!missing.isEmpty()) {
          problems.add(t.getKey() + " lacks " + String.join(", ", missing));
        }
      }
      if (bronzeEventRecords == null) {
        problems.add("bronzeEventRecords is not set");
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("Bad quality input: " + String.join("; ", problems));
      }
      return new QualityInput(new LinkedHashMap<>(tables), bronzeEventRecords);
    }
  }
}
