package com.tixmaster.pipeline.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Retrieval from a Databricks Vector Search index (a Delta Sync index over {@code
 * gold.event_documents}, embedding {@code event_text}): {@code POST
 * /api/2.0/vector-search/indexes/{index}/query} with the question as {@code query_text} and the
 * question's hard filters as {@code filters_json} (standard-endpoint dictionary syntax). Each row
 * that comes back is checked against the same filters again, so that an answer never breaks one,
 * whatever the server made of the filter.
 */
final class VectorSearchRetriever implements Retriever {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final int MAX_RESULTS = 200;

  private final DatabricksClient client;
  private final String endpoint;
  private final String index;
  private final Vocabulary vocabulary;
  private final String queryType;

  VectorSearchRetriever(
      DatabricksClient client,
      String endpoint,
      String index,
      Vocabulary vocabulary,
      String queryType) {
    this.client = client;
    this.endpoint = endpoint;
    this.index = index;
    this.vocabulary = vocabulary;
    this.queryType = queryType.toUpperCase(Locale.ROOT);
  }

  /** The request body for {@code question}. */
  ObjectNode requestBody(Question question, int top) {
    ObjectNode body = JSON.createObjectNode();
    body.put("query_text", question.text());
    ArrayNode columns = body.putArray("columns");
    EventDoc.COLUMNS.forEach(columns::add);
    body.put("num_results", Math.min(MAX_RESULTS, Math.max(top * 5, 25)));
    body.put("filters_json", filtersJson(question, vocabulary).toString());
    if (!queryType.equals("ANN")) {
      body.put("query_type", queryType);
    }
    return body;
  }

  /**
   * The hard filters in the standard endpoint's dictionary syntax, e.g. {@code {"city": ["London"],
   * "genre_name": ["Blues"], "event_date >=": "2026-11-20", "price_min <": 20.0, "price_currency":
   * ["GBP"]}}. Keys are ANDed; a list means any of its values.
   */
  static ObjectNode filtersJson(Question q, Vocabulary vocabulary) {
    ObjectNode f = JSON.createObjectNode();
    if (q.places() != null) {
      Facet.Selection s = q.places().selection(vocabulary.places());
      if (!s.values().isEmpty()) {
        ArrayNode a = f.putArray(s.column());
        s.values().forEach(a::add);
      }
    }
    if (q.categories() != null) {
      Facet.Selection s = q.categories().selection(vocabulary.categories());
      if (!s.values().isEmpty()) {
        ArrayNode a = f.putArray(s.column());
        s.values().forEach(a::add);
      }
    }
    LocalDate from = q.today();
    if (q.dates() != null) {
      if (q.dates().from().isAfter(from)) {
        from = q.dates().from();
      }
      f.put("event_date <=", q.dates().to().toString());
    }
    f.put("event_date >=", from.toString());
    PriceFilter p = q.price();
    if (p != null) {
      if (p.min() != null) {
        f.put(p.minInclusive() ? "price_min >=" : "price_min >", p.min());
      }
      if (p.max() != null) {
        f.put(p.maxInclusive() ? "price_min <=" : "price_min <", p.max());
      }
      if (!p.currencies().isEmpty()) {
        ArrayNode a = f.putArray("price_currency");
        p.currencies().stream().sorted().forEach(a::add);
      }
    }
    return f;
  }

  @Override
  public Retrieval retrieve(Question question, int top) throws IOException {
    JsonNode response;
    try {
      response =
          client.post(
              List.of("api", "2.0", "vector-search", "indexes", index, "query"),
              requestBody(question, top));
    } catch (DatabricksClient.DatabricksException e) {
      if (e.status() == 404) {
        throw new DatabricksClient.DatabricksException(
            404,
            "Vector Search index "
                + index
                + " not found (endpoint "
                + endpoint
                + "); create it with scripts/databricks/vector-search.sh. "
                + e.getMessage());
      }
      throw e;
    }
    List<EventDoc> rows = rows(response);
    List<EventDoc> kept = new ArrayList<>();
    for (EventDoc d : rows) {
      if (question.matches(d)) {
        kept.add(d);
      }
    }
    return new Retrieval(
        List.copyOf(kept.subList(0, Math.min(top, kept.size()))),
        kept.size(),
        question.words(),
        List.of(),
        "similarity",
        "vector-search");
  }

  /** The rows of a query response: {@code manifest.columns} names {@code result.data_array}. */
  static List<EventDoc> rows(JsonNode response) throws IOException {
    JsonNode columns = response.path("manifest").path("columns");
    JsonNode data = response.path("result").path("data_array");
    if (!columns.isArray()) {
      throw new IOException("unexpected Vector Search response: no manifest.columns");
    }
    List<String> names = new ArrayList<>();
    for (JsonNode c : columns) {
      names.add(c.path("name").asText());
    }
    List<EventDoc> out = new ArrayList<>();
    if (!data.isArray()) {
      return out;
    }
    for (JsonNode row : data) {
      Map<String, Object> values = new HashMap<>();
      for (int i = 0; i < names.size() && i < row.size(); i++) {
        values.put(names.get(i), value(row.get(i)));
      }
      if (values.get("event_id") != null) {
        out.add(EventDoc.fromValues(values::get));
      }
    }
    return out;
  }

  /**
   * Reads the whole index with {@code POST …/scan}, at most {@code limit} rows, for the vocabulary
   * of places and classifications when there is no local copy of the table.
   */
  static List<EventDoc> scan(DatabricksClient client, String index, int limit) throws IOException {
    List<EventDoc> docs = new ArrayList<>();
    String last = null;
    while (docs.size() < limit) {
      ObjectNode body = JSON.createObjectNode();
      body.put("num_results", Math.min(1000, limit - docs.size()));
      if (last != null) {
        body.put("last_primary_key", last);
      }
      JsonNode page =
          client.post(List.of("api", "2.0", "vector-search", "indexes", index, "scan"), body);
      JsonNode data = page.path("data");
      if (!data.isArray() || data.isEmpty()) {
        break;
      }
      for (JsonNode entry : data) {
        Map<String, Object> values = new HashMap<>();
        for (JsonNode field : entry.path("fields")) {
          JsonNode v = field.path("value");
          Object value = null;
          if (v.has("string_value")) {
            value = v.get("string_value").asText();
          } else if (v.has("number_value")) {
            value = v.get("number_value").asDouble();
          } else if (v.has("bool_value")) {
            value = v.get("bool_value").asBoolean();
          }
          values.put(field.path("key").asText(), value);
        }
        if (values.get("event_id") != null) {
          docs.add(EventDoc.fromValues(values::get));
        }
      }
      String next = page.path("last_primary_key").asText(null);
      if (next == null || next.equals(last)) {
        break;
      }
      last = next;
    }
    return docs;
  }

  private static Object value(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isNumber()) {
      return n.numberValue();
    }
    return n.asText();
  }
}
