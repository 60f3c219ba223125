package com.tixmaster.schemas.bronze;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;

/** A landing file that bronze has not read yet: the unit of work of the bronze stage. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class LandingFile {
  /** Path relative to the landing root, as recorded in lineage and in {@code _files}. */
  @SchemaFieldNumber("0")
  @SchemaFieldName("path")
  public abstract String getPath();

  /** Absolute path the workers open. */
  @SchemaFieldNumber("1")
  @SchemaFieldName("location")
  public abstract String getLocation();

  @SchemaFieldNumber("2")
  @SchemaFieldName("entity")
  public abstract String getEntity();

  @SchemaFieldNumber("3")
  @SchemaFieldName("size")
  public abstract long getSize();

  /**
   * Why the file is refused without being opened (e.g. outside the landing layout); empty when it
   * is to be read.
   */
  @SchemaFieldNumber("4")
  @SchemaFieldName("refusal")
  public abstract String getRefusal();

  public static LandingFile of(String path, String location, String entity, long size) {
    return new AutoValue_LandingFile(path, location, entity, size, "");
  }

  public static LandingFile refused(
      String path, String location, String entity, long size, String refusal) {
    return new AutoValue_LandingFile(path, location, entity, size, refusal);
  }
}
