package com.tixmaster.transforms.io;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;

/**
 * One row group of a Parquet file, as the byte range {@code [start, end)} that holds it: the unit
 * of work when a step reads a few large files, so that the work spreads evenly over the workers.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class FileSplit implements Serializable {
  private static final long serialVersionUID = 1L;

  @SchemaFieldNumber("0")
  @SchemaFieldName("file")
  public abstract String getFile();

  @SchemaFieldNumber("1")
  @SchemaFieldName("start")
  public abstract long getStart();

  @SchemaFieldNumber("2")
  @SchemaFieldName("end")
  public abstract long getEnd();

  public static FileSplit of(String file, long start, long end) {
    return new AutoValue_FileSplit(file, start, end);
  }
}
