package com.tixmaster.pipeline.run;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.Row;

/** Typed row values ↔ Beam rows, for what the driver writes itself (logs, audit results). */
public final class Rows {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.createDefault();

  private Rows() {}

  public static <T> List<Row> of(Class<T> type, List<T> values) {
    SerializableFunction<T, Row> toRow;
    try {
      toRow = REGISTRY.getToRowFunction(type);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException("No Beam schema for " + type.getName(), e);
    }
    List<Row> rows = new ArrayList<>(values.size());
    for (T value : values) {
      rows.add(toRow.apply(value));
    }
    return rows;
  }
}
