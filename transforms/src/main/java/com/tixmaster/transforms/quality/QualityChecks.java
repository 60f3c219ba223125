package com.tixmaster.transforms.quality;

import static com.tixmaster.schemas.gold.DataQualityResult.CRITICAL;
import static com.tixmaster.schemas.gold.DataQualityResult.HIGH;
import static com.tixmaster.schemas.gold.DataQualityResult.LOW;
import static com.tixmaster.schemas.gold.DataQualityResult.MEDIUM;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The registry of data-quality checks: the one source of truth for each check's name, table,
 * severity, threshold, rule, SQL and Beam composite. {@link QualityTransform} runs them in Beam;
 * {@link QualitySqlGenerator} writes their SQL to {@code sql/quality/}. The keys the checks walk
 * (every silver primary key, every foreign key) are listed here too and feed both.
 *
 * <p>This class loads no Beam class (each check's Beam composite is deferred, see {@link
 * CheckDefinition.DeferredFactory}), so the generator runs with the module's classes alone.
 */
public final class QualityChecks {
  /** Rows are reported by these key columns; a null part reads {@code <null>}. */
  public static final String NULL_TEXT = "<null>";

  // ---- the keys of tables.md -------------------------------------------------------------------

  public static final TableKey SILVER_EVENTS = TableKey.of("silver.events", "event_id");
  public static final TableKey SILVER_EVENT_PRICE_RANGES =
      TableKey.of("silver.event_price_ranges", "event_id", "price_type", "currency");
  public static final TableKey SILVER_VENUES = TableKey.of("silver.venues", "venue_id");
  public static final TableKey SILVER_MARKETS = TableKey.of("silver.markets", "market_id");
  public static final TableKey SILVER_VENUE_MARKETS =
      TableKey.of("silver.venue_markets", "venue_id", "market_id");
  public static final TableKey SILVER_ATTRACTIONS =
      TableKey.of("silver.attractions", "attraction_id");
  public static final TableKey SILVER_CLASSIFICATIONS =
      TableKey.of("silver.classifications", "classification_id");
  public static final TableKey SILVER_EVENT_VENUES =
      TableKey.of("silver.event_venues", "event_id", "venue_id");
  public static final TableKey SILVER_EVENT_ATTRACTIONS =
      TableKey.of("silver.event_attractions", "event_id", "attraction_id");

  /** Every silver table with a primary key, in the order of tables.md. */
  public static final List<TableKey> SILVER_PRIMARY_KEYS =
      List.of(
          SILVER_EVENTS,
          SILVER_EVENT_PRICE_RANGES,
          SILVER_VENUES,
          SILVER_MARKETS,
          SILVER_VENUE_MARKETS,
          SILVER_ATTRACTIONS,
          SILVER_CLASSIFICATIONS,
          SILVER_EVENT_VENUES,
          SILVER_EVENT_ATTRACTIONS);

  /** Fact rows are reported by their degenerate natural key. */
  public static final TableKey GOLD_FACT_EVENTS = TableKey.of("gold.fact_events", "event_id");

  public static final TableKey GOLD_BRIDGE_EVENT_ATTRACTION =
      TableKey.of("gold.bridge_event_attraction", "event_sk", "attraction_sk");

  /** The key columns of a fact row, none of which may be null (-1 is the unknown member). */
  public static final List<String> FACT_KEY_COLUMNS =
      List.of(
          "event_sk",
          "event_id",
          "date_key",
          "venue_sk",
          "attraction_sk",
          "classification_sk",
          "market_sk");

  /** The tables whose {@code price_min}/{@code price_max} are checked. */
  public static final List<TableKey> PRICED_TABLES =
      List.of(SILVER_EVENTS, SILVER_EVENT_PRICE_RANGES, GOLD_FACT_EVENTS);

  public static final ForeignKey EVENT_VENUES_EVENT =
      ForeignKey.required(SILVER_EVENT_VENUES, "event_id", "silver.events", "event_id");
  public static final ForeignKey EVENT_VENUES_VENUE =
      ForeignKey.required(SILVER_EVENT_VENUES, "venue_id", "silver.venues", "venue_id");
  public static final ForeignKey FACT_DATE =
      ForeignKey.required(GOLD_FACT_EVENTS, "date_key", "gold.dim_date", "date_key");
  public static final ForeignKey FACT_VENUE =
      ForeignKey.required(GOLD_FACT_EVENTS, "venue_sk", "gold.dim_venue", "venue_sk");

