package com.tixmaster.transforms.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The code and text of an error body, in either shape the API uses: the Apigee gateway's {@code
 * {"fault":{"faultstring","detail":{"errorcode"}}}} (401, 429) or Discovery's own {@code
 * {"errors":[{"code","detail","status"}]}} (400, 404). Both are null when the body is neither.
 */
record ApiFault(String code, String detail) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static ApiFault parse(byte[] body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      return new ApiFault(null, null);
    }
    if (root == null) {
      return new ApiFault(null, null);
    }
    JsonNode fault = root.path("fault");
    if (fault.isObject()) {
      return new ApiFault(
          text(fault.path("detail").path("errorcode")), text(fault.path("faultstring")));
    }
    JsonNode first = root.path("errors").path(0);
    return new ApiFault(text(first.path("code")), text(first.path("detail")));
  }

  boolean isQuotaViolation() {
    return code != null && code.endsWith("QuotaViolation");
  }

  /** E.g. {@code DIS1035: API Limits Exceeded: ...}, or empty when the body said nothing. */
  String describe() {
    if (code == null && detail == null) {
      return "";
    }
    return code == null ? detail : detail == null ? code : code + ": " + detail;
  }

  private static String text(JsonNode node) {
    return node.isValueNode() ? node.asText() : null;
  }
}
