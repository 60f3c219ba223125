package com.tixmaster.transforms.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.tixmaster.schemas.silver.RejectedRow;
import java.util.Locale;
import javax.annotation.Nullable;

/** Builds {@code _rejected} rows and reads payload roots, rejecting what is unusable. */
public final class Rejections {
  private static final int MAX_DETAIL = 300;

  private Rejections() {}

  /** A rejected row carrying the observation's lineage. */
  public static RejectedRow row(
      String entity,
      @Nullable String recordId,
      String reasonCode,
      String reasonDetail,
      @Nullable String payload,
      Observation obs) {
    return RejectedRow.builder()
        .setEntity(entity)
        .setRecordId(recordId)
        .setReasonCode(reasonCode)
        .setReasonDetail(cut(reasonDetail))
        .setPayload(payload)
        .setSourceFile(obs.sourceFile())
        .setRecordIndex(obs.recordIndex())
        .setOrigin(obs.origin())
        .setRunId(obs.runId())
        .setIngestionTimestamp(obs.ingestionTimestamp())
        .build();
  }

  /**
   * Parses a record's payload once. Returns its root object, or null after adding an {@code
   * unparseable_payload} or {@code not_an_object} rejection to {@code out}.
   */
  public static @Nullable JsonNode readRoot(
      String entity,
      @Nullable String payload,
      @Nullable String bronzeRecordId,
      Observation obs,
      ParsedRows out) {
    JsonNode root;
    try {
      root = JsonFields.readTree(payload);
    } catch (JsonProcessingException e) {
      out.rejected.add(
          row(
              entity,
              bronzeRecordId,
              ReasonCodes.UNPARSEABLE_PAYLOAD,
              "payload is not valid JSON: " + e.getOriginalMessage(),
              payload,
              obs));
      return null;
    }
    if (root == null) {
      out.rejected.add(
          row(
              entity,
              bronzeRecordId,
              ReasonCodes.UNPARSEABLE_PAYLOAD,
              "payload is empty",
              payload,
              obs));
      return null;
    }
    if (!root.isObject()) {
      out.rejected.add(
          row(
              entity,
              bronzeRecordId,
              ReasonCodes.NOT_AN_OBJECT,
              "payload is a JSON "
                  + root.getNodeType().name().toLowerCase(Locale.ROOT)
                  + ", not an object",
              payload,
              obs));
      return null;
    }
    return root;
  }

  private static String cut(String s) {
    return s.length() <= MAX_DETAIL ? s : s.substring(0, MAX_DETAIL) + "…";
  }
}