  /** Every foreign key of silver and gold. */
  public static final List<ForeignKey> FOREIGN_KEYS =
      List.of(
          EVENT_VENUES_EVENT,
          EVENT_VENUES_VENUE,
          ForeignKey.required(SILVER_EVENT_ATTRACTIONS, "event_id", "silver.events", "event_id"),
          ForeignKey.required(
              SILVER_EVENT_ATTRACTIONS, "attraction_id", "silver.attractions", "attraction_id"),
          ForeignKey.required(SILVER_VENUE_MARKETS, "venue_id", "silver.venues", "venue_id"),
          ForeignKey.required(SILVER_VENUE_MARKETS, "market_id", "silver.markets", "market_id"),
          ForeignKey.required(SILVER_EVENT_PRICE_RANGES, "event_id", "silver.events", "event_id"),
          ForeignKey.optional(
              SILVER_EVENTS, "classification_id", "silver.classifications", "classification_id"),
          ForeignKey.optional(
              SILVER_ATTRACTIONS,
              "classification_id",
              "silver.classifications",
              "classification_id"),
          FACT_DATE,
          FACT_VENUE,
          ForeignKey.required(
              GOLD_FACT_EVENTS, "attraction_sk", "gold.dim_attraction", "attraction_sk"),
          ForeignKey.required(
              GOLD_FACT_EVENTS,
              "classification_sk",
              "gold.dim_classification",
              "classification_sk"),
          ForeignKey.required(GOLD_FACT_EVENTS, "market_sk", "gold.dim_market", "market_sk"),
          ForeignKey.required(
              GOLD_BRIDGE_EVENT_ATTRACTION, "event_sk", "gold.fact_events", "event_sk"),
          ForeignKey.required(
              GOLD_BRIDGE_EVENT_ATTRACTION,
              "attraction_sk",
              "gold.dim_attraction",
              "attraction_sk"));

  /** The SCD type 2 dimensions: table, natural key, surrogate key. */
  public static final List<Scd2Dimension> SCD2_DIMENSIONS =
      List.of(
          new Scd2Dimension("gold.dim_venue", "venue_id", "venue_sk"),
          new Scd2Dimension("gold.dim_attraction", "attraction_id", "attraction_sk"));

  /** The natural key (and surrogate key) of a dimension's "unknown" member. */
  public static final String UNKNOWN_MEMBER = "-1";

  // ---- the checks ------------------------------------------------------------------------------

  public static final CheckDefinition ORPHANED_EVENT_VENUES =
      CheckDefinition.builder()
          .number(1)
          .name("orphaned_event_venues")
          .factory(() -> Checks.summarizing(Checks::orphanedEventVenues))
          .table("silver.event_venues")
          .severity(HIGH)
          .description(
              "Every silver.event_venues row references an event in silver.events and a venue in"
                  + " silver.venues (a null id references nothing).")
          .finding("event_venues row(s) whose event or venue is missing from silver")
          .sqlResult(
              "one distinct (event_id, venue_id) pair that references a missing event or venue")
          .sqlTemplate(
              """
              SELECT DISTINCT
                ev.event_id,
                ev.venue_id,
                e.event_id IS NULL AS missing_event,
                v.venue_id IS NULL AS missing_venue
              FROM ${catalog}.silver.event_venues AS ev
              LEFT JOIN (SELECT DISTINCT event_id FROM ${catalog}.silver.events) AS e
                ON ev.event_id = e.event_id
              LEFT JOIN (SELECT DISTINCT venue_id FROM ${catalog}.silver.venues) AS v
                ON ev.venue_id = v.venue_id
              WHERE e.event_id IS NULL OR v.venue_id IS NULL
              ORDER BY event_id, venue_id\
              """)
          .build();

  public static final CheckDefinition FACT_NULL_KEYS =
      CheckDefinition.builder()
          .number(2)
          .name("fact_null_keys")
          .factory(() -> Checks.summarizing(Checks::factNullKeys))
          .table("gold.fact_events")
          .severity(CRITICAL)
          .description(
              "No gold.fact_events row has a null "
                  + String.join(", ", FACT_KEY_COLUMNS)
                  + " (an unknown member is -1, not null).")
          .finding("fact_events row(s) with a null key column")
          .sqlResult("one fact row with a null key, and which key columns are null")
          .sqlTemplate(factNullKeysSql())
          .build();

