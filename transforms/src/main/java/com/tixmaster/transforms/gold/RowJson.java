package com.tixmaster.transforms.gold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;
import org.joda.time.ReadableInstant;

/**
 * A Beam {@link Row} as JSON text, for the {@code payload} of a dead letter: one member per column
 * in column order, nulls included. Numbers and booleans stay JSON numbers and booleans, instants
 * are ISO-8601 UTC strings, nested rows objects and lists arrays; anything else is its {@code
 * toString()}.
 */
public final class RowJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RowJson() {}

  public static String of(Row row) {
    try {
      return JSON.writeValueAsString(object(row));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serialises", e);
    }
  }

  private static ObjectNode object(Row row) {
    ObjectNode node = NODES.objectNode();
    for (Schema.Field field : row.getSchema().getFields()) {
      node.set(field.getName(), value(row.getValue(field.getName())));
    }
    return node;
  }

  private static JsonNode value(@Nullable Object v) {
    if (v == null) {
      return NODES.nullNode();
    }
    if (v instanceof Row) {
      return object((Row) v);
    }
    if (v instanceof Boolean) {
      return NODES.booleanNode((Boolean) v);
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return NODES.numberNode(((Number) v).longValue());
    }
    if (v instanceof Double || v instanceof Float) {
      return NODES.numberNode(((Number) v).doubleValue());
    }
    if (v instanceof BigDecimal) {
      return NODES.numberNode((BigDecimal) v);
    }
    if (v instanceof ReadableInstant) {
      return NODES.textNode(v.toString());
    }
    if (v instanceof byte[]) {
      return NODES.binaryNode((byte[]) v);
    }
    if (v instanceof Map) {
      ObjectNode map = NODES.objectNode();
      ((Map<?, ?>) v).forEach((k, x) -> map.set(String.valueOf(k), value(x)));
      return map;
    }
    if (v instanceof Iterable) {
      ArrayNode array = NODES.arrayNode();
      ((Iterable<?>) v).forEach(x -> array.add(value(x)));
      return array;
    }
    return NODES.textNode(v.toString());
  }
}
