package com.tixmaster.schemas.silver;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldDescription;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.joda.time.Instant;

/**
 * One row of {@code silver.event_price_ranges}: one price range of an event; follows the event's
 * winning observation.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class EventPriceRangeRow implements SilverLineage {
  public static final String TABLE = "event_price_ranges";

  @SchemaFieldDescription("The event; FK to silver.events.event_id.")
  @SchemaFieldNumber("0")
  @SchemaFieldName("event_id")
  public abstract String getEventId();

  /**
   * Lower-cased: {@code standard}, {@code standard including fees}, ...; {@code unknown} when
   * absent.
   */
  @SchemaFieldDescription(
      "Price type, lower-cased: standard, standard including fees, ...; unknown when the API gives"
          + " none.")
  @SchemaFieldNumber("1")
  @SchemaFieldName("price_type")
  public abstract String getPriceType();

  /** Upper-cased ISO code. */
  @SchemaFieldDescription("ISO 4217 currency code, upper-cased, e.g. USD.")
  @SchemaFieldNumber("2")
  @SchemaFieldName("currency")
  public abstract String getCurrency();

  /** Null together with price_max when min > max. */
  @SchemaFieldDescription(
      "Lowest price per ticket in currency; null when missing, invalid or greater than price_max.")
  @SchemaFieldNumber("3")
  @SchemaFieldName("price_min")
  public abstract @Nullable Double getPriceMin();

  @SchemaFieldDescription(
      "Highest price per ticket in currency; null when missing, invalid or less than price_min.")
  @SchemaFieldNumber("4")
  @SchemaFieldName("price_max")
  public abstract @Nullable Double getPriceMax();

  /** The landing file of the observation (for an embedded copy: its parent record's file). */
  @SchemaFieldDescription(
      "Landing file, relative to the landing root, of the observation this row came from; for a"
          + " copy embedded in another record, that record's file.")
  @SchemaFieldNumber("5")
  @SchemaFieldName("_source_file")
  @Override
  public abstract String getSourceFile();

  /** The observation's position in its file (for an embedded copy: its parent record's). */
  @SchemaFieldDescription(
      "0-based position of the observation's record in _source_file; for an embedded copy, its"
          + " parent record's position.")
  @SchemaFieldNumber("6")
  @SchemaFieldName("_record_index")
  @Override
  public abstract long getRecordIndex();

  /**
   * {@code standalone} (own endpoint) or {@code embedded} (a copy inside another entity's record).
   */
  @SchemaFieldDescription(
      "standalone when the row came from the entity's own API endpoint, embedded when from a copy"
          + " inside another entity's record (e.g. a venue inside an event).")
  @SchemaFieldNumber("7")
  @SchemaFieldName("_origin")
  @Override
  public abstract String getOrigin();

  /** The silver run that wrote this version of the row. */
  @SchemaFieldDescription("Id of the silver run that wrote this version of the row.")
  @SchemaFieldNumber("8")
  @SchemaFieldName("_run_id")
  @Override
  public abstract String getRunId();

  /** When bronze read the observation's file. */
  @SchemaFieldDescription(
      "UTC instant at which bronze read the observation's landing file; dedup keeps the newest"
          + " observation by this, then _source_file, then _record_index.")
  @SchemaFieldNumber("9")
  @SchemaFieldName("_ingestion_timestamp")
  @Override
  public abstract Instant getIngestionTimestamp();

  public static Builder builder() {
    return new AutoValue_EventPriceRangeRow.Builder();
  }

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setEventId(String v);

    public abstract Builder setPriceType(String v);

    public abstract Builder setCurrency(String v);

    public abstract Builder setPriceMin(@Nullable Double v);

    public abstract Builder setPriceMax(@Nullable Double v);

    public abstract Builder setSourceFile(String v);

    public abstract Builder setRecordIndex(long v);

    public abstract Builder setOrigin(String v);

    public abstract Builder setRunId(String v);

    public abstract Builder setIngestionTimestamp(Instant v);

    public abstract EventPriceRangeRow build();
  }
}