  public static final CheckDefinition DUPLICATE_FACT_EVENT_IDS =
      CheckDefinition.builder()
          .number(3)
          .name("duplicate_fact_event_ids")
          .factory(() -> Checks.summarizing(Checks::duplicateFactEventIds))
          .table("gold.fact_events")
          .severity(HIGH)
          .description("gold.fact_events holds one row per event_id (its grain).")
          .finding("event_id value(s) with more than one gold.fact_events row")
          .sqlResult("one event_id that has more than one fact row, with its row count")
          .sqlTemplate(
              """
              SELECT event_id, COUNT(*) AS row_count
              FROM ${catalog}.gold.fact_events
              WHERE event_id IS NOT NULL
              GROUP BY event_id
              HAVING COUNT(*) > 1
              ORDER BY event_id\
              """)
          .build();

  public static final CheckDefinition FACT_DATE_KEY_NOT_IN_DIM_DATE =
      CheckDefinition.builder()
          .number(4)
          .name("fact_date_key_not_in_dim_date")
          .factory(() -> Checks.summarizing(Checks.factKeysMissingFrom(FACT_DATE)))
          .table("gold.fact_events")
          .severity(MEDIUM)
          .description(
              "Every non-null gold.fact_events.date_key is a date_key of gold.dim_date (-1 is its"
                  + " unknown row).")
          .finding("fact_events row(s) whose date_key is missing from gold.dim_date")
          .sqlResult("one fact row whose date_key is not in dim_date")
          .sqlTemplate(danglingSql(FACT_DATE, true))
          .build();

  public static final CheckDefinition INVALID_PRICE_RANGES =
      CheckDefinition.builder()
          .number(5)
          .name("invalid_price_ranges")
          .factory(() -> Checks.summarizing(Checks::invalidPriceRanges))
          .table(PRICED_TABLES.stream().map(TableKey::table).collect(Collectors.joining(",")))
          .severity(MEDIUM)
          .description(
              "No price range has price_min > price_max or a negative price, in "
                  + PRICED_TABLES.stream().map(TableKey::table).collect(Collectors.joining(", "))
                  + ".")
          .finding("price range(s) with price_min > price_max or a negative price")
          .sqlResult("one row with an invalid price range: its table, key and prices")
          .sqlTemplate(invalidPricesSql())
          .build();

  public static final CheckDefinition FACT_VENUE_SK_NOT_IN_DIM_VENUE =
      CheckDefinition.builder()
          .number(6)
          .name("fact_venue_sk_not_in_dim_venue")
          .factory(() -> Checks.summarizing(Checks.factKeysMissingFrom(FACT_VENUE)))
          .table("gold.fact_events")
          .severity(HIGH)
          .description(
              "Every non-null gold.fact_events.venue_sk is a venue_sk of gold.dim_venue (-1 is its"
                  + " unknown row).")
          .finding("fact_events row(s) whose venue_sk is missing from gold.dim_venue")
          .sqlResult("one fact row whose venue_sk is not in dim_venue")
          .sqlTemplate(danglingSql(FACT_VENUE, true))
          .build();

  public static final CheckDefinition BRONZE_SILVER_RECONCILIATION =
      CheckDefinition.builder()
          .number(7)
          .name("bronze_silver_reconciliation")
          .factory(() -> Checks.measuring(Checks::reconciliation))
          .measured(true)
          .table("bronze.events_raw,silver.events,silver._accounting")
          .severity(LOW)
          .threshold(5.0)
          .thresholdUnit("% of bronze event records")
          .description(
              "Every bronze event record is accounted for: bronze.events_raw rows = silver.events"
                  + " rows + rejected + superseded (the sums over silver._accounting, entity"
                  + " 'events'). A gap above the threshold, as a share of bronze, is a WARNING.")
          .finding("unaccounted bronze event record(s)")
          .sqlResult("one row: the counts, the gap, its share of bronze and the status")
          .sqlTemplate(
              """
              WITH counts AS (
                SELECT
                  (SELECT COUNT(*) FROM ${catalog}.bronze.events_raw) AS bronze_records,
                  (SELECT COUNT(*) FROM ${catalog}.silver.events) AS silver_events,
                  (SELECT COALESCE(SUM(rejected), 0)
                     FROM ${catalog}.silver.`_accounting` WHERE entity = 'events') AS rejected,
                  (SELECT COALESCE(SUM(superseded), 0)
                     FROM ${catalog}.silver.`_accounting` WHERE entity = 'events') AS superseded
              ),
              gaps AS (
                SELECT *,
                  silver_events + rejected + superseded AS accounted,
                  bronze_records - (silver_events + rejected + superseded) AS gap
                FROM counts
              ),
              shares AS (
                SELECT *,
                  CASE
                    WHEN bronze_records = 0 THEN CASE WHEN accounted = 0 THEN 0.0 ELSE 100.0 END
                    ELSE 100.0 * abs(gap) / bronze_records
                  END AS gap_pct
                FROM gaps
              )
              SELECT
                bronze_records, silver_events, rejected, superseded, accounted, gap,
                round(gap_pct, 2) AS gap_pct,
                ${threshold} AS threshold_pct,
                CASE WHEN gap_pct > ${threshold} THEN 'WARNING' ELSE 'PASSED' END AS status,
                abs(gap) AS records_affected
              FROM shares\
              """)
          .build();

