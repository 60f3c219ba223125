package com.tixmaster.schemas.silver;

import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.TableSpec.WriteMode;
import java.util.List;
import java.util.Set;

/**
 * The silver tables of {@code tables.md}: third normal form, one current row per natural key. State
 * tables are {@link WriteMode#REPLACE}d by each run's full new state; {@code _rejected} and {@code
 * _accounting} are appended.
 */
public final class SilverTables {
  public static final String LAYER = "silver";

  /** The entities silver accounts for, in the order the run report shows them. */
  public static final List<String> ENTITIES =
      List.of("events", "venues", "attractions", "classifications", "markets");

  public static final TableSpec EVENTS =
      state(EventRow.TABLE, EventRow.class, List.of("event_id"), Set.of("event_date"));
  public static final TableSpec EVENT_PRICE_RANGES =
      state(
          EventPriceRangeRow.TABLE,
          EventPriceRangeRow.class,
          List.of("event_id", "price_type", "currency"),
          Set.of());
  public static final TableSpec VENUES =
      state(VenueRow.TABLE, VenueRow.class, List.of("venue_id"), Set.of());
  public static final TableSpec MARKETS =
      state(MarketRow.TABLE, MarketRow.class, List.of("market_id"), Set.of());
  public static final TableSpec VENUE_MARKETS =
      state(VenueMarketRow.TABLE, VenueMarketRow.class, List.of("venue_id", "market_id"), Set.of());
  public static final TableSpec ATTRACTIONS =
      state(AttractionRow.TABLE, AttractionRow.class, List.of("attraction_id"), Set.of());
  public static final TableSpec CLASSIFICATIONS =
      state(
          ClassificationRow.TABLE, ClassificationRow.class, List.of("classification_id"), Set.of());
  public static final TableSpec EVENT_VENUES =
      state(EventVenueRow.TABLE, EventVenueRow.class, List.of("event_id", "venue_id"), Set.of());
  public static final TableSpec EVENT_ATTRACTIONS =
      state(
          EventAttractionRow.TABLE,
          EventAttractionRow.class,
          List.of("event_id", "attraction_id"),
          Set.of());

  public static final TableSpec REJECTED =
      TableSpec.of(
          LAYER, RejectedRow.TABLE, RejectedRow.class, List.of(), Set.of(), WriteMode.APPEND);
  public static final TableSpec ACCOUNTING =
      TableSpec.of(
          LAYER,
          AccountingRow.TABLE,
          AccountingRow.class,
          List.of("run_id", "entity"),
          Set.of(),
          WriteMode.APPEND);

  /** The state tables, each replaced by a run's complete new state. */
  public static final List<TableSpec> STATE =
      List.of(
          EVENTS,
          EVENT_PRICE_RANGES,
          VENUES,
          MARKETS,
          VENUE_MARKETS,
          ATTRACTIONS,
          CLASSIFICATIONS,
          EVENT_VENUES,
          EVENT_ATTRACTIONS);

  /** Every silver table: the state tables, then {@code _rejected} and {@code _accounting}. */
  public static final List<TableSpec> ALL =
      List.of(
          EVENTS,
          EVENT_PRICE_RANGES,
          VENUES,
          MARKETS,
          VENUE_MARKETS,
          ATTRACTIONS,
          CLASSIFICATIONS,
          EVENT_VENUES,
          EVENT_ATTRACTIONS,
          REJECTED,
          ACCOUNTING);

  private SilverTables() {}

  /** The table of that name, e.g. {@code events} or {@code _rejected}. */
  public static TableSpec table(String name) {
    for (TableSpec spec : ALL) {
      if (spec.name().equals(name)) {
        return spec;
      }
    }
    throw new IllegalArgumentException("Unknown silver table: " + name);
  }

  private static TableSpec state(
      String name, Class<?> rowType, List<String> primaryKey, Set<String> dateColumns) {
    return TableSpec.of(LAYER, name, rowType, primaryKey, dateColumns, WriteMode.REPLACE);
  }
}
