package com.tixmaster.transforms.json;

import com.fasterxml.jackson.databind.JsonNode;
import javax.annotation.Nullable;

/**
 * What standalone and embedded copies of venues and attractions share: finding a usable id, or
 * rejecting the copy with a reason, before the entity's own parser reads the object.
 */
final class KeyedRecords {
  /** Reads one object whose id is known to be usable. */
  interface ObjectParser<T> {
    T parse(JsonNode node, String id, Observation obs, ParsedRows out);
  }

  private KeyedRecords() {}

  /** A standalone bronze record of {@code entity} ({@code label} names one, e.g. "venue"). */
  static <T> void parseRecord(
      String entity,
      String label,
      String payload,
      @Nullable String bronzeRecordId,
      Observation obs,
      ParsedRows out,
      ObjectParser<T> parser) {
    JsonNode root = Rejections.readRoot(entity, payload, bronzeRecordId, obs, out);
    if (root == null) {
      return;
    }
    Ids.Id id = Ids.read(root, "id", out.issues);
    if (!id.isValid()) {
      out.rejected.add(
          Rejections.row(
              entity,
              bronzeRecordId,
              id.reasonCode(),
              label + " record: " + Ids.describe(JsonFields.child(root, "id")),
              payload,
              obs));
      return;
    }
    parser.parse(root, id.value(), obs, out);
  }

  /**
   * The copy at {@code _embedded.<entity>[position]} of event {@code eventId}, or null when it is
   * unusable: then it is rejected ({@code _origin = embedded}, {@code record_id} = the event's id)
   * and the caller drops the link.
   */
  static <T> @Nullable T parseEmbedded(
      String entity,
      String label,
      @Nullable JsonNode node,
      String eventId,
      int position,
      Observation obs,
      ParsedRows out,
      ObjectParser<T> parser) {
    String where = label + " at _embedded." + entity + "[" + position + "] of event " + eventId;
    if (node == null || !node.isObject()) {
      out.rejected.add(
          Rejections.row(
              entity,
              eventId,
              ReasonCodes.NOT_AN_OBJECT,
              where + " is not an object",
              node == null ? null : JsonFields.toJson(node),
              obs));
      return null;
    }
    Ids.Id id = Ids.read(node, "id", out.issues);
    if (!id.isValid()) {
      out.rejected.add(
          Rejections.row(
              entity,
              eventId,
              id.reasonCode(),
              where + ": " + Ids.describe(JsonFields.child(node, "id")),
              JsonFields.toJson(node),
              obs));
      return null;
    }
    return parser.parse(node, id.value(), obs, out);
  }
}