  public static final CheckDefinition SCD2_INTEGRITY =
      CheckDefinition.builder()
          .number(8)
          .name("scd2_integrity")
          .factory(() -> Checks.summarizing(Checks::scd2Integrity))
          .table(
              SCD2_DIMENSIONS.stream().map(Scd2Dimension::table).collect(Collectors.joining(",")))
          .severity(HIGH)
          .description(
              "In gold.dim_venue and gold.dim_attraction, every natural key (the unknown member -1"
                  + " aside) has exactly one current row, its [valid_from, valid_to) intervals do"
                  + " not overlap, and valid_to is null exactly when is_current.")
          .finding("natural key(s) with a broken SCD2 history")
          .sqlResult(
              "one natural key with a broken history: its current rows, overlaps and"
                  + " valid_to/is_current mismatches")
          .sqlTemplate(scd2Sql())
          .build();

  public static final CheckDefinition SILVER_PRIMARY_KEY_UNIQUENESS =
      CheckDefinition.builder()
          .number(9)
          .name("silver_primary_key_uniqueness")
          .factory(() -> Checks.summarizing(Checks::silverPrimaryKeys))
          .table("silver.*")
          .severity(HIGH)
          .description(
              "Every silver table's primary key (tables.md) is unique and never null: "
                  + SILVER_PRIMARY_KEYS.stream()
                      .map(k -> k.shortName() + "(" + String.join(", ", k.columns()) + ")")
                      .collect(Collectors.joining(", "))
                  + ".")
          .finding("duplicate or null silver primary key(s)")
          .sqlResult("one primary key value that is duplicated or has a null part, with its rows")
          .sqlTemplate(primaryKeysSql())
          .build();

  public static final CheckDefinition FOREIGN_KEY_INTEGRITY =
      CheckDefinition.builder()
          .number(10)
          .name("foreign_key_integrity")
          .factory(() -> Checks.summarizing(Checks::foreignKeys))
          .table("silver.*,gold.*")
          .severity(HIGH)
          .description(
              "Every foreign key of silver and gold resolves: "
                  + FOREIGN_KEYS.stream()
                      .map(ForeignKey::toString)
                      .collect(Collectors.joining(", "))
                  + ". Only events.classification_id and attractions.classification_id may be"
                  + " null.")
          .finding("dangling foreign key reference(s)")
          .sqlResult(
              "one child row whose foreign key dangles: the relation, the row's key and the value")
          .sqlTemplate(foreignKeysSql())
          .build();

  public static final CheckDefinition SILVER_FRESHNESS =
      CheckDefinition.builder()
          .number(11)
          .name("silver_freshness")
          .factory(() -> Checks.measuring(Checks::silverFreshness))
          .measured(true)
          .table("silver.events")
          .severity(MEDIUM)
          .threshold(48.0)
          .thresholdUnit("hours")
          .description(
              "The newest silver.events _ingestion_timestamp is at most the threshold before the"
                  + " run's as-of instant (the SQL uses current_timestamp()). Empty silver fails.")
          .finding("stale silver.events row(s)")
          .sqlResult("one row: the newest ingestion, its age in hours and the status")
          .sqlTemplate(
"""
WITH newest AS (
  SELECT COUNT(*) AS silver_events, MAX(`_ingestion_timestamp`) AS newest_ingestion
  FROM ${catalog}.silver.events
),
verdict AS (
  SELECT *,
    CASE
      WHEN silver_events = 0 OR newest_ingestion IS NULL THEN 'FAILED'
      WHEN unix_millis(current_timestamp()) - unix_millis(newest_ingestion)
           > ${threshold} * 3600000 THEN 'FAILED'
      ELSE 'PASSED'
    END AS status
  FROM newest
)
SELECT
  silver_events,
  newest_ingestion,
  current_timestamp() AS checked_at,
  round((unix_millis(current_timestamp()) - unix_millis(newest_ingestion)) / 3600000.0, 2)
    AS age_hours,
  ${threshold} AS threshold_hours,
  status,
  CASE WHEN status = 'FAILED' THEN silver_events ELSE 0 END AS records_affected
FROM verdict\
""")
          .build();

