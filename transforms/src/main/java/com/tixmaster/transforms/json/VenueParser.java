package com.tixmaster.transforms.json;

import static com.tixmaster.transforms.json.ParseCounters.DROPPED_MARKET_DUPLICATE;
import static com.tixmaster.transforms.json.ParseCounters.DROPPED_MARKET_MISSING_ID;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_ADDRESS_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_CITY_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_COUNTRY_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_LATITUDE_NOT_A_NUMBER;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_LATITUDE_OUT_OF_RANGE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_LOCATION_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_LONGITUDE_NOT_A_NUMBER;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_LONGITUDE_OUT_OF_RANGE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_MARKETS_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_MARKET_ENTRY_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_MARKET_FIELD_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_STATE_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_VENUE_FIELD_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_VENUE_FLAG_INVALID;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_VENUE_TIMEZONE_INVALID;

import com.fasterxml.jackson.databind.JsonNode;
import com.tixmaster.schemas.silver.MarketRow;
import com.tixmaster.schemas.silver.VenueMarketRow;
import com.tixmaster.schemas.silver.VenueRow;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * Venues, standalone ({@code /venues} records) or embedded in events ({@code _embedded.venues[]}).
 * Each venue also yields its {@code markets[]}: a {@code markets} row (the name may be missing in
 * older responses) and a {@code venue_markets} link, both with the venue observation's lineage.
 * Latitude and longitude arrive as strings; they are parsed and range-checked.
 */
public final class VenueParser {
  public static final String ENTITY = "venues";

  private VenueParser() {}

  /** Parses one bronze venue record into {@code out}. */
  public static void parseRecord(
      String payload, @Nullable String bronzeRecordId, Observation obs, ParsedRows out) {
    KeyedRecords.parseRecord(
        ENTITY, "venue", payload, bronzeRecordId, obs, out, VenueParser::parseObject);
  }

  /**
   * Parses the venue at {@code _embedded.venues[position]} of event {@code eventId}. Returns null
   * when the copy is unusable: it is then rejected ({@code _origin = embedded}) and the caller
   * drops the link.
   */
  public static @Nullable VenueRow parseEmbedded(
      @Nullable JsonNode node, String eventId, int position, Observation obs, ParsedRows out) {
    return KeyedRecords.parseEmbedded(
        ENTITY, "venue", node, eventId, position, obs, out, VenueParser::parseObject);
  }

  private static VenueRow parseObject(JsonNode v, String venueId, Observation obs, ParsedRows out) {
    ParseIssues issues = out.issues;
    String w = NULLED_VENUE_FIELD_WRONG_TYPE;
    JsonNode city = JsonFields.object(v, "city", issues, NULLED_CITY_WRONG_TYPE);
    JsonNode state = JsonFields.object(v, "state", issues, NULLED_STATE_WRONG_TYPE);
    JsonNode country = JsonFields.object(v, "country", issues, NULLED_COUNTRY_WRONG_TYPE);
    JsonNode address = JsonFields.object(v, "address", issues, NULLED_ADDRESS_WRONG_TYPE);
    JsonNode location = JsonFields.object(v, "location", issues, NULLED_LOCATION_WRONG_TYPE);
    Double latitude =
        inRange(
            JsonFields.number(location, "latitude", issues, NULLED_LATITUDE_NOT_A_NUMBER),
            90,
            issues,
            NULLED_LATITUDE_OUT_OF_RANGE);
    Double longitude =
        inRange(
            JsonFields.number(location, "longitude", issues, NULLED_LONGITUDE_NOT_A_NUMBER),
            180,
            issues,
            NULLED_LONGITUDE_OUT_OF_RANGE);
    VenueRow row =
        VenueRow.builder()
            .setVenueId(venueId)
            .setVenueName(JsonFields.text(v, "name", issues, w))
            .setVenueType(JsonFields.text(v, "type", issues, w))
            .setVenueUrl(JsonFields.text(v, "url", issues, w))
            .setLocale(JsonFields.text(v, "locale", issues, w))
            .setIsTest(JsonFields.flag(v, "test", issues, NULLED_VENUE_FLAG_INVALID))
            .setPostalCode(JsonFields.text(v, "postalCode", issues, w))
            .setTimezone(
                JsonFields.zone(
                    JsonFields.text(v, "timezone", issues, w),
                    issues,
                    NULLED_VENUE_TIMEZONE_INVALID))
            .setCity(JsonFields.text(city, "name", issues, w))
            .setState(JsonFields.text(state, "name", issues, w))
            .setStateCode(JsonFields.text(state, "stateCode", issues, w))
            .setCountry(JsonFields.text(country, "name", issues, w))
            .setCountryCode(JsonFields.text(country, "countryCode", issues, w))
            .setAddressLine1(JsonFields.text(address, "line1", issues, w))
            .setAddressLine2(JsonFields.text(address, "line2", issues, w))
            .setLatitude(latitude)
            .setLongitude(longitude)
            .setSourceFile(obs.sourceFile())
            .setRecordIndex(obs.recordIndex())
            .setOrigin(obs.origin())
            .setRunId(obs.runId())
            .setIngestionTimestamp(obs.ingestionTimestamp())
            .build();
    out.venues.add(row);
    parseMarkets(v, venueId, obs, out);
    return row;
  }

  private static void parseMarkets(JsonNode v, String venueId, Observation obs, ParsedRows out) {
    ParseIssues issues = out.issues;
    JsonNode markets = JsonFields.array(v, "markets", issues, NULLED_MARKETS_WRONG_TYPE);
    if (markets == null) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (JsonNode m : markets) {
      if (m == null || m.isNull()) {
        continue;
      }
      if (!m.isObject()) {
        issues.add(NULLED_MARKET_ENTRY_WRONG_TYPE);
        continue;
      }
      Ids.Id id = Ids.read(m, "id", issues);
      if (!id.isValid()) {
        issues.add(DROPPED_MARKET_MISSING_ID);
        continue;
      }
      if (!seen.add(id.value())) {
        issues.add(DROPPED_MARKET_DUPLICATE);
        continue;
      }
      out.markets.add(
          MarketRow.builder()
              .setMarketId(id.value())
              .setMarketName(JsonFields.text(m, "name", issues, NULLED_MARKET_FIELD_WRONG_TYPE))
              .setSourceFile(obs.sourceFile())
              .setRecordIndex(obs.recordIndex())
              .setOrigin(obs.origin())
              .setRunId(obs.runId())
              .setIngestionTimestamp(obs.ingestionTimestamp())
              .build());
      out.venueMarkets.add(
          VenueMarketRow.builder()
              .setVenueId(venueId)
              .setMarketId(id.value())
              .setSourceFile(obs.sourceFile())
              .setRecordIndex(obs.recordIndex())
              .setOrigin(obs.origin())
              .setRunId(obs.runId())
              .setIngestionTimestamp(obs.ingestionTimestamp())
              .build());
    }
  }

  private static @Nullable Double inRange(
      @Nullable Double value, double bound, ParseIssues issues, String outOfRangeCounter) {
    if (value == null) {
      return null;
    }
    if (value < -bound || value > bound) {
      issues.add(outOfRangeCounter);
      return null;
    }
    return value;
  }
}
