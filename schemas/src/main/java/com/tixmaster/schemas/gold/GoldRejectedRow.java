package com.tixmaster.schemas.gold;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldDescription;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;

/**
 * One row of {@code gold._rejected}: a row that the gold, summary or documents stage could not use,
 * with a stable reason code and the row itself. The shape of {@code silver._rejected}, plus the
 * stage that rejected the row and an id that makes the row unique within its run and stage.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class GoldRejectedRow {
  public static final String TABLE = "_rejected";

  @SchemaFieldDescription(
      "Table the rejected row came from, e.g. silver.event_venues or gold.fact_events.")
  @SchemaFieldNumber("0")
  @SchemaFieldName("entity")
  public abstract String getEntity();

  /** The natural key; a link row's two ids joined by {@code |}. */
  @SchemaFieldDescription(
      "The row's natural key (a link row's two ids as event_id|venue_id); null when it had none.")
  @SchemaFieldNumber("1")
  @SchemaFieldName("record_id")
  public abstract @Nullable String getRecordId();

  /** Stable code: see {@code GoldReasons} in the transforms module. */
  @SchemaFieldDescription(
      "Stable reason code, e.g. missing_key, reserved_key, duplicate_key, unknown_event or"
          + " unknown_date_key.")
  @SchemaFieldNumber("2")
  @SchemaFieldName("reason_code")
  public abstract String getReasonCode();

  @SchemaFieldDescription("The reason in a sentence, for people.")
  @SchemaFieldNumber("3")
  @SchemaFieldName("reason_detail")
  public abstract String getReasonDetail();

  @SchemaFieldDescription("The rejected row as JSON, one member per column.")
  @SchemaFieldNumber("4")
  @SchemaFieldName("payload")
  public abstract String getPayload();

  @SchemaFieldDescription(
      "Landing file of the rejected row (its silver lineage); null when the row carries none.")
  @SchemaFieldNumber("5")
  @SchemaFieldName("_source_file")
  public abstract @Nullable String getSourceFile();

  @SchemaFieldDescription("Stage that rejected the row: gold, summary or documents.")
  @SchemaFieldNumber("6")
  @SchemaFieldName("stage")
  public abstract String getStage();

  /** SHA-256 of the rejection's content, with {@code -n} for its n-th identical copy. */
  @SchemaFieldDescription(
      "Id of the rejection within its run and stage: SHA-256 hex of entity, record_id,"
          + " reason_code and payload, then -n for the n-th identical rejection.")
  @SchemaFieldNumber("7")
  @SchemaFieldName("rejection_id")
  public abstract String getRejectionId();

  @SchemaFieldDescription("Id of the run that rejected the row.")
  @SchemaFieldNumber("8")
  @SchemaFieldName("_run_id")
  public abstract String getRunId();

  public static Builder builder() {
    return new AutoValue_GoldRejectedRow.Builder();
  }

  public abstract Builder toBuilder();

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setEntity(String v);

    public abstract Builder setRecordId(@Nullable String v);

    public abstract Builder setReasonCode(String v);

    public abstract Builder setReasonDetail(String v);

    public abstract Builder setPayload(String v);

    public abstract Builder setSourceFile(@Nullable String v);

    public abstract Builder setStage(String v);

    public abstract Builder setRejectionId(String v);

    public abstract Builder setRunId(String v);

    public abstract GoldRejectedRow build();
  }
}
