package com.tixmaster.pipeline.assistant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tixmaster.pipeline.TixMasterRun;
import com.tixmaster.pipeline.lake.ParquetLake;
import com.tixmaster.schemas.gold.EventDocument;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.transforms.documents.DocumentDraft;
import com.tixmaster.transforms.documents.EventTextFormatter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.Row;

/**
 * A {@code gold.event_documents} table over the bundled fixtures, for the assistant's tests.
 *
 * <p>{@link #lakehouse} first runs the real pipeline ({@code TixMaster --stages=bronze,silver,
 * quality,gold,documents}). When this build cannot (its entry point does not offer those stages
 * yet), it falls back to a deliberately small test-only loader: the newest observation of each
 * landed event, its first embedded venue, its primary classification and its "standard" price
 * range, written with the pipeline's own {@link EventTextFormatter} and committed to a Parquet lake
 * like the real table. {@link #source} says which one was used.
 */
final class FixtureDocuments {
  static final Instant AS_OF = Instant.parse("2026-11-20T00:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path cached;
  private static String source;

  private FixtureDocuments() {}

  static Path projectDir() {
    return Path.of(System.getProperty("tix.project.dir", "..")).toAbsolutePath().normalize();
  }

  static Path landing() {
    return projectDir().resolve("scripts/fixtures/landing");
  }

  /** "pipeline" or "fixture loader (…why…)". */
  static synchronized String source() {
    return source;
  }

  /** A lake holding gold.event_documents for the fixtures at {@link #AS_OF}; built once per JVM. */
  static synchronized Path lakehouse() throws IOException {
    if (cached != null) {
      return cached;
    }
    Path dir = projectDir().resolve("pipeline/target/assistant-lakehouse");
    deleteTree(dir);
    Files.createDirectories(dir);
    TixMasterRun run =
        TixMasterRun.of(
            "--landing=" + landing(),
            "--lakehouse=" + dir,
            "--asOf=" + AS_OF,
            "--runId=assistant-eval",
            "--stages=bronze,silver,quality,gold,documents");
    if (run.status == 0 && EventDocuments.exists(dir)) {
      source = "pipeline";
    } else {
      String why = firstLine(run.err.isBlank() ? run.out : run.err);
      deleteTree(dir);
      Files.createDirectories(dir);
      write(dir, parse(landing(), AS_OF));
      source = "fixture loader (the pipeline run said: " + why + ")";
    }
    cached = dir;
    return dir;
  }

  private static String firstLine(String s) {
    String t = s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }

  /** Commits {@code docs} as gold.event_documents of a Parquet lake at {@code dir}. */
  static void write(Path dir, List<EventDocument> docs) throws IOException {
    ParquetLake lake = new ParquetLake(dir, dir.resolve("_staging"));
    SerializableFunction<EventDocument, Row> toRow;
    try {
      toRow = SchemaRegistry.createDefault().getToRowFunction(EventDocument.class);
    } catch (org.apache.beam.sdk.schemas.NoSuchSchemaException e) {
      throw new IOException(e);
    }
    List<Row> rows = new ArrayList<>();
    for (EventDocument d : docs) {
      rows.add(toRow.apply(d));
    }
    lake.stageRows("fixture-docs", GoldTables.EVENT_DOCUMENTS, rows);
    lake.commit("fixture-docs", "documents", List.of(GoldTables.EVENT_DOCUMENTS));
  }

  /** The upcoming, non-test events of a landing tree, newest observation of each. */
  static List<EventDocument> parse(Path landing, Instant asOf) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(landing.resolve("events"))) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    Map<String, JsonNode> latest = new LinkedHashMap<>();
    for (Path f : files) {
      for (JsonNode e : records(Files.readString(f))) {
        if (e.hasNonNull("id")) {
          latest.put(e.get("id").asText(), e); // files sort by landing time: later wins
        }
      }
    }
    LocalDate asOfDate = asOf.atZone(ZoneOffset.UTC).toLocalDate();
    List<EventDocument> docs = new ArrayList<>();
    for (JsonNode e : latest.values()) {
      if (e.path("test").asBoolean(false)) {
        continue;
      }
      JsonNode start = e.path("dates").path("start");
      LocalDate date = start.hasNonNull("localDate") ? LocalDate.parse(start.get("localDate").asText()) : null;
      Instant utc = start.hasNonNull("dateTime") ? Instant.parse(start.get("dateTime").asText()) : null;
      boolean upcoming =
          (date != null && !date.isBefore(asOfDate)) || (utc != null && !utc.isBefore(asOf));
      if (!upcoming) {
        continue;
      }
      JsonNode venue = e.path("_embedded").path("venues").path(0);
      JsonNode cls = primary(e.path("classifications"));
      JsonNode price = standardPrice(e.path("priceRanges"));
      Double min = number(price.get("min"));
      Double max = number(price.get("max"));
      if (min != null && max != null && min > max) {
        Double t = min;
        min = max;
        max = t;
      }
      List<String> attractions = new ArrayList<>();
      for (JsonNode a : e.path("_embedded").path("attractions")) {
        String n = text(a.get("name"));
        if (n != null && !attractions.contains(n)) {
          attractions.add(n);
        }
      }
      String status = text(e.path("dates").path("status").get("code"));
      DocumentDraft draft =
          DocumentDraft.builder()
              .setEventId(e.get("id").asText())
              .setEventName(text(e.get("name")))
              .setEventUrl(text(e.get("url")))
              .setEventDate(date == null ? null : date.toString())
              .setEventLocalTime(text(start.get("localTime")))
              .setEventDatetimeUtc(utc == null ? null : new org.joda.time.Instant(utc.toEpochMilli()))
              .setDateTba(start.path("dateTBA").asBoolean(false))
              .setTimeTba(start.path("timeTBA").asBoolean(false) || start.path("noSpecificTime").asBoolean(false))
              .setStatusCode("canceled".equals(status) ? "cancelled" : status)
              .setPriceMin(min)
              .setPriceMax(max)
              .setPriceCurrency(text(price.get("currency")))
              .setVenueName(text(venue.get("name")))
              .setCity(text(venue.path("city").get("name")))
              .setState(text(venue.path("state").get("name")))
              .setCountry(text(venue.path("country").get("name")))
              .setSegmentName(text(cls.path("segment").get("name")))
              .setGenreName(text(cls.path("genre").get("name")))
              .setSubgenreName(text(cls.path("subGenre").get("name")))
              .setAttractions(attractions)
              .setAttractionName(attractions.isEmpty() ? null : attractions.get(0))
              .build();
      docs.add(
          EventDocument.builder()
              .setEventId(draft.getEventId())
              .setEventText(EventTextFormatter.format(draft))
              .setEventName(draft.getEventName())
              .setEventDate(draft.getEventDate())
              .setEventLocalTime(draft.getEventLocalTime())
              .setEventDatetimeUtc(draft.getEventDatetimeUtc())
              .setCity(draft.getCity())
              .setState(draft.getState())
              .setCountry(draft.getCountry())
              .setSegmentName(draft.getSegmentName())
              .setGenreName(draft.getGenreName())
              .setSubgenreName(draft.getSubgenreName())
              .setPriceMin(min)
              .setPriceMax(max)
              .setPriceCurrency(draft.getPriceCurrency())
              .setVenueName(draft.getVenueName())
              .setAttractionName(draft.getAttractionName())
              .setStatusCode(draft.getStatusCode())
              .setEventUrl(draft.getEventUrl())
              .setRunId("fixture-docs")
              .build());
    }
    return docs;
  }

  /** The records of a landing file: an API page, a JSON array or NDJSON. */
  private static List<JsonNode> records(String content) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    JsonNode root;
    try {
      root = JSON.readTree(content);
    } catch (JsonProcessingException e) {
      root = null; // NDJSON
    }
    if (root != null && root.isObject() && !root.has("id")) {
      root.path("_embedded").path("events").forEach(out::add);
    } else if (root != null && root.isArray()) {
      root.forEach(out::add);
    } else {
      for (String line : content.split("\n")) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
    }
    return out;
  }

  private static JsonNode primary(JsonNode classifications) {
    for (JsonNode c : classifications) {
      if (c.path("primary").asBoolean(false)) {
        return c;
      }
    }
    return classifications.path(0);
  }

  private static JsonNode standardPrice(JsonNode ranges) {
    for (JsonNode r : ranges) {
      if ("standard".equals(r.path("type").asText())) {
        return r;
      }
    }
    return ranges.path(0);
  }

  private static String text(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    String s = n.asText().trim();
    return s.isEmpty() ? null : s;
  }

  private static Double number(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    if (n.isNumber()) {
      return n.asDouble();
    }
    try {
      return Double.valueOf(n.asText().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
