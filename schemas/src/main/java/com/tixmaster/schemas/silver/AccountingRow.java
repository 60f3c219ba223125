package com.tixmaster.schemas.silver;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldDescription;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;

/**
 * One row of {@code silver._accounting}: what one silver run did with one entity. For events, per
 * run: records_in = inserted + rejected + superseded, so cumulatively count(bronze.events_raw) =
 * count(silver.events) + sum(rejected) + sum(superseded).
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class AccountingRow {
  public static final String TABLE = "_accounting";

  @SchemaFieldDescription("Id of the silver run.")
  @SchemaFieldNumber("0")
  @SchemaFieldName("run_id")
  public abstract String getRunId();

  /** events, venues, attractions, classifications or markets. */
  @SchemaFieldDescription(
      "Entity accounted for: events, venues, attractions, classifications or markets.")
  @SchemaFieldNumber("1")
  @SchemaFieldName("entity")
  public abstract String getEntity();

  /** Bronze records of this entity read by the run (standalone records). */
  @SchemaFieldDescription("Standalone bronze records of this entity read by the run.")
  @SchemaFieldNumber("2")
  @SchemaFieldName("records_in")
  public abstract long getRecordsIn();

  /**
   * Copies of this entity found inside other entities' records (events' venues, attractions and
   * classifications, venues' markets, ...).
   */
  @SchemaFieldDescription(
      "Copies of this entity found inside other entities' records (events' venues, attractions and"
          + " classifications; venues' markets).")
  @SchemaFieldNumber("3")
  @SchemaFieldName("embedded_in")
  public abstract long getEmbeddedIn();

  /** Usable observations offered to dedup: always inserted + superseded. */
  @SchemaFieldDescription(
      "Usable observations offered to deduplication; always inserted + superseded.")
  @SchemaFieldNumber("4")
  @SchemaFieldName("observations_in")
  public abstract long getObservationsIn();

  /** Rows in the new state of the table: inserted + updated + unchanged. */
  @SchemaFieldDescription("Rows in the table's new state: inserted + updated + unchanged.")
  @SchemaFieldNumber("5")
  @SchemaFieldName("rows_out")
  public abstract long getRowsOut();

  /** Keys new to the table. */
  @SchemaFieldDescription("Keys new to the table.")
  @SchemaFieldNumber("6")
  @SchemaFieldName("inserted")
  public abstract long getInserted();

  /** Existing keys whose row was replaced by a newer observation. */
  @SchemaFieldDescription("Existing keys whose row was replaced by a newer observation.")
  @SchemaFieldNumber("7")
  @SchemaFieldName("updated")
  public abstract long getUpdated();

  /** Existing keys whose current row was kept. */
  @SchemaFieldDescription("Existing keys whose current row was kept.")
  @SchemaFieldNumber("8")
  @SchemaFieldName("unchanged")
  public abstract long getUnchanged();

  /** Observations sent to _rejected (standalone and embedded). */
  @SchemaFieldDescription("Observations sent to silver._rejected, standalone and embedded.")
  @SchemaFieldNumber("9")
  @SchemaFieldName("rejected")
  public abstract long getRejected();

  /**
   * Observations that lost dedup: duplicates within the run and current rows replaced by a newer
   * one.
   */
  @SchemaFieldDescription(
      "Observations that lost deduplication: duplicates within the run and current rows replaced by"
          + " a newer one.")
  @SchemaFieldNumber("10")
  @SchemaFieldName("superseded")
  public abstract long getSuperseded();

  public static Builder builder() {
    return new AutoValue_AccountingRow.Builder();
  }

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setRunId(String v);

    public abstract Builder setEntity(String v);

    public abstract Builder setRecordsIn(long v);

    public abstract Builder setEmbeddedIn(long v);

    public abstract Builder setObservationsIn(long v);

    public abstract Builder setRowsOut(long v);

    public abstract Builder setInserted(long v);

    public abstract Builder setUpdated(long v);

    public abstract Builder setUnchanged(long v);

    public abstract Builder setRejected(long v);

    public abstract Builder setSuperseded(long v);

    public abstract AccountingRow build();
  }
}
