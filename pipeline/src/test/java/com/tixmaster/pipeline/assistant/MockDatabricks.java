package com.tixmaster.pipeline.assistant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;

/** Databricks-shaped answers for MockWebServer. */
final class MockDatabricks {
  static final String TOKEN = "dapi-0123456789abcdef-secret";
  private static final ObjectMapper JSON = new ObjectMapper();

  private MockDatabricks() {}

  static MockResponse json(int status, String body) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setBody(body);
  }

  /** A Vector Search query response holding {@code docs}, scored in order. */
  static MockResponse queryResponse(List<EventDoc> docs) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode manifest = root.putObject("manifest");
    ArrayNode columns = manifest.putArray("columns");
    for (String c : EventDoc.COLUMNS) {
      columns.addObject().put("name", c);
    }
    columns.addObject().put("name", "score");
    manifest.put("column_count", EventDoc.COLUMNS.size() + 1);
    ObjectNode result = root.putObject("result");
    result.put("row_count", docs.size());
    ArrayNode data = result.putArray("data_array");
    double score = 0.9;
    for (EventDoc d : docs) {
      ArrayNode row = data.addArray();
      row.add(d.eventId());
      row.add(d.eventText());
      row.add(d.eventName());
      row.add(d.eventDate() == null ? null : d.eventDate().toString());
      row.add(d.eventLocalTime());
      row.add(d.eventDatetimeUtc() == null ? null : d.eventDatetimeUtc().toString());
      row.add(d.city());
      row.add(d.state());
      row.add(d.country());
      row.add(d.segmentName());
      row.add(d.genreName());
      row.add(d.subgenreName());
      if (d.priceMin() == null) {
        row.addNull();
      } else {
        row.add(d.priceMin());
      }
      if (d.priceMax() == null) {
        row.addNull();
      } else {
        row.add(d.priceMax());
      }
      row.add(d.priceCurrency());
      row.add(d.venueName());
      row.add(d.attractionName());
      row.add(d.statusCode());
      row.add(d.eventUrl());
      row.add(score);
      score -= 0.01;
    }
    return json(200, root.toString());
  }

  /** A Vector Search scan page holding {@code docs}. */
  static MockResponse scanResponse(List<EventDoc> docs) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode data = root.putArray("data");
    String last = null;
    for (EventDoc d : docs) {
      ArrayNode fields = data.addObject().putArray("fields");
      field(fields, "event_id", d.eventId());
      field(fields, "event_text", d.eventText());
      field(fields, "event_name", d.eventName());
      field(fields, "event_date", d.eventDate() == null ? null : d.eventDate().toString());
      field(fields, "city", d.city());
      field(fields, "state", d.state());
      field(fields, "country", d.country());
      field(fields, "segment_name", d.segmentName());
      field(fields, "genre_name", d.genreName());
      field(fields, "subgenre_name", d.subgenreName());
      if (d.priceMin() != null) {
        fields
            .addObject()
            .put("key", "price_min")
            .putObject("value")
            .put("number_value", d.priceMin());
      }
      field(fields, "price_currency", d.priceCurrency());
      last = d.eventId();
    }
    if (last != null) {
      root.put("last_primary_key", last);
    }
    return json(200, root.toString());
  }

  private static void field(ArrayNode fields, String key, String value) {
    ObjectNode f = fields.addObject().put("key", key);
    if (value != null) {
      f.putObject("value").put("string_value", value);
    }
  }

  /** A chat completion whose answer is {@code content}. */
  static MockResponse chatResponse(String content) {
    ObjectNode root = JSON.createObjectNode();
    root.put("object", "chat.completion");
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0);
    choice.putObject("message").put("role", "assistant").put("content", content);
    choice.put("finish_reason", "stop");
    return json(200, root.toString());
  }
}
