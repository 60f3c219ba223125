package com.tixmaster.schemas.bronze;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldDescription;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.joda.time.Instant;

/**
 * One row of {@code bronze._files}, the checkpoint that makes bronze exactly-once: every landing
 * file ever read, whether it loaded or was rejected.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class FileEntry {
  public static final String LOADED = "loaded";
  public static final String REJECTED = "rejected";

  /** Path relative to the landing root; the checkpoint's key. */
  @SchemaFieldDescription(
      "Landing file path relative to the landing root; the checkpoint's key: a listed file is never"
          + " read again.")
  @SchemaFieldNumber("0")
  @SchemaFieldName("path")
  public abstract String getPath();

  @SchemaFieldDescription(
      "Entity folder the file was landed under: events, venues, attractions or classifications; for"
          + " a file outside the layout, as found.")
  @SchemaFieldNumber("1")
  @SchemaFieldName("entity")
  public abstract String getEntity();

  @SchemaFieldDescription("File size in bytes when read.")
  @SchemaFieldNumber("2")
  @SchemaFieldName("size")
  public abstract long getSize();

  /** Hex SHA-256 of the file's bytes; equal hashes reveal a file re-landed under a new name. */
  @SchemaFieldDescription(
      "Hex SHA-256 of the file's bytes; equal hashes reveal the same content landed under two"
          + " names.")
  @SchemaFieldNumber("3")
  @SchemaFieldName("sha256")
  public abstract String getSha256();

  /** Records read into bronze (objects and rejected non-objects). */
  @SchemaFieldDescription(
      "Records read from the file into bronze, JSON objects and rejected non-objects together; 0"
          + " for a rejected file.")
  @SchemaFieldNumber("4")
  @SchemaFieldName("records")
  public abstract long getRecords();

  /** page, array, ndjson, or unknown when the file could not be parsed. */
  @SchemaFieldDescription(
      "How the file was read: page (an API page), array (a JSON array of records), ndjson (one"
          + " record a line), or unknown when it could not be parsed.")
  @SchemaFieldNumber("5")
  @SchemaFieldName("shape")
  public abstract String getShape();

  @SchemaFieldDescription("Id of the bronze run that read the file.")
  @SchemaFieldNumber("6")
  @SchemaFieldName("run_id")
  public abstract String getRunId();

  /** loaded or rejected. */
  @SchemaFieldDescription(
      "loaded, or rejected when the file could not be parsed or is not where the landing layout"
          + " says.")
  @SchemaFieldNumber("7")
  @SchemaFieldName("status")
  public abstract String getStatus();

  /** Why the file was rejected; null when it loaded. */
  @SchemaFieldDescription(
      "Why the file was rejected (a reason code and detail); null when it loaded.")
  @SchemaFieldNumber("8")
  @SchemaFieldName("error")
  public abstract @Nullable String getError();

  @SchemaFieldDescription("UTC instant at which the bronze run read the file.")
  @SchemaFieldNumber("9")
  @SchemaFieldName("read_at")
  public abstract Instant getReadAt();

  public static Builder builder() {
    return new AutoValue_FileEntry.Builder();
  }

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setPath(String v);

    public abstract Builder setEntity(String v);

    public abstract Builder setSize(long v);

    public abstract Builder setSha256(String v);

    public abstract Builder setRecords(long v);

    public abstract Builder setShape(String v);

    public abstract Builder setRunId(String v);

    public abstract Builder setStatus(String v);

    public abstract Builder setError(@Nullable String v);

    public abstract Builder setReadAt(Instant v);

    public abstract FileEntry build();
  }
}
