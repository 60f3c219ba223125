package com.tixmaster.transforms.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every counter the parsers can raise, one name per quirk. A field invalid on its own is nulled and
 * counted here, never rejected. Names follow {@code nulled_<field>_<why>}, {@code
 * dropped_<what>_<why>}, or name the normalisation done ({@code normalized_status_canceled}).
 *
 * <p>The silver stage reports them as {@code Metrics.counter("silver", name)}. {@link ParseIssues}
 * only accepts names from {@link #ALL}; anything else is counted as {@link #UNLISTED_ISSUE}, which
 * a test keeps at zero.
 */
public final class ParseCounters {
  // Containers of the wrong JSON type (object expected, array expected, ...).
  public static final String NULLED_DATES_WRONG_TYPE = "nulled_dates_wrong_type";
  public static final String NULLED_DATES_START_WRONG_TYPE = "nulled_dates_start_wrong_type";
  public static final String NULLED_DATES_STATUS_WRONG_TYPE = "nulled_dates_status_wrong_type";
  public static final String NULLED_SALES_WRONG_TYPE = "nulled_sales_wrong_type";
  public static final String NULLED_SALES_PUBLIC_WRONG_TYPE = "nulled_sales_public_wrong_type";
  public static final String NULLED_EMBEDDED_WRONG_TYPE = "nulled_embedded_wrong_type";
  public static final String NULLED_EMBEDDED_VENUES_WRONG_TYPE =
      "nulled_embedded_venues_wrong_type";
  public static final String NULLED_EMBEDDED_ATTRACTIONS_WRONG_TYPE =
      "nulled_embedded_attractions_wrong_type";
  public static final String NULLED_PRICE_RANGES_WRONG_TYPE = "nulled_price_ranges_wrong_type";
  public static final String NULLED_PRICE_RANGE_ENTRY_WRONG_TYPE =
      "nulled_price_range_entry_wrong_type";
  public static final String NULLED_CLASSIFICATIONS_WRONG_TYPE =
      "nulled_classifications_wrong_type";
  public static final String NULLED_CLASSIFICATION_ENTRY_WRONG_TYPE =
      "nulled_classification_entry_wrong_type";
  public static final String NULLED_CLASSIFICATION_LEVEL_WRONG_TYPE =
      "nulled_classification_level_wrong_type";
  public static final String NULLED_GENRES_WRONG_TYPE = "nulled_genres_wrong_type";
  public static final String NULLED_SUBGENRES_WRONG_TYPE = "nulled_subgenres_wrong_type";
  public static final String NULLED_SUBTYPES_WRONG_TYPE = "nulled_subtypes_wrong_type";
  public static final String NULLED_LOCATION_WRONG_TYPE = "nulled_location_wrong_type";
  public static final String NULLED_ADDRESS_WRONG_TYPE = "nulled_address_wrong_type";
  public static final String NULLED_CITY_WRONG_TYPE = "nulled_city_wrong_type";
  public static final String NULLED_STATE_WRONG_TYPE = "nulled_state_wrong_type";
  public static final String NULLED_COUNTRY_WRONG_TYPE = "nulled_country_wrong_type";
  public static final String NULLED_MARKETS_WRONG_TYPE = "nulled_markets_wrong_type";
  public static final String NULLED_MARKET_ENTRY_WRONG_TYPE = "nulled_market_entry_wrong_type";

  // Scalars of the wrong JSON type (an object or array where text was expected), by entity.
  public static final String NULLED_EVENT_FIELD_WRONG_TYPE = "nulled_event_field_wrong_type";
  public static final String NULLED_VENUE_FIELD_WRONG_TYPE = "nulled_venue_field_wrong_type";
  public static final String NULLED_ATTRACTION_FIELD_WRONG_TYPE =
      "nulled_attraction_field_wrong_type";
  public static final String NULLED_CLASSIFICATION_FIELD_WRONG_TYPE =
      "nulled_classification_field_wrong_type";
  public static final String NULLED_MARKET_FIELD_WRONG_TYPE = "nulled_market_field_wrong_type";
  public static final String NULLED_PRICE_RANGE_FIELD_WRONG_TYPE =
      "nulled_price_range_field_wrong_type";

  // Flags that are neither booleans nor "true"/"false".
  public static final String NULLED_EVENT_FLAG_INVALID = "nulled_event_flag_invalid";
  public static final String NULLED_VENUE_FLAG_INVALID = "nulled_venue_flag_invalid";
  public static final String NULLED_ATTRACTION_FLAG_INVALID = "nulled_attraction_flag_invalid";
  public static final String NULLED_CLASSIFICATION_FLAG_INVALID =
      "nulled_classification_flag_invalid";

  // Numbers.
  public static final String PARSED_NUMBER_FROM_STRING = "parsed_number_from_string";
  public static final String PARSED_TEXT_FROM_NUMBER = "parsed_text_from_number";
  public static final String PARSED_ID_FROM_NUMBER = "parsed_id_from_number";
  public static final String NULLED_PRICE_MIN_NOT_A_NUMBER = "nulled_price_min_not_a_number";
  public static final String NULLED_PRICE_MAX_NOT_A_NUMBER = "nulled_price_max_not_a_number";
  public static final String NULLED_PRICE_MIN_OUT_OF_RANGE = "nulled_price_min_out_of_range";
  public static final String NULLED_PRICE_MAX_OUT_OF_RANGE = "nulled_price_max_out_of_range";

  /** min &gt; max: both are nulled (never swapped: which one is wrong is unknown). */
  public static final String PRICE_RANGE_INVALID = "price_range_invalid";

  public static final String NULLED_LATITUDE_NOT_A_NUMBER = "nulled_latitude_not_a_number";
  public static final String NULLED_LONGITUDE_NOT_A_NUMBER = "nulled_longitude_not_a_number";
  public static final String NULLED_LATITUDE_OUT_OF_RANGE = "nulled_latitude_out_of_range";
  public static final String NULLED_LONGITUDE_OUT_OF_RANGE = "nulled_longitude_out_of_range";

  // Dates, times and zones.
  public static final String NULLED_EVENT_DATE_INVALID = "nulled_event_date_invalid";
  public static final String NULLED_EVENT_LOCAL_TIME_INVALID = "nulled_event_local_time_invalid";
  public static final String NULLED_EVENT_DATETIME_INVALID = "nulled_event_datetime_invalid";
  public static final String NULLED_SALES_START_INVALID = "nulled_sales_start_invalid";
  public static final String NULLED_SALES_END_INVALID = "nulled_sales_end_invalid";

  /** The {@code 1900-01-01…} onsale placeholder of TMR resale events. */
  public static final String NULLED_SALES_START_PLACEHOLDER = "nulled_sales_start_placeholder";

  public static final String NULLED_SALES_END_PLACEHOLDER = "nulled_sales_end_placeholder";
  public static final String NULLED_EVENT_TIMEZONE_INVALID = "nulled_event_timezone_invalid";
  public static final String NULLED_VENUE_TIMEZONE_INVALID = "nulled_venue_timezone_invalid";
  public static final String EVENT_TIMEZONE_FROM_VENUE = "event_timezone_from_venue";
  public static final String EVENT_DATETIME_COMPUTED = "event_datetime_computed";
  public static final String EVENT_LOCAL_DATE_COMPUTED = "event_local_date_computed";

  // Status.
  public static final String NORMALIZED_STATUS_CANCELED = "normalized_status_canceled";
  public static final String UNKNOWN_STATUS_CODE = "unknown_status_code";

  // Parts dropped (never the record).
  public static final String DROPPED_PRICE_RANGE_MISSING_CURRENCY =
      "dropped_price_range_missing_currency";
  public static final String DROPPED_PRICE_RANGE_DUPLICATE = "dropped_price_range_duplicate";
  public static final String DEFAULTED_PRICE_TYPE = "defaulted_price_type";
  public static final String DROPPED_MARKET_MISSING_ID = "dropped_market_missing_id";
  public static final String DROPPED_MARKET_DUPLICATE = "dropped_market_duplicate";
  public static final String DROPPED_LINK_DUPLICATE_VENUE = "dropped_link_duplicate_venue";
  public static final String DROPPED_LINK_DUPLICATE_ATTRACTION =
      "dropped_link_duplicate_attraction";

  /** An embedded venue that was rejected (no usable id) yields no event_venues link. */
  public static final String DROPPED_LINK_VENUE_REJECTED = "dropped_link_venue_rejected";

  public static final String DROPPED_LINK_ATTRACTION_REJECTED = "dropped_link_attraction_rejected";
  public static final String DROPPED_CLASSIFICATION_WITHOUT_IDS =
      "dropped_classification_without_ids";
  public static final String DROPPED_CLASSIFICATION_PATH_MISSING_ID =
      "dropped_classification_path_missing_id";

  /** A name outside this list was raised: a bug, kept at zero by the tests. */
  public static final String UNLISTED_ISSUE = "unlisted_issue";

  /** Every parse counter name, sorted. */
  public static final List<String> ALL = collect();

  static final Set<String> ALL_SET = Set.copyOf(ALL);

  private ParseCounters() {}

  private static List<String> collect() {
    Set<String> names = new TreeSet<>();
    for (java.lang.reflect.Field f : ParseCounters.class.getDeclaredFields()) {
      if (f.getType() == String.class && java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
        try {
          names.add((String) f.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return Collections.unmodifiableList(new ArrayList<>(names));
  }
}
