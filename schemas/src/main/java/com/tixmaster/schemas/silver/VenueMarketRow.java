package com.tixmaster.schemas.silver;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldDescription;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.joda.time.Instant;

/** One row of {@code silver.venue_markets}; follows the venue's winning observation. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class VenueMarketRow implements SilverLineage {
  public static final String TABLE = "venue_markets";

  @SchemaFieldDescription("The venue; FK to silver.venues.venue_id.")
  @SchemaFieldNumber("0")
  @SchemaFieldName("venue_id")
  public abstract String getVenueId();

  @SchemaFieldDescription("A market the venue belongs to; FK to silver.markets.market_id.")
  @SchemaFieldNumber("1")
  @SchemaFieldName("market_id")
  public abstract String getMarketId();

  /** The landing file of the observation (for an embedded copy: its parent record's file). */
  @SchemaFieldDescription(
      "Landing file, relative to the landing root, of the observation this row came from; for a"
          + " copy embedded in another record, that record's file.")
  @SchemaFieldNumber("2")
  @SchemaFieldName("_source_file")
  @Override
  public abstract String getSourceFile();

  /** The observation's position in its file (for an embedded copy: its parent record's). */
  @SchemaFieldDescription(
      "0-based position of the observation's record in _source_file; for an embedded copy, its"
          + " parent record's position.")
  @SchemaFieldNumber("3")
  @SchemaFieldName("_record_index")
  @Override
  public abstract long getRecordIndex();

  /**
   * {@code standalone} (own endpoint) or {@code embedded} (a copy inside another entity's record).
   */
  @SchemaFieldDescription(
      "standalone when the row came from the entity's own API endpoint, embedded when from a copy"
          + " inside another entity's record (e.g. a venue inside an event).")
  @SchemaFieldNumber("4")
  @SchemaFieldName("_origin")
  @Override
  public abstract String getOrigin();

  /** The silver run that wrote this version of the row. */
  @SchemaFieldDescription("Id of the silver run that wrote this version of the row.")
  @SchemaFieldNumber("5")
  @SchemaFieldName("_run_id")
  @Override
  public abstract String getRunId();

  /** When bronze read the observation's file. */
  @SchemaFieldDescription(
      "UTC instant at which bronze read the observation's landing file; dedup keeps the newest"
          + " observation by this, then _source_file, then _record_index.")
  @SchemaFieldNumber("6")
  @SchemaFieldName("_ingestion_timestamp")
  @Override
  public abstract Instant getIngestionTimestamp();

  public static Builder builder() {
    return new AutoValue_VenueMarketRow.Builder();
  }

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setVenueId(String v);

    public abstract Builder setMarketId(String v);

    public abstract Builder setSourceFile(String v);

    public abstract Builder setRecordIndex(long v);

    public abstract Builder setOrigin(String v);

    public abstract Builder setRunId(String v);

    public abstract Builder setIngestionTimestamp(Instant v);

    public abstract VenueMarketRow build();
  }
}
