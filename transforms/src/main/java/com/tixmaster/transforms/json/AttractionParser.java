package com.tixmaster.transforms.json;

import static com.tixmaster.transforms.json.ParseCounters.NULLED_ATTRACTION_FIELD_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_ATTRACTION_FLAG_INVALID;

import com.fasterxml.jackson.databind.JsonNode;
import com.tixmaster.schemas.silver.AttractionRow;
import javax.annotation.Nullable;

/**
 * Attractions, standalone ({@code /attractions} records) or embedded in events ({@code
 * _embedded.attractions[]}). Their {@code classifications[]} yield classification rows (origin
 * embedded) and the attraction's {@code classification_id} (the primary one).
 */
public final class AttractionParser {
  public static final String ENTITY = "attractions";

  private AttractionParser() {}

  /** Parses one bronze attraction record into {@code out}. */
  public static void parseRecord(
      String payload, @Nullable String bronzeRecordId, Observation obs, ParsedRows out) {
    KeyedRecords.parseRecord(
        ENTITY, "attraction", payload, bronzeRecordId, obs, out, AttractionParser::parseObject);
  }

  /**
   * Parses the attraction at {@code _embedded.attractions[position]} of event {@code eventId}.
   * Returns null when the copy is unusable: it is then rejected ({@code _origin = embedded}) and
   * the caller drops the link.
   */
  public static @Nullable AttractionRow parseEmbedded(
      @Nullable JsonNode node, String eventId, int position, Observation obs, ParsedRows out) {
    return KeyedRecords.parseEmbedded(
        ENTITY, "attraction", node, eventId, position, obs, out, AttractionParser::parseObject);
  }

  private static AttractionRow parseObject(
      JsonNode a, String attractionId, Observation obs, ParsedRows out) {
    ParseIssues issues = out.issues;
    String w = NULLED_ATTRACTION_FIELD_WRONG_TYPE;
    String classificationId = ClassificationParser.parseEntries(a, obs.embedded(), out);
    AttractionRow row =
        AttractionRow.builder()
            .setAttractionId(attractionId)
            .setAttractionName(JsonFields.text(a, "name", issues, w))
            .setAttractionType(JsonFields.text(a, "type", issues, w))
            .setAttractionUrl(JsonFields.text(a, "url", issues, w))
            .setLocale(JsonFields.text(a, "locale", issues, w))
            .setIsTest(JsonFields.flag(a, "test", issues, NULLED_ATTRACTION_FLAG_INVALID))
            .setClassificationId(classificationId)
            .setSourceFile(obs.sourceFile())
            .setRecordIndex(obs.recordIndex())
            .setOrigin(obs.origin())
            .setRunId(obs.runId())
            .setIngestionTimestamp(obs.ingestionTimestamp())
            .build();
    out.attractions.add(row);
    return row;
  }
}
