package com.tixmaster.transforms.json;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.schemas.silver.EventPriceRangeRow;
import com.tixmaster.schemas.silver.EventRow;
import com.tixmaster.schemas.silver.VenueRow;
import com.tixmaster.transforms.json.Samples.SampleFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.Test;

/**
 * Every record of every real sample response parses without throwing, yields the ids it carries,
 * and shows the documented quirks. Skipped when {@code ../shared} is absent.
 */
public class RealSamplesParseTest {

  private static ParsedRows parse(SampleFile file, int index) {
    JsonNode record = file.records.get(index);
    Observation obs =
        Observation.of(file.entity + "/" + file.name, index, Fixtures.T0, "run-1", "standalone");
    ParsedRows out = new ParsedRows();
    String payload = record.toString();
    switch (file.entity) {
      case "events":
        EventParser.parseRecord(payload, null, obs, out);
        break;
      case "venues":
        VenueParser.parseRecord(payload, null, obs, out);
        break;
      case "attractions":
        AttractionParser.parseRecord(payload, null, obs, out);
        break;
      case "classifications":
        ClassificationParser.parseRecord(payload, null, obs, out);
        break;
      default:
        throw new AssertionError("unexpected sample " + file.name);
    }
    return out;
  }

  @Test
  public void everyRecordOfEverySampleParsesWithItsIds() {
    TreeMap<String, Long> issues = new TreeMap<>();
    int records = 0;
    for (SampleFile file : Samples.all()) {
      for (int i = 0; i < file.records.size(); i++) {
        records++;
        JsonNode record = file.records.get(i);
        ParsedRows rows = parse(file, i);
        rows.issues.counts().forEach((k, v) -> issues.merge(k, v, Long::sum));
        String where = file.name + "#" + i;
        if (file.name.startsWith("error_")) {
          assertEquals(where, ReasonCodes.MISSING_ID, rows.rejected.get(0).getReasonCode());
          continue;
        }
        assertTrue(where + " " + rows.rejected, rows.rejected.isEmpty());
        switch (file.entity) {
          case "events":
            assertEquals(where, record.get("id").textValue(), rows.events.get(0).getEventId());
            checkEmbedded(where, record, rows);
            break;
          case "venues":
            assertEquals(where, record.get("id").textValue(), rows.venues.get(0).getVenueId());
            break;
          case "attractions":
            assertEquals(
                where, record.get("id").textValue(), rows.attractions.get(0).getAttractionId());
            break;
          case "classifications":
            String segmentId = record.get("segment").get("id").textValue();
            assertEquals(
                where, segmentId + "|-|-|-|-", rows.classifications.get(0).getClassificationId());
            int genres = record.get("segment").get("_embedded").get("genres").size();
            int subgenres = 0;
            for (JsonNode g : record.get("segment").get("_embedded").get("genres")) {
              JsonNode emb = g.get("_embedded");
              subgenres += emb == null ? 0 : emb.get("subgenres").size();
            }
            assertEquals(where, 1 + genres + subgenres, rows.classifications.size());
            break;
          default:
            throw new AssertionError(where);
        }
      }
    }
    assertTrue(records > 100);
    assertEquals(
        "every counter is listed: " + issues, null, issues.get(ParseCounters.UNLISTED_ISSUE));
    for (String name : issues.keySet()) {
      assertTrue(name, ParseCounters.ALL.contains(name));
    }
  }

