package com.tixmaster.schemas.silver;

import com.google.auto.value.AutoValue;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.TableSpec.WriteMode;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldDescription;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.joda.time.Instant;

/**
 * One row of {@code silver._bronze_runs}: a bronze run whose records silver has merged. Silver's
 * incremental watermark; committed with the silver tables, so a crash never half-applies it.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class BronzeRunProcessed {
  public static final TableSpec TABLE =
      TableSpec.of(
          SilverTables.LAYER,
          "_bronze_runs",
          BronzeRunProcessed.class,
          List.of("bronze_run_id"),
          Set.of(),
          WriteMode.APPEND);

  @SchemaFieldDescription(
      "A bronze run whose records silver has merged; silver never merges a listed run again.")
  @SchemaFieldNumber("0")
  @SchemaFieldName("bronze_run_id")
  public abstract String getBronzeRunId();

  @SchemaFieldDescription("Id of the silver run that merged it.")
  @SchemaFieldNumber("1")
  @SchemaFieldName("silver_run_id")
  public abstract String getSilverRunId();

  @SchemaFieldDescription(
      "UTC instant the silver run merged it; tells gold when silver last changed.")
  @SchemaFieldNumber("2")
  @SchemaFieldName("processed_at")
  public abstract Instant getProcessedAt();

  public static BronzeRunProcessed of(String bronzeRunId, String silverRunId, Instant processedAt) {
    return new AutoValue_BronzeRunProcessed(bronzeRunId, silverRunId, processedAt);
  }
}
