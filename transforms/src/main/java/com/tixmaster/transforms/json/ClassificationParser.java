package com.tixmaster.transforms.json;

import static com.tixmaster.transforms.json.ParseCounters.DROPPED_CLASSIFICATION_PATH_MISSING_ID;
import static com.tixmaster.transforms.json.ParseCounters.DROPPED_CLASSIFICATION_WITHOUT_IDS;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_CLASSIFICATIONS_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_CLASSIFICATION_ENTRY_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_CLASSIFICATION_FIELD_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_CLASSIFICATION_FLAG_INVALID;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_CLASSIFICATION_LEVEL_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_EMBEDDED_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_GENRES_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_SUBGENRES_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_SUBTYPES_WRONG_TYPE;

import com.fasterxml.jackson.databind.JsonNode;
import com.tixmaster.schemas.silver.ClassificationRow;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * Classifications, from two places.
 *
 * <ul>
 *   <li>The {@code classifications[]} of events and attractions: one row per entry, keyed by its
 *       five ids (a missing level, e.g. no {@code genre}, is {@code -}). The owner's {@code
 *       classification_id} is the entry with {@code primary:true}, else the first usable entry.
 *   <li>A record of the classifications endpoint: a segment tree yields one row per path —
 *       (segment), (segment, genre) and (segment, genre, subgenre) — and a type tree (newer
 *       responses) one row per (type) and (type, subtype). Each row's id uses the same five-id
 *       scheme, so a segment-only event classification meets the endpoint's segment row.
 * </ul>
 *
 * A level without a usable id contributes neither its id nor its name (the row must match its key);
 * an entry without any id is dropped and counted.
 */
public final class ClassificationParser {
  public static final String ENTITY = "classifications";

  private ClassificationParser() {}

  /** One level ({@code segment}, {@code genre}, ...): its id and name, both null when unusable. */
  private static final class Level {
    static final Level NONE = new Level(null, null);
    final @Nullable String id;
    final @Nullable String name;

    Level(@Nullable String id, @Nullable String name) {
      this.id = id;
      this.name = name;
    }
  }

  /**
   * Parses the {@code classifications[]} of an event or attraction into {@code out}, with lineage
   * {@code obs} (the owner's, as embedded). Returns the primary classification's id, or null.
   */
  public static @Nullable String parseEntries(JsonNode owner, Observation obs, ParsedRows out) {
    ParseIssues issues = out.issues;
    JsonNode entries =
        JsonFields.array(owner, "classifications", issues, NULLED_CLASSIFICATIONS_WRONG_TYPE);
    if (entries == null) {
      return null;
    }
    String primary = null;
    String first = null;
    Set<String> seen = new HashSet<>();
    for (JsonNode entry : entries) {
      if (entry == null || entry.isNull()) {
        continue;
      }
      if (!entry.isObject()) {
        issues.add(NULLED_CLASSIFICATION_ENTRY_WRONG_TYPE);
        continue;
      }
      Level segment = level(entry, "segment", issues);
      Level genre = level(entry, "genre", issues);
      Level subgenre = level(entry, "subGenre", issues);
      Level type = level(entry, "type", issues);
      Level subtype = level(entry, "subType", issues);
      if (segment.id == null
          && genre.id == null
          && subgenre.id == null
          && type.id == null
          && subtype.id == null) {
        issues.add(DROPPED_CLASSIFICATION_WITHOUT_IDS);
        continue;
      }
      Boolean family = JsonFields.flag(entry, "family", issues, NULLED_CLASSIFICATION_FLAG_INVALID);
      Boolean isPrimary =
          JsonFields.flag(entry, "primary", issues, NULLED_CLASSIFICATION_FLAG_INVALID);
      ClassificationRow row = row(segment, genre, subgenre, type, subtype, family, obs);
      String id = row.getClassificationId();
      if (seen.add(id)) {
        out.classifications.add(row);
      }
      if (first == null) {
        first = id;
      }
      if (primary == null && Boolean.TRUE.equals(isPrimary)) {
        primary = id;
      }
    }
    return primary != null ? primary : first;
  }

