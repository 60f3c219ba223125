package com.tixmaster.transforms.silver;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;

/** Schema coders of the silver row types. */
final class SilverCoders {
  private SilverCoders() {}

  static <T> Coder<T> of(Pipeline pipeline, Class<T> type) {
    try {
      return pipeline.getSchemaRegistry().getSchemaCoder(type);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException("No schema for " + type.getName(), e);
    }
  }
}
