package com.tixmaster.schemas.bronze;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldDescription;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;

/**
 * One row of {@code bronze._schema}: a JSON field path seen in an entity's records, with its JSON
 * type. Bronze's schema inference; a path first seen in this run is schema drift.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class SchemaField {
  @SchemaFieldDescription(
      "Entity whose records contain the path: events, venues, attractions or classifications.")
  @SchemaFieldNumber("0")
  @SchemaFieldName("entity")
  public abstract String getEntity();

  /** Dotted path; array elements are marked {@code []}, e.g. {@code priceRanges[].min}. */
  @SchemaFieldDescription(
      "Dotted JSON path of a field in the entity's records; array elements are marked [], e.g."
          + " priceRanges[].min.")
  @SchemaFieldNumber("1")
  @SchemaFieldName("field_path")
  public abstract String getFieldPath();

  /** object, array, string, integer, number, boolean or null. */
  @SchemaFieldDescription(
      "JSON type seen at that path: object, array, string, integer, number, boolean or null; a path"
          + " seen with two types has two rows.")
  @SchemaFieldNumber("2")
  @SchemaFieldName("json_type")
  public abstract String getJsonType();

  @SchemaFieldDescription(
      "Id of the bronze run that first saw this path and type; a path first seen in a run is that"
          + " run's schema drift.")
  @SchemaFieldNumber("3")
  @SchemaFieldName("first_seen_run")
  public abstract String getFirstSeenRun();

  @SchemaFieldDescription("Id of the latest bronze run that saw this path and type.")
  @SchemaFieldNumber("4")
  @SchemaFieldName("last_seen_run")
  public abstract String getLastSeenRun();

  public static SchemaField of(
      String entity, String fieldPath, String jsonType, String firstSeenRun, String lastSeenRun) {
    return new AutoValue_SchemaField(entity, fieldPath, jsonType, firstSeenRun, lastSeenRun);
  }

  /** The table's key: entity, path and type. */
  public String key() {
    return getEntity() + "\u0000" + getFieldPath() + "\u0000" + getJsonType();
  }
}
