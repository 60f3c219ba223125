package com.tixmaster.transforms.json;

import static com.tixmaster.transforms.json.ParseCounters.DEFAULTED_PRICE_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.DROPPED_LINK_ATTRACTION_REJECTED;
import static com.tixmaster.transforms.json.ParseCounters.DROPPED_LINK_DUPLICATE_ATTRACTION;
import static com.tixmaster.transforms.json.ParseCounters.DROPPED_LINK_DUPLICATE_VENUE;
import static com.tixmaster.transforms.json.ParseCounters.DROPPED_LINK_VENUE_REJECTED;
import static com.tixmaster.transforms.json.ParseCounters.DROPPED_PRICE_RANGE_DUPLICATE;
import static com.tixmaster.transforms.json.ParseCounters.DROPPED_PRICE_RANGE_MISSING_CURRENCY;
import static com.tixmaster.transforms.json.ParseCounters.EVENT_DATETIME_COMPUTED;
import static com.tixmaster.transforms.json.ParseCounters.EVENT_LOCAL_DATE_COMPUTED;
import static com.tixmaster.transforms.json.ParseCounters.EVENT_TIMEZONE_FROM_VENUE;
import static com.tixmaster.transforms.json.ParseCounters.NORMALIZED_STATUS_CANCELED;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_DATES_START_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_DATES_STATUS_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_DATES_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_EMBEDDED_ATTRACTIONS_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_EMBEDDED_VENUES_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_EMBEDDED_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_EVENT_DATETIME_INVALID;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_EVENT_DATE_INVALID;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_EVENT_FIELD_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_EVENT_FLAG_INVALID;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_EVENT_LOCAL_TIME_INVALID;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_EVENT_TIMEZONE_INVALID;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_PRICE_MAX_NOT_A_NUMBER;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_PRICE_MAX_OUT_OF_RANGE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_PRICE_MIN_NOT_A_NUMBER;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_PRICE_MIN_OUT_OF_RANGE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_PRICE_RANGES_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_PRICE_RANGE_ENTRY_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_PRICE_RANGE_FIELD_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_SALES_END_INVALID;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_SALES_END_PLACEHOLDER;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_SALES_PUBLIC_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_SALES_START_INVALID;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_SALES_START_PLACEHOLDER;
import static com.tixmaster.transforms.json.ParseCounters.NULLED_SALES_WRONG_TYPE;
import static com.tixmaster.transforms.json.ParseCounters.UNKNOWN_STATUS_CODE;

import com.fasterxml.jackson.databind.JsonNode;
import com.tixmaster.schemas.silver.AttractionRow;
import com.tixmaster.schemas.silver.EventAttractionRow;
import com.tixmaster.schemas.silver.EventPriceRangeRow;
import com.tixmaster.schemas.silver.EventRow;
import com.tixmaster.schemas.silver.EventVenueRow;
import com.tixmaster.schemas.silver.VenueRow;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;
import org.joda.time.Instant;

/**
 * An event record, parsed once into: the {@code events} row, its {@code event_price_ranges}, {@code
 * event_venues} and {@code event_attractions} (all with the event's lineage), and the venues,
 * markets, attractions and classifications embedded in it (origin {@code embedded}, the event's
 * file and index).
 *
 * <p>Rules, beyond trimming and empty → null:
 *
 * <ul>
 *   <li>{@code event_datetime_utc} = {@code dates.start.dateTime}; else localDate + localTime in
 *       the event's timezone when all three are known. When {@code localDate} is missing but {@code
 *       dateTime} and a timezone are known, the local date and time are derived from it.
 *   <li>{@code event_timezone} = {@code dates.timezone} (a valid zone id), else the primary venue's
 *       timezone.
 *   <li>Status is lower-cased; {@code canceled} becomes {@code cancelled}; an unknown code is kept
 *       and counted.
 *   <li>The onsale placeholder {@code 1900-01-01…} becomes null.
 *   <li>Price ranges: {@code type} lower-cased ({@code unknown} when absent), currency upper-cased
 *       (a range without currency is dropped: it is part of the key); a negative price is nulled;
 *       when {@code min > max} both are nulled ({@code price_range_invalid}), never swapped. The
 *       event's price is the {@code standard} range if present, else the first range kept.
 *   <li>{@code venue_order}/{@code billing_order} number the usable embedded venues/attractions in
 *       array order from 0; a rejected copy (no usable id) and a repeated id are skipped and
 *       counted, so order 0 (primary venue, headliner) exists whenever any link does.
 * </ul>
 */