  /** The embedded venues/attractions are parsed, in order, with the event's lineage. */
  private static void checkEmbedded(String where, JsonNode record, ParsedRows rows) {
    JsonNode embedded = record.get("_embedded");
    List<String> venueIds = new ArrayList<>();
    List<String> attractionIds = new ArrayList<>();
    if (embedded != null) {
      if (embedded.has("venues")) {
        embedded.get("venues").forEach(v -> venueIds.add(v.get("id").textValue()));
      }
      if (embedded.has("attractions")) {
        embedded.get("attractions").forEach(a -> attractionIds.add(a.get("id").textValue()));
      }
    }
    List<String> gotVenues = new ArrayList<>();
    rows.eventVenues.forEach(r -> gotVenues.add(r.getVenueId()));
    List<String> gotAttractions = new ArrayList<>();
    rows.eventAttractions.forEach(r -> gotAttractions.add(r.getAttractionId()));
    assertEquals(where, venueIds, gotVenues);
    assertEquals(where, attractionIds, gotAttractions);
    EventRow e = rows.events.get(0);
    assertEquals(where, venueIds.isEmpty() ? null : venueIds.get(0), e.getPrimaryVenueId());
    assertEquals(
        where, attractionIds.isEmpty() ? null : attractionIds.get(0), e.getHeadlinerAttractionId());
    for (VenueRow v : rows.venues) {
      assertEquals(where, e.getSourceFile(), v.getSourceFile());
      assertEquals(where, e.getRecordIndex(), v.getRecordIndex());
      assertEquals(where, "embedded", v.getOrigin());
    }
    if (e.getClassificationId() != null) {
      Set<String> ids = new HashSet<>();
      rows.classifications.forEach(c -> ids.add(c.getClassificationId()));
      assertTrue(where, ids.contains(e.getClassificationId()));
    }
    for (EventPriceRangeRow r : rows.priceRanges) {
      assertTrue(
          where,
          r.getPriceMin() == null || r.getPriceMax() == null || r.getPriceMin() <= r.getPriceMax());
    }
  }

  @Test
  public void theDocumentedQuirksShowUpInTheSamples() {
    List<EventRow> events = new ArrayList<>();
    List<EventPriceRangeRow> ranges = new ArrayList<>();
    List<VenueRow> venues = new ArrayList<>();
    TreeMap<String, Long> counts = new TreeMap<>();
    for (SampleFile file : Samples.of("events")) {
      for (int i = 0; i < file.records.size(); i++) {
        ParsedRows rows = parse(file, i);
        events.addAll(rows.events);
        ranges.addAll(rows.priceRanges);
        venues.addAll(rows.venues);
        rows.issues.counts().forEach((k, v) -> counts.merge(k, v, Long::sum));
      }
    }
    // noSpecificTime:true with a date and no time (2017 LA sample)
    assertTrue(
        events.stream()
            .anyMatch(
                e ->
                    Boolean.TRUE.equals(e.getNoSpecificTime())
                        && e.getEventDate() != null
                        && e.getEventLocalTime() == null));
    // status "cancelled" (2024 LA sample)
    assertTrue(events.stream().anyMatch(e -> "cancelled".equals(e.getStatusCode())));
    // the 1900-01-01 onsale placeholder became null
    assertTrue(
        counts.toString(),
        counts.getOrDefault(ParseCounters.NULLED_SALES_START_PLACEHOLDER, 0L) >= 1);
    // both price types (PL sample)
    assertTrue(ranges.stream().anyMatch(r -> r.getPriceType().equals("standard including fees")));
    // timezone missing on some events: fell back to the venue's
    assertTrue(
        counts.toString(), counts.getOrDefault(ParseCounters.EVENT_TIMEZONE_FROM_VENUE, 0L) >= 1);
    // coordinates arrive as strings and are parsed
    assertTrue(venues.stream().anyMatch(v -> v.getLatitude() != null));
    assertTrue(counts.getOrDefault(ParseCounters.PARSED_NUMBER_FROM_STRING, 0L) > 0);
    // no venue keeps stray white space
    for (VenueRow v : venues) {
      if (v.getCity() != null) {
        assertEquals(v.getCity().strip(), v.getCity());
      }
      if (v.getPostalCode() != null) {
        assertEquals(v.getPostalCode().strip(), v.getPostalCode());
      }
    }
    for (EventRow e : events) {
      assertNotNull(e.getEventId());
      if (e.getEventLocalTime() != null) {
        assertTrue(e.getEventLocalTime(), e.getEventLocalTime().matches("\\d\\d:\\d\\d:\\d\\d"));
      }
      assertFalse(e.getEventId().isBlank());
    }
  }

  @Test
  public void samplesAsBronzeRecordsCarryTheirIds() {
    List<RawRecord> raw = Samples.rawRecords("events", Fixtures.T0);
    assertTrue(raw.size() > 60);
  }
}
