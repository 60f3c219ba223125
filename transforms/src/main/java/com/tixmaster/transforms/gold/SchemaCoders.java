package com.tixmaster.transforms.gold;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/** Schema coders and empty typed PCollections for the gold row types. */
public final class SchemaCoders {
  private SchemaCoders() {}

  /** The schema coder of an {@code @DefaultSchema} type in {@code pipeline}'s registry. */
  public static <T> SchemaCoder<T> of(Pipeline pipeline, Class<T> type) {
    try {
      return pipeline.getSchemaRegistry().getSchemaCoder(type);
    } catch (NoSuchSchemaException e) {
      throw new IllegalArgumentException("No schema for " + type.getName(), e);
    }
  }

  /** An empty, schema'd PCollection of {@code type}: the "previous" table of a first run. */
  public static <T> PCollection<T> empty(Pipeline pipeline, String name, Class<T> type) {
    return PBegin.in(pipeline).apply(name, Create.empty(of(pipeline, type)));
  }
}