  /** Every check, in order; {@code ALL.get(i).number() == i + 1}. */
  public static final List<CheckDefinition> ALL =
      List.of(
          ORPHANED_EVENT_VENUES,
          FACT_NULL_KEYS,
          DUPLICATE_FACT_EVENT_IDS,
          FACT_DATE_KEY_NOT_IN_DIM_DATE,
          INVALID_PRICE_RANGES,
          FACT_VENUE_SK_NOT_IN_DIM_VENUE,
          BRONZE_SILVER_RECONCILIATION,
          SCD2_INTEGRITY,
          SILVER_PRIMARY_KEY_UNIQUENESS,
          FOREIGN_KEY_INTEGRITY,
          SILVER_FRESHNESS);

  static {
    for (int i = 0; i < ALL.size(); i++) {
      if (ALL.get(i).number() != i + 1) {
        throw new IllegalStateException("check " + ALL.get(i).name() + " is out of order");
      }
    }
  }

  private QualityChecks() {}

  /** The check called {@code name}. */
  public static CheckDefinition byName(String name) {
    for (CheckDefinition check : ALL) {
      if (check.name().equals(name)) {
        return check;
      }
    }
    throw new IllegalArgumentException("Unknown quality check: " + name);
  }

  // ---- SQL built from the key lists ------------------------------------------------------------

  /** {@code ${catalog}.schema.table}. */
  static String ref(String qualifiedTable) {
    int dot = qualifiedTable.indexOf('.');
    String name = qualifiedTable.substring(dot + 1);
    if (name.startsWith("_")) {
      name = "`" + name + "`";
    }
    return CheckDefinition.CATALOG + "." + qualifiedTable.substring(0, dot) + "." + name;
  }

  /** The SQL of a row's key: its columns as strings, {@code |}-joined, null as {@code <null>}. */
  static String keySql(String alias, List<String> columns) {
    List<String> parts =
        columns.stream()
            .map(c -> "coalesce(CAST(" + alias + c + " AS STRING), '" + NULL_TEXT + "')")
            .collect(Collectors.toList());
    return parts.size() == 1 ? parts.get(0) : "concat_ws('|', " + String.join(", ", parts) + ")";
  }

  /** The child rows of {@code fk} whose value matches no parent row. */
  static String danglingSql(ForeignKey fk, boolean skipNulls) {
    return "SELECT\n"
        + "  '"
        + fk.name()
        + "' AS relation,\n"
        + "  "
        + keySql("c.", fk.child().columns())
        + " AS record_key,\n"
        + "  CAST(c."
        + fk.column()
        + " AS STRING) AS reference\n"
        + "FROM "
        + ref(fk.child().table())
        + " AS c\n"
        + "LEFT JOIN (SELECT DISTINCT "
        + fk.parentColumn()
        + " AS ref FROM "
        + ref(fk.parentTable())
        + ") AS p\n"
        + "  ON c."
        + fk.column()
        + " = p.ref\n"
        + "WHERE p.ref IS NULL"
        + (skipNulls ? " AND c." + fk.column() + " IS NOT NULL" : "");
  }

  private static String factNullKeysSql() {
    StringBuilder sql = new StringBuilder("SELECT\n  event_sk,\n  event_id,\n  concat_ws('+'");
    for (String c : FACT_KEY_COLUMNS) {
      sql.append(",\n    CASE WHEN ").append(c).append(" IS NULL THEN '").append(c).append("' END");
    }
    sql.append("\n  ) AS null_columns\nFROM ")
        .append(ref(GOLD_FACT_EVENTS.table()))
        .append("\nWHERE ");
    sql.append(
        FACT_KEY_COLUMNS.stream().map(c -> c + " IS NULL").collect(Collectors.joining("\n   OR ")));
    return sql.append("\nORDER BY event_id, event_sk").toString();
  }