  /** Parses one record of the classifications endpoint (a segment tree or a type tree). */
  public static void parseRecord(
      String payload, @Nullable String bronzeRecordId, Observation obs, ParsedRows out) {
    JsonNode root = Rejections.readRoot(ENTITY, payload, bronzeRecordId, obs, out);
    if (root == null) {
      return;
    }
    ParseIssues issues = out.issues;
    Boolean family = JsonFields.flag(root, "family", issues, NULLED_CLASSIFICATION_FLAG_INVALID);
    JsonNode segment =
        JsonFields.object(root, "segment", issues, NULLED_CLASSIFICATION_LEVEL_WRONG_TYPE);
    JsonNode type = JsonFields.object(root, "type", issues, NULLED_CLASSIFICATION_LEVEL_WRONG_TYPE);
    Ids.Id segmentId = Ids.read(segment, "id", issues);
    Ids.Id typeId = Ids.read(type, "id", issues);
    if (!segmentId.isValid() && !typeId.isValid()) {
      boolean invalid =
          ReasonCodes.INVALID_ID.equals(segmentId.reasonCode())
              || ReasonCodes.INVALID_ID.equals(typeId.reasonCode());
      String recordId = bronzeRecordId;
      out.rejected.add(
          Rejections.row(
              ENTITY,
              recordId,
              invalid ? ReasonCodes.INVALID_ID : ReasonCodes.MISSING_ID,
              invalid
                  ? "classification's segment.id / type.id is not a string"
                  : "classification has neither segment.id nor type.id",
              payload,
              obs));
      return;
    }
    if (segmentId.isValid()) {
      Level seg = new Level(segmentId.value(), name(segment, issues));
      out.classifications.add(
          row(seg, Level.NONE, Level.NONE, Level.NONE, Level.NONE, family, obs));
      for (JsonNode genreNode : children(segment, "genres", NULLED_GENRES_WRONG_TYPE, issues)) {
        Level genre = treeNode(genreNode, issues);
        if (genre == null) {
          continue;
        }
        out.classifications.add(row(seg, genre, Level.NONE, Level.NONE, Level.NONE, family, obs));
        for (JsonNode subNode :
            children(genreNode, "subgenres", NULLED_SUBGENRES_WRONG_TYPE, issues)) {
          Level sub = treeNode(subNode, issues);
          if (sub != null) {
            out.classifications.add(row(seg, genre, sub, Level.NONE, Level.NONE, family, obs));
          }
        }
      }
    }
    if (typeId.isValid()) {
      Level typ = new Level(typeId.value(), name(type, issues));
      out.classifications.add(
          row(Level.NONE, Level.NONE, Level.NONE, typ, Level.NONE, family, obs));
      for (JsonNode subNode : children(type, "subtypes", NULLED_SUBTYPES_WRONG_TYPE, issues)) {
        Level sub = treeNode(subNode, issues);
        if (sub != null) {
          out.classifications.add(row(Level.NONE, Level.NONE, Level.NONE, typ, sub, family, obs));
        }
      }
    }
  }

  /** {@code node._embedded.<field>[]}, empty when absent or of the wrong type (counted). */
  private static Iterable<JsonNode> children(
      JsonNode node, String field, String wrongTypeCounter, ParseIssues issues) {
    JsonNode embedded = JsonFields.object(node, "_embedded", issues, NULLED_EMBEDDED_WRONG_TYPE);
    JsonNode array = JsonFields.array(embedded, field, issues, wrongTypeCounter);
    return array == null ? java.util.List.of() : array;
  }

  /** A genre/subgenre/subtype node of a tree; null (counted) when unusable. */
  private static @Nullable Level treeNode(JsonNode node, ParseIssues issues) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      issues.add(NULLED_CLASSIFICATION_ENTRY_WRONG_TYPE);
      return null;
    }
    Ids.Id id = Ids.read(node, "id", issues);
    if (!id.isValid()) {
      issues.add(DROPPED_CLASSIFICATION_PATH_MISSING_ID);
      return null;
    }
    return new Level(id.value(), name(node, issues));
  }

  private static Level level(JsonNode entry, String field, ParseIssues issues) {
    JsonNode node = JsonFields.object(entry, field, issues, NULLED_CLASSIFICATION_LEVEL_WRONG_TYPE);
    if (node == null) {
      return Level.NONE;
    }
    Ids.Id id = Ids.read(node, "id", issues);
    if (!id.isValid()) {
      if (ReasonCodes.INVALID_ID.equals(id.reasonCode())) {
        issues.add(NULLED_CLASSIFICATION_FIELD_WRONG_TYPE);
      }
      return Level.NONE;
    }
    return new Level(id.value(), name(node, issues));
  }

  private static @Nullable String name(JsonNode node, ParseIssues issues) {
    return JsonFields.text(node, "name", issues, NULLED_CLASSIFICATION_FIELD_WRONG_TYPE);
  }

  private static ClassificationRow row(
      Level segment,
      Level genre,
      Level subgenre,
      Level type,
      Level subtype,
      @Nullable Boolean family,
      Observation obs) {
    return ClassificationRow.builder()
        .setClassificationId(
            ClassificationIds.of(segment.id, genre.id, subgenre.id, type.id, subtype.id))
        .setSegmentId(segment.id)
        .setSegmentName(segment.name)
        .setGenreId(genre.id)
        .setGenreName(genre.name)
        .setSubgenreId(subgenre.id)
        .setSubgenreName(subgenre.name)
        .setTypeId(type.id)
        .setTypeName(type.name)
        .setSubtypeId(subtype.id)
        .setSubtypeName(subtype.name)
        .setIsFamily(family)
        .setSourceFile(obs.sourceFile())
        .setRecordIndex(obs.recordIndex())
        .setOrigin(obs.origin())
        .setRunId(obs.runId())
        .setIngestionTimestamp(obs.ingestionTimestamp())
        .build();
  }
}
