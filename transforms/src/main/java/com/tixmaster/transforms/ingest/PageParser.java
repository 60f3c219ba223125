package com.tixmaster.transforms.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@code page} object and record ids of a search response body. */
final class PageParser {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PageParser() {}

  static Page parse(SearchQuery query, byte[] body, RateLimitStatus rateLimit) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      // Jackson's message quotes the body, not the URL; the location says where it broke.
      throw new MalformedPageException(
          "the "
              + query.entity().apiName()
              + " response is not JSON ("
              + e.getClass().getSimpleName()
              + " at byte "
              + offset(e)
              + " of "
              + body.length
              + ")");
    }
    JsonNode page = root == null ? null : root.get("page");
    if (page == null || !page.isObject()) {
      throw new MalformedPageException(
          "the " + query.entity().apiName() + " response has no page object");
    }
    PageInfo info =
        new PageInfo(
            page.path("size").asInt(),
            page.path("totalElements").asLong(),
            page.path("totalPages").asInt(),
            page.path("number").asInt());
    JsonNode records = root.path("_embedded").path(query.entity().apiName());
    List<String> ids = new ArrayList<>();
    for (JsonNode record : records) {
      String id = recordId(record);
      if (id != null) {
        ids.add(id);
      }
    }
    return new Page(query, body, info, records.size(), ids, rateLimit);
  }

  private static long offset(IOException e) {
    return e instanceof com.fasterxml.jackson.core.JsonProcessingException j
            && j.getLocation() != null
        ? j.getLocation().getByteOffset()
        : -1;
  }

  /** Events, venues and attractions carry {@code id}; classifications identify by their segment. */
  private static String recordId(JsonNode record) {
    JsonNode id = record.get("id");
    if (id == null) {
      id = record.path("segment").get("id");
    }
    return id != null && id.isTextual() ? id.asText() : null;
  }
}