public final class EventParser {
  public static final String ENTITY = "events";

  /** Status codes of the Discovery API (with {@code canceled} normalised). */
  public static final Set<String> KNOWN_STATUSES =
      Set.of("onsale", "offsale", "cancelled", "postponed", "rescheduled");

  public static final String STANDARD_PRICE = "standard";
  public static final String UNKNOWN_PRICE_TYPE = "unknown";
  private static final String PLACEHOLDER_PREFIX = "1900-01-01";
  private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

  private EventParser() {}

  /** Parses one bronze event record into {@code out}. */
  public static void parseRecord(
      String payload, @Nullable String bronzeRecordId, Observation obs, ParsedRows out) {
    JsonNode root = Rejections.readRoot(ENTITY, payload, bronzeRecordId, obs, out);
    if (root == null) {
      return;
    }
    ParseIssues issues = out.issues;
    Ids.Id id = Ids.read(root, "id", issues);
    if (!id.isValid()) {
      out.rejected.add(
          Rejections.row(
              ENTITY,
              bronzeRecordId,
              id.reasonCode(),
              "event record: " + Ids.describe(JsonFields.child(root, "id")),
              payload,
              obs));
      return;
    }
    String eventId = id.value();
    Observation embeddedObs = obs.embedded();
    String w = NULLED_EVENT_FIELD_WRONG_TYPE;

    String classificationId = ClassificationParser.parseEntries(root, embeddedObs, out);

    // _embedded: venues and attractions, each a full entity copy, plus the bridge rows.
    JsonNode embedded = JsonFields.object(root, "_embedded", issues, NULLED_EMBEDDED_WRONG_TYPE);
    VenueRow primaryVenue = null;
    JsonNode venues =
        JsonFields.array(embedded, "venues", issues, NULLED_EMBEDDED_VENUES_WRONG_TYPE);
    if (venues != null) {
      Set<String> seen = new HashSet<>();
      int order = 0;
      for (int i = 0; i < venues.size(); i++) {
        VenueRow venue = VenueParser.parseEmbedded(venues.get(i), eventId, i, embeddedObs, out);
        if (venue == null) {
          issues.add(DROPPED_LINK_VENUE_REJECTED);
          continue;
        }
        if (!seen.add(venue.getVenueId())) {
          issues.add(DROPPED_LINK_DUPLICATE_VENUE);
          continue;
        }
        if (primaryVenue == null) {
          primaryVenue = venue;
        }
        out.eventVenues.add(
            EventVenueRow.builder()
                .setEventId(eventId)
                .setVenueId(venue.getVenueId())
                .setVenueOrder(order++)
                .setSourceFile(obs.sourceFile())
                .setRecordIndex(obs.recordIndex())
                .setOrigin(obs.origin())
                .setRunId(obs.runId())
                .setIngestionTimestamp(obs.ingestionTimestamp())
                .build());
      }
    }
    String headliner = null;
    JsonNode attractions =
        JsonFields.array(embedded, "attractions", issues, NULLED_EMBEDDED_ATTRACTIONS_WRONG_TYPE);
    if (attractions != null) {
      Set<String> seen = new HashSet<>();
      int order = 0;
      for (int i = 0; i < attractions.size(); i++) {
        AttractionRow attraction =
            AttractionParser.parseEmbedded(attractions.get(i), eventId, i, embeddedObs, out);
        if (attraction == null) {
          issues.add(DROPPED_LINK_ATTRACTION_REJECTED);
          continue;
        }
        if (!seen.add(attraction.getAttractionId())) {
          issues.add(DROPPED_LINK_DUPLICATE_ATTRACTION);
          continue;
        }
        if (headliner == null) {
          headliner = attraction.getAttractionId();
        }
        out.eventAttractions.add(
            EventAttractionRow.builder()
                .setEventId(eventId)
                .setAttractionId(attraction.getAttractionId())
                .setBillingOrder(order++)
                .setSourceFile(obs.sourceFile())
                .setRecordIndex(obs.recordIndex())
                .setOrigin(obs.origin())
                .setRunId(obs.runId())
                .setIngestionTimestamp(obs.ingestionTimestamp())
                .build());
      }
    }

    // dates
    JsonNode dates = JsonFields.object(root, "dates", issues, NULLED_DATES_WRONG_TYPE);
    JsonNode start = JsonFields.object(dates, "start", issues, NULLED_DATES_START_WRONG_TYPE);
    JsonNode status = JsonFields.object(dates, "status", issues, NULLED_DATES_STATUS_WRONG_TYPE);
    String localDate =
        JsonFields.localDate(
            JsonFields.text(start, "localDate", issues, w), issues, NULLED_EVENT_DATE_INVALID);
    String localTime =
        JsonFields.localTime(
            JsonFields.text(start, "localTime", issues, w),
            issues,
            NULLED_EVENT_LOCAL_TIME_INVALID);
    Instant dateTime =
        JsonFields.instant(
            JsonFields.text(start, "dateTime", issues, w), issues, NULLED_EVENT_DATETIME_INVALID);
    String timezone =
        JsonFields.zone(
            JsonFields.text(dates, "timezone", issues, w), issues, NULLED_EVENT_TIMEZONE_INVALID);
    if (timezone == null && primaryVenue != null && primaryVenue.getTimezone() != null) {
      timezone = primaryVenue.getTimezone();
      issues.add(EVENT_TIMEZONE_FROM_VENUE);
    }
    if (dateTime == null && localDate != null && localTime != null && timezone != null) {
      dateTime =
          new Instant(
              ZonedDateTime.of(
                      LocalDate.parse(localDate), LocalTime.parse(localTime), ZoneId.of(timezone))
                  .toInstant()
                  .toEpochMilli());
      issues.add(EVENT_DATETIME_COMPUTED);
    } else if (localDate == null && dateTime != null && timezone != null) {
      ZonedDateTime local =
          java.time.Instant.ofEpochMilli(dateTime.getMillis()).atZone(ZoneId.of(timezone));
      localDate = StringPool.canonical(local.toLocalDate().toString());
      if (localTime == null) {
        localTime = local.toLocalTime().format(HH_MM_SS);
      }
      issues.add(EVENT_LOCAL_DATE_COMPUTED);
    }

    // sales
    JsonNode sales = JsonFields.object(root, "sales", issues, NULLED_SALES_WRONG_TYPE);
    JsonNode publicSales =
        JsonFields.object(sales, "public", issues, NULLED_SALES_PUBLIC_WRONG_TYPE);
    Instant salesStart =
        onsale(
            JsonFields.text(publicSales, "startDateTime", issues, w),
            issues,
            NULLED_SALES_START_PLACEHOLDER,
            NULLED_SALES_START_INVALID);
    Instant salesEnd =
        onsale(
            JsonFields.text(publicSales, "endDateTime", issues, w),
            issues,
            NULLED_SALES_END_PLACEHOLDER,
            NULLED_SALES_END_INVALID);

    // price ranges
    List<EventPriceRangeRow> ranges = priceRanges(root, eventId, obs, issues);
    out.priceRanges.addAll(ranges);
    EventPriceRangeRow price = null;
    for (EventPriceRangeRow r : ranges) {
      if (STANDARD_PRICE.equals(r.getPriceType())) {
        price = r;
        break;
      }
    }
    if (price == null && !ranges.isEmpty()) {
      price = ranges.get(0);
    }

    out.events.add(
        EventRow.builder()
            .setEventId(eventId)
            .setEventName(JsonFields.text(root, "name", issues, w))
            .setEventType(JsonFields.text(root, "type", issues, w))
            .setEventUrl(JsonFields.text(root, "url", issues, w))
            .setLocale(JsonFields.text(root, "locale", issues, w))
            .setIsTest(JsonFields.flag(root, "test", issues, NULLED_EVENT_FLAG_INVALID))
            .setDescription(JsonFields.text(root, "description", issues, w))
            .setAdditionalInfo(JsonFields.text(root, "additionalInfo", issues, w))
            .setInfo(JsonFields.text(root, "info", issues, w))
            .setPleaseNote(JsonFields.text(root, "pleaseNote", issues, w))
            .setEventDate(localDate)
            .setEventLocalTime(localTime)
            .setEventDatetimeUtc(dateTime)
            .setEventTimezone(timezone)
            .setDateTba(JsonFields.flag(start, "dateTBA", issues, NULLED_EVENT_FLAG_INVALID))
            .setDateTbd(JsonFields.flag(start, "dateTBD", issues, NULLED_EVENT_FLAG_INVALID))
            .setTimeTba(JsonFields.flag(start, "timeTBA", issues, NULLED_EVENT_FLAG_INVALID))
            .setNoSpecificTime(
                JsonFields.flag(start, "noSpecificTime", issues, NULLED_EVENT_FLAG_INVALID))
            .setStatusCode(statusCode(JsonFields.text(status, "code", issues, w), issues))
            .setSalesPublicStartUtc(salesStart)
            .setSalesPublicEndUtc(salesEnd)
            .setClassificationId(classificationId)
            .setPrimaryVenueId(primaryVenue == null ? null : primaryVenue.getVenueId())
            .setHeadlinerAttractionId(headliner)
            .setPriceMin(price == null ? null : price.getPriceMin())
            .setPriceMax(price == null ? null : price.getPriceMax())
            .setPriceCurrency(price == null ? null : price.getCurrency())
            .setSourceFile(obs.sourceFile())
            .setRecordIndex(obs.recordIndex())
            .setOrigin(obs.origin())
            .setRunId(obs.runId())
            .setIngestionTimestamp(obs.ingestionTimestamp())
            .build());
  }

