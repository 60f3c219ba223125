package com.tixmaster.transforms.summary;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The KPI definitions of {@code gold.monthly_event_summary} (tables.md "Monthly KPIs"), shared by
 * the two engines that compute them: {@link MonthlyKpiFn} in Beam reads the constants below (the
 * unknown key, the status codes, the rounding), and {@code ProcedureSqlGenerator} writes {@link
 * #ALL} as the SQL of {@code sp_generate_event_summary}. A spark4-tests test runs that SQL on the
 * pipeline's tables and requires every column of every month to equal the Beam stage's.
 *
 * <p>This class loads no Beam class, so the SQL generator runs with the module's classes alone.
 *
 * <p>The SQL expressions aggregate one month's events, the relation {@value #EVENTS}: one row per
 * event_id with {@code venue_sk}, {@code attraction_sk} (the headliner), {@code price_min}, {@code
 * price_max}, {@code status_code} and {@code is_weekend}; and {@value #VENUE_COUNTS} / {@value
 * #ATTRACTION_COUNTS}: events per known key, with its name ({@code key_sk}, {@code name}, {@code
 * event_count}).
 */
public final class MonthlyKpis {
  /** The surrogate key of a dimension's "unknown" member, which no KPI counts. */
  public static final long UNKNOWN_KEY = -1L;

  /** Status codes (lower case) counted as cancelled, postponed and rescheduled. */
  public static final List<String> CANCELLED = List.of("cancelled", "canceled");

  public static final List<String> POSTPONED = List.of("postponed");
  public static final List<String> RESCHEDULED = List.of("rescheduled");

  /** Decimals of money and percentages, rounded half-up. */
  public static final int SCALE = 2;

  /**
   * The exact decimal type money is summed in: prices are summed exactly, then rounded, so the
   * result does not depend on the order of the rows (Beam sums {@code BigDecimal}s).
   */
  public static final String MONEY = "DECIMAL(20,6)";

  public static final String EVENTS = "events";
  public static final String VENUE_COUNTS = "venue_counts";
  public static final String ATTRACTION_COUNTS = "attraction_counts";

  /** One KPI column: its name, its rule in words and its SQL aggregate. */
  public record Kpi(String column, String rule, String sql) {}

  /** Every KPI column of monthly_event_summary, in the table's column order. */
  public static final List<Kpi> ALL =
      List.of(
          new Kpi("total_events", "count of distinct events", "COUNT(*)"),
          new Kpi(
              "total_venues",
              "distinct venue_sk, unknown (-1) excluded",
              "COUNT(DISTINCT NULLIF(venue_sk, " + UNKNOWN_KEY + "))"),
          new Kpi(
              "total_attractions",
              "distinct headliner attraction_sk, unknown (-1) excluded",
              "COUNT(DISTINCT NULLIF(attraction_sk, " + UNKNOWN_KEY + "))"),
          new Kpi(
              "estimated_revenue",
              "SUM(price_max) over events with a price; 0 when none",
              "CAST(coalesce(round(SUM(CAST(price_max AS "
                  + MONEY
                  + ")), "
                  + SCALE
                  + "), 0) AS DOUBLE)"),
          new Kpi(
              "avg_ticket_price",
              "AVG(price_max) over events with a price; null when none",
              average("price_max")),
          new Kpi(
              "avg_price_min",
              "AVG(price_min) over events with a price; null when none",
              average("price_min")),
          new Kpi(
              "top_venue",
              "the venue with the most events; ties by name ascending, then key; unknown excluded",
              top(VENUE_COUNTS)),
          new Kpi(
              "top_attraction",
              "the headliner with the most events; ties by name ascending, then key; unknown"
                  + " excluded",
              top(ATTRACTION_COUNTS)),
          new Kpi(
              "weekend_event_pct",
              "percentage of events on a Saturday or Sunday (dim_date.is_weekend)",
              percent("is_weekend")),
          new Kpi("cancelled_events", "events with status " + CANCELLED, countStatus(CANCELLED)),
          new Kpi("postponed_events", "events with status " + POSTPONED, countStatus(POSTPONED)),
          new Kpi(
              "rescheduled_events", "events with status " + RESCHEDULED, countStatus(RESCHEDULED)),
          new Kpi(
              "priced_event_pct",
              "percentage of events with a price range (a price_min or a price_max)",
              percent("price_min IS NOT NULL OR price_max IS NOT NULL")));

  private MonthlyKpis() {}

  /** The month's KPI column names, in order. */
  public static List<String> columns() {
    return ALL.stream().map(Kpi::column).collect(Collectors.toList());
  }

  /** Whether {@code statusCode} (any case) is one of {@code codes}. */
  public static boolean isStatus(String statusCode, List<String> codes) {
    return statusCode != null && codes.contains(statusCode.toLowerCase(java.util.Locale.ROOT));
  }

  /** The exact average, rounded half-up; null without a value (no division by zero). */
  private static String average(String column) {
    return "CAST(round(SUM(CAST("
        + column
        + " AS "
        + MONEY
        + ")) / NULLIF(COUNT("
        + column
        + "), 0), "
        + SCALE
        + ") AS DOUBLE)";
  }

  /** 0..100 of the events where {@code condition} holds, rounded half-up. */
  private static String percent(String condition) {
    return "CAST(round(CAST(100 * COUNT_IF("
        + condition
        + ") AS DECIMAL(20,0)) / COUNT(*), "
        + SCALE
        + ") AS DOUBLE)";
  }

  private static String countStatus(List<String> codes) {
    return "COUNT_IF(lower(status_code) IN ("
        + codes.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "))
        + "))";
  }

  /**
   * The name of the key with the most events: the most events first, then named before unnamed,
   * then by name, then by key; a top key without a name gives null.
   */
  private static String top(String counts) {
    return "(SELECT min_by(name, named_struct('events', -event_count, 'unnamed', name IS NULL,"
        + " 'name', coalesce(name, ''), 'key', key_sk)) FROM "
        + counts
        + ")";
  }
}