  private static String invalidPricesSql() {
    List<String> parts = new ArrayList<>();
    for (TableKey t : PRICED_TABLES) {
      parts.add(
          "SELECT\n  '"
              + t.table()
              + "' AS table_name,\n  "
              + keySql("", t.columns())
              + " AS record_key,\n  price_min,\n  price_max\nFROM "
              + ref(t.table())
              + "\nWHERE price_min > price_max OR price_min < 0 OR price_max < 0");
    }
    return String.join("\nUNION ALL\n", parts) + "\nORDER BY table_name, record_key";
  }

  private static String primaryKeysSql() {
    List<String> parts = new ArrayList<>();
    for (TableKey t : SILVER_PRIMARY_KEYS) {
      parts.add(
          "SELECT\n  '"
              + t.table()
              + "' AS table_name,\n  "
              + keySql("", t.columns())
              + " AS primary_key,\n  COUNT(*) AS row_count\nFROM "
              + ref(t.table())
              + "\nGROUP BY "
              + String.join(", ", t.columns())
              + "\nHAVING COUNT(*) > 1 OR "
              + t.columns().stream().map(c -> c + " IS NULL").collect(Collectors.joining(" OR ")));
    }
    return String.join("\nUNION ALL\n", parts) + "\nORDER BY table_name, primary_key";
  }

  private static String foreignKeysSql() {
    return FOREIGN_KEYS.stream()
            .map(fk -> danglingSql(fk, fk.optional()))
            .collect(Collectors.joining("\nUNION ALL\n"))
        + "\nORDER BY relation, record_key";
  }

  private static String scd2Sql() {
    List<String> versions = new ArrayList<>();
    for (Scd2Dimension d : SCD2_DIMENSIONS) {
      versions.add(
          "  SELECT\n    '"
              + d.shortName()
              + "' AS dimension,\n    CAST("
              + d.naturalKey()
              + " AS STRING) AS natural_key,\n    "
              + d.surrogateKey()
              + " AS sk, valid_from, valid_to, is_current\n  FROM "
              + ref(d.table())
              + "\n  WHERE NOT (CAST("
              + d.naturalKey()
              + " AS STRING) <=> '"
              + UNKNOWN_MEMBER
              + "') AND NOT ("
              + d.surrogateKey()
              + " <=> "
              + UNKNOWN_MEMBER
              + ")");
    }
    return "WITH versions AS (\n"
        + String.join("\n  UNION ALL\n", versions)
        + "\n),\n"
        + "ordered AS (\n"
        + "  SELECT *,\n"
        + "    ROW_NUMBER() OVER w AS version_no,\n"
        + "    LAG(valid_to) OVER w AS previous_valid_to\n"
        + "  FROM versions\n"
        + "  WINDOW w AS (PARTITION BY dimension, natural_key ORDER BY valid_from, sk)\n"
        + "),\n"
        + "per_key AS (\n"
        + "  SELECT\n"
        + "    dimension,\n"
        + "    natural_key,\n"
        + "    COUNT(*) AS versions,\n"
        + "    SUM(CASE WHEN is_current THEN 1 ELSE 0 END) AS current_rows,\n"
        + "    SUM(CASE WHEN version_no > 1\n"
        + "              AND (previous_valid_to IS NULL OR previous_valid_to > valid_from)\n"
        + "             THEN 1 ELSE 0 END) AS overlaps,\n"
        + "    SUM(CASE WHEN (valid_to IS NULL) <> coalesce(is_current, false) THEN 1 ELSE 0 END)\n"
        + "      AS current_flag_mismatches\n"
        + "  FROM ordered\n"
        + "  GROUP BY dimension, natural_key\n"
        + ")\n"
        + "SELECT *\n"
        + "FROM per_key\n"
        + "WHERE current_rows <> 1 OR overlaps > 0 OR current_flag_mismatches > 0\n"
        + "ORDER BY dimension, natural_key";
  }

  /** An SCD type 2 dimension: its table, natural key and surrogate key. */
  public static final class Scd2Dimension implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final String table;
    private final String naturalKey;
    private final String surrogateKey;

    Scd2Dimension(String table, String naturalKey, String surrogateKey) {
      this.table = table;
      this.naturalKey = naturalKey;
      this.surrogateKey = surrogateKey;
    }

    public String table() {
      return table;
    }

    public String shortName() {
      return table.substring(table.indexOf('.') + 1);
    }

    public String naturalKey() {
      return naturalKey;
    }

    public String surrogateKey() {
      return surrogateKey;
    }
  }
}