  /** Lower-cased status; {@code canceled} → {@code cancelled}; unknown codes kept and counted. */
  static @Nullable String statusCode(@Nullable String raw, ParseIssues issues) {
    if (raw == null) {
      return null;
    }
    String code = JsonFields.lower(raw);
    if (code.equals("canceled")) {
      issues.add(NORMALIZED_STATUS_CANCELED);
      return "cancelled";
    }
    if (!KNOWN_STATUSES.contains(code)) {
      issues.add(UNKNOWN_STATUS_CODE);
    }
    return code;
  }

  private static @Nullable Instant onsale(
      @Nullable String text, ParseIssues issues, String placeholderCounter, String invalidCounter) {
    if (text == null) {
      return null;
    }
    if (text.startsWith(PLACEHOLDER_PREFIX)) {
      issues.add(placeholderCounter);
      return null;
    }
    return JsonFields.instant(text, issues, invalidCounter);
  }

  private static List<EventPriceRangeRow> priceRanges(
      JsonNode root, String eventId, Observation obs, ParseIssues issues) {
    JsonNode array = JsonFields.array(root, "priceRanges", issues, NULLED_PRICE_RANGES_WRONG_TYPE);
    if (array == null) {
      return List.of();
    }
    Map<String, EventPriceRangeRow> byKey = new LinkedHashMap<>();
    String w = NULLED_PRICE_RANGE_FIELD_WRONG_TYPE;
    for (JsonNode entry : array) {
      if (entry == null || entry.isNull()) {
        continue;
      }
      if (!entry.isObject()) {
        issues.add(NULLED_PRICE_RANGE_ENTRY_WRONG_TYPE);
        continue;
      }
      String type = JsonFields.text(entry, "type", issues, w);
      if (type == null) {
        type = UNKNOWN_PRICE_TYPE;
        issues.add(DEFAULTED_PRICE_TYPE);
      } else {
        type = JsonFields.lower(type);
      }
      String currency = JsonFields.text(entry, "currency", issues, w);
      if (currency == null) {
        issues.add(DROPPED_PRICE_RANGE_MISSING_CURRENCY);
        continue;
      }
      currency = JsonFields.upper(currency);
      Double min =
          nonNegative(
              JsonFields.number(entry, "min", issues, NULLED_PRICE_MIN_NOT_A_NUMBER),
              issues,
              NULLED_PRICE_MIN_OUT_OF_RANGE);
      Double max =
          nonNegative(
              JsonFields.number(entry, "max", issues, NULLED_PRICE_MAX_NOT_A_NUMBER),
              issues,
              NULLED_PRICE_MAX_OUT_OF_RANGE);
      if (min != null && max != null && min > max) {
        issues.add(ParseCounters.PRICE_RANGE_INVALID);
        min = null;
        max = null;
      }
      String key = type + "\u0000" + currency;
      if (byKey.containsKey(key)) {
        issues.add(DROPPED_PRICE_RANGE_DUPLICATE);
        continue;
      }
      byKey.put(
          key,
          EventPriceRangeRow.builder()
              .setEventId(eventId)
              .setPriceType(type)
              .setCurrency(currency)
              .setPriceMin(min)
              .setPriceMax(max)
              .setSourceFile(obs.sourceFile())
              .setRecordIndex(obs.recordIndex())
              .setOrigin(obs.origin())
              .setRunId(obs.runId())
              .setIngestionTimestamp(obs.ingestionTimestamp())
              .build());
    }
    return new ArrayList<>(byKey.values());
  }

  private static @Nullable Double nonNegative(
      @Nullable Double value, ParseIssues issues, String outOfRangeCounter) {
    if (value != null && value < 0) {
      issues.add(outOfRangeCounter);
      return null;
    }
    return value;
  }
}
