package com.tixmaster.transforms.json;

import com.fasterxml.jackson.databind.JsonNode;
import javax.annotation.Nullable;

/** Reads an entity key: a non-blank string, or an integral number taken as its text. */
public final class Ids {
  private Ids() {}

  /** The outcome: either a usable {@link #value()} or a rejection {@link #reasonCode()}. */
  public static final class Id {
    private final @Nullable String value;
    private final @Nullable String reasonCode;

    private Id(@Nullable String value, @Nullable String reasonCode) {
      this.value = value;
      this.reasonCode = reasonCode;
    }

    public @Nullable String value() {
      return value;
    }

    /**
     * {@link ReasonCodes#MISSING_ID} or {@link ReasonCodes#INVALID_ID} when unusable, else null.
     */
    public @Nullable String reasonCode() {
      return reasonCode;
    }

    public boolean isValid() {
      return value != null;
    }
  }

  /** Reads {@code parent.field} as a key. */
  public static Id read(@Nullable JsonNode parent, String field, ParseIssues issues) {
    return of(JsonFields.child(parent, field), issues);
  }

  /** Reads a node as a key. */
  public static Id of(@Nullable JsonNode node, ParseIssues issues) {
    if (node == null || node.isNull()) {
      return new Id(null, ReasonCodes.MISSING_ID);
    }
    if (node.isTextual()) {
      String t = JsonFields.trimToNull(node.textValue());
      return t == null ? new Id(null, ReasonCodes.MISSING_ID) : new Id(t, null);
    }
    if (node.isIntegralNumber()) {
      issues.add(ParseCounters.PARSED_ID_FROM_NUMBER);
      return new Id(StringPool.canonical(node.asText()), null);
    }
    return new Id(null, ReasonCodes.INVALID_ID);
  }

  /** A short description of the offending id node, for {@code reason_detail}. */
  public static String describe(@Nullable JsonNode node) {
    if (node == null || node.isNull()) {
      return "no id";
    }
    String type = node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    String text = node.toString();
    return "id is " + type + " " + (text.length() > 80 ? text.substring(0, 80) + "…" : text);
  }
}
