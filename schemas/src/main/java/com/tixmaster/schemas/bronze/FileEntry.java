package com.tixmaster.schemas.bronze;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
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
  @SchemaFieldNumber("0")
  @SchemaFieldName("path")
  public abstract String getPath();

  @SchemaFieldNumber("1")
  @SchemaFieldName("entity")
  public abstract String getEntity();

  @SchemaFieldNumber("2")
  @SchemaFieldName("size")
  public abstract long getSize();

  /** Hex SHA-256 of the file's bytes; equal hashes reveal a file re-landed under a new name. */
  @SchemaFieldNumber("3")
  @SchemaFieldName("sha256")
  public abstract String getSha256();

  /** Records read into bronze (objects and rejected non-objects). */
  @SchemaFieldNumber("4")
  @SchemaFieldName("records")
  public abstract long getRecords();

  /** page, array, ndjson, or unknown when the file could not be parsed. */
  @SchemaFieldNumber("5")
  @SchemaFieldName("shape")
  public abstract String getShape();

  @SchemaFieldNumber("6")
  @SchemaFieldName("run_id")
  public abstract String getRunId();

  /** loaded or rejected. */
  @SchemaFieldNumber("7")
  @SchemaFieldName("status")
  public abstract String getStatus();

  /** Why the file was rejected; null when it loaded. */
  @SchemaFieldNumber("8")
  @SchemaFieldName("error")
  public abstract @Nullable String getError();

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
