package com.tixmaster.pipeline.spark;

import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.silver.BronzeRunProcessed;
import com.tixmaster.schemas.silver.SilverTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.beam.sdk.schemas.Schema.Field;

/**
 * Table DDL generated from the {@link TableSpec}s, the one source of every table's columns and
 * keys: Unity Catalog's (primary and foreign keys as {@code RELY} constraints, identity surrogate
 * keys, CHECKs, comments, change data feed on the assistant's documents), the same without its key
 * constraints for OSS Delta 4 ({@link Dialect}), and the subset OSS Delta 3 parses locally (columns
 * and their comments). {@code main} writes the Unity Catalog files under {@code sql/ddl/}; a test
 * keeps them in step with the code.
 *
 * <p>Every column's comment is its {@code @SchemaFieldDescription} on the row type's getter, so the
 * meaning of a column is written once, beside the column, and reaches Unity Catalog (and Genie).
 */
public final class DeltaDdl {
  /** Which engine the Unity Catalog DDL is for. */
  public enum Dialect {
    /** Databricks with Unity Catalog: everything. */
    UNITY_CATALOG,
    /**
     * Unity Catalog's DDL less its {@code PRIMARY KEY} and {@code FOREIGN KEY … RELY} lines, which
     * only Unity Catalog parses; identity columns, CHECKs, comments and change data feed stay. What
     * Spark 4 with Delta 4 runs (the {@code spark4-tests} module).
     */
    UNITY_CATALOG_WITHOUT_KEYS
  }

  /** Foreign keys: "layer.table.column" → "layer.table.column". */
  static final Map<String, String> FOREIGN_KEYS = foreignKeys();

  /**
   * Every table the pipeline writes, each after the tables its foreign keys reference (derived from
   * {@link #FOREIGN_KEYS} by {@link #foreignKeyOrder}): Unity Catalog refuses a FOREIGN KEY to a
   * table that does not exist yet, so the DDL files and a commit create tables in this order.
   */
  public static final List<TableSpec> ALL_TABLES =
      foreignKeyOrder(registeredTables(), FOREIGN_KEYS);

  /** Surrogate keys Beam assigns explicitly; identity columns keep UC from reusing them. */
  static final List<String> IDENTITY_KEYS =
      List.of(
          "gold.dim_venue.venue_sk",
          "gold.dim_attraction.attraction_sk",
          "gold.dim_classification.classification_sk",
          "gold.dim_market.market_sk",
          "gold.fact_events.event_sk");

  static final Map<String, String> CHECKS = new LinkedHashMap<>();

  static final Map<String, String> TABLE_COMMENTS = new LinkedHashMap<>();

  static {
    CHECKS.put(
        "silver.venues",
        "(latitude IS NULL OR latitude BETWEEN -90 AND 90) AND (longitude IS NULL OR longitude"
            + " BETWEEN -180 AND 180)");
    CHECKS.put("silver.events", "price_min IS NULL OR price_max IS NULL OR price_min <= price_max");
    CHECKS.put(
        "silver.event_price_ranges",
        "price_min IS NULL OR price_max IS NULL OR price_min <= price_max");
    CHECKS.put(
        "gold.fact_events", "price_min IS NULL OR price_max IS NULL OR price_min <= price_max");

    TABLE_COMMENTS.put(
        "bronze.events_raw",
        "Raw Discovery API event records, one row per record of each landed file, with lineage.");
    TABLE_COMMENTS.put("bronze.venues_raw", "Raw Discovery API venue records with lineage.");
    TABLE_COMMENTS.put(
        "bronze.attractions_raw", "Raw Discovery API attraction records with lineage.");
    TABLE_COMMENTS.put(
        "bronze.classifications_raw", "Raw Discovery API classification records with lineage.");
    TABLE_COMMENTS.put(
        "bronze._files",
        "Bronze checkpoint: every landing file read, loaded or rejected, with its hash.");
    TABLE_COMMENTS.put(
        "bronze._schema",
        "Every JSON field path seen per entity, with first and last run: schema inference and"
            + " drift.");
    TABLE_COMMENTS.put(
        "bronze._rejected_records", "Records of readable files that are not JSON objects.");
    TABLE_COMMENTS.put(
        "silver.events", "One current row per Ticketmaster event (3NF), newest observation wins.");
    TABLE_COMMENTS.put("silver.event_price_ranges", "Price ranges per event, type and currency.");
    TABLE_COMMENTS.put(
        "silver.venues",
        "One current row per venue, from the venues endpoint and copies embedded in events.");
    TABLE_COMMENTS.put("silver.markets", "Ticketmaster markets (regions).");
    TABLE_COMMENTS.put("silver.venue_markets", "Which markets a venue belongs to.");
    TABLE_COMMENTS.put(
        "silver.attractions", "One current row per attraction (performer, team, show).");
    TABLE_COMMENTS.put(
        "silver.classifications",
        "Segment/genre/subgenre/type/subtype combinations, keyed by their five ids.");
    TABLE_COMMENTS.put("silver.event_venues", "Events and their venues, in order (0 = primary).");
    TABLE_COMMENTS.put(
        "silver.event_attractions",
        "Events and their attractions in billing order (0 = headliner).");
    TABLE_COMMENTS.put(
        "silver._rejected", "Records silver could not use, with a stable reason code.");
    TABLE_COMMENTS.put(
        "silver._accounting",
        "Per run and entity: records in, inserted, updated, rejected, superseded.");
    TABLE_COMMENTS.put(
        "silver._bronze_runs", "Silver's watermark: the bronze runs already merged.");
    TABLE_COMMENTS.put(
        "gold.dim_date",
        "Calendar dimension, one row per day (date_key yyyyMMdd; -1 = unknown/TBA).");
    TABLE_COMMENTS.put(
        "gold.dim_venue",
        "Venue dimension, SCD type 2 (valid_from/valid_to/is_current); -1 = unknown.");
    TABLE_COMMENTS.put(
        "gold.dim_attraction",
        "Attraction dimension, SCD type 2, with segment/genre/subgenre; -1 = unknown.");
    TABLE_COMMENTS.put(
        "gold.dim_classification", "Classification dimension (type 1); -1 = unknown.");
    TABLE_COMMENTS.put("gold.dim_market", "Market dimension (type 1); -1 = unknown.");
    TABLE_COMMENTS.put(
        "gold.fact_events",
        "One row per event: keys to the dimensions, prices, counts and status.");
    TABLE_COMMENTS.put(
        "gold.bridge_event_attraction", "Every attraction of an event, in billing order.");
    TABLE_COMMENTS.put(
        "gold.monthly_event_summary",
        "Monthly KPIs over non-test events: counts, revenue, prices, top venue and attraction.");
    TABLE_COMMENTS.put(
        "gold.event_documents",
        "One text per upcoming non-test event, with filter columns, for the event assistant.");
    TABLE_COMMENTS.put("gold.data_quality_results", "Results of the audits of every run.");
    TABLE_COMMENTS.put(
        "gold.etl_log", "One row per stage per run: timing, row counts, status, parameters.");
    TABLE_COMMENTS.put(
        "gold._rejected",
        "Rows the gold, summary and documents stages could not use, with a stable reason code.");
  }

  private DeltaDdl() {}

  private static Map<String, String> foreignKeys() {
    Map<String, String> fks = new LinkedHashMap<>();
    fks.put("silver.events.classification_id", "silver.classifications.classification_id");
    fks.put("silver.event_price_ranges.event_id", "silver.events.event_id");
    fks.put("silver.event_venues.event_id", "silver.events.event_id");
    fks.put("silver.event_venues.venue_id", "silver.venues.venue_id");
    fks.put("silver.event_attractions.event_id", "silver.events.event_id");
    fks.put("silver.event_attractions.attraction_id", "silver.attractions.attraction_id");
    fks.put("silver.venue_markets.venue_id", "silver.venues.venue_id");
    fks.put("silver.venue_markets.market_id", "silver.markets.market_id");
    fks.put("silver.attractions.classification_id", "silver.classifications.classification_id");
    fks.put("gold.fact_events.date_key", "gold.dim_date.date_key");
    fks.put("gold.fact_events.venue_sk", "gold.dim_venue.venue_sk");
    fks.put("gold.fact_events.attraction_sk", "gold.dim_attraction.attraction_sk");
    fks.put("gold.fact_events.classification_sk", "gold.dim_classification.classification_sk");
    fks.put("gold.fact_events.market_sk", "gold.dim_market.market_sk");
    fks.put("gold.bridge_event_attraction.event_sk", "gold.fact_events.event_sk");
    fks.put("gold.bridge_event_attraction.attraction_sk", "gold.dim_attraction.attraction_sk");
    return Collections.unmodifiableMap(fks);
  }

  /** The tables of the layers' registries, in registry order. */
  private static List<TableSpec> registeredTables() {
    List<TableSpec> all = new ArrayList<>(BronzeTables.ALL);
    all.addAll(SilverTables.ALL);
    all.add(BronzeRunProcessed.TABLE);
    all.addAll(GoldTables.ALL);
    return List.copyOf(all);
  }

  /**
   * {@code tables} in an order where every table follows the tables its foreign keys reference, and
   * otherwise keeps its place: a depth-first topological sort that puts, before each table in turn,
   * the referenced tables not placed yet.
   *
   * @throws IllegalStateException when the foreign keys form a cycle or name a table not listed
   */
  static List<TableSpec> foreignKeyOrder(List<TableSpec> tables, Map<String, String> foreignKeys) {
    Map<String, TableSpec> byName = new LinkedHashMap<>();
    tables.forEach(t -> byName.put(t.qualifiedName(), t));
    List<TableSpec> ordered = new ArrayList<>();
    for (TableSpec table : tables) {
      place(table, byName, foreignKeys, new LinkedHashSet<>(), ordered);
    }
    return List.copyOf(ordered);
  }

  private static void place(
      TableSpec table,
      Map<String, TableSpec> byName,
      Map<String, String> foreignKeys,
      Set<String> path,
      List<TableSpec> ordered) {
    if (ordered.contains(table)) {
      return;
    }
    if (!path.add(table.qualifiedName())) {
      throw new IllegalStateException("foreign keys form a cycle: " + path + " -> " + table);
    }
    for (String target : referencedTables(table, foreignKeys)) {
      TableSpec referenced = byName.get(target);
      if (referenced == null) {
        throw new IllegalStateException(table + " has a foreign key to unknown table " + target);
      }
      place(referenced, byName, foreignKeys, path, ordered);
    }
    path.remove(table.qualifiedName());
    ordered.add(table);
  }

  /**
   * The other tables {@code table}'s foreign keys reference ({@code layer.table}), in key order.
   */
  static List<String> referencedTables(TableSpec table, Map<String, String> foreignKeys) {
    String prefix = table.qualifiedName() + ".";
    Set<String> targets = new LinkedHashSet<>();
    for (Map.Entry<String, String> fk : foreignKeys.entrySet()) {
      if (fk.getKey().startsWith(prefix)) {
        String target = fk.getValue().substring(0, fk.getValue().lastIndexOf('.'));
        if (!target.equals(table.qualifiedName())) {
          targets.add(target);
        }
      }
    }
    return List.copyOf(targets);
  }

  /**
   * What a commit of {@code tables} must make sure exists, in {@link #ALL_TABLES} order: the tables
   * and, transitively, the tables their foreign keys reference, which Unity Catalog needs to exist
   * before it accepts the key (the commit may not stage them).
   */
  static List<TableSpec> creationOrder(Collection<TableSpec> tables) {
    Set<String> needed = new HashSet<>();
    List<String> todo = new ArrayList<>();
    tables.forEach(t -> todo.add(t.qualifiedName()));
    while (!todo.isEmpty()) {
      String name = todo.remove(todo.size() - 1);
      if (needed.add(name)) {
        todo.addAll(referencedTables(table(name), FOREIGN_KEYS));
      }
    }
    return ALL_TABLES.stream().filter(t -> needed.contains(t.qualifiedName())).toList();
  }

  /** The table called {@code layer.table}. */
  static TableSpec table(String qualifiedName) {
    for (TableSpec t : ALL_TABLES) {
      if (t.qualifiedName().equals(qualifiedName)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown table " + qualifiedName);
  }

  /** Whether {@code column} of {@code table} is an identity column in Unity Catalog's DDL. */
  static boolean isIdentity(TableSpec table, String column) {
    return IDENTITY_KEYS.contains(table.qualifiedName() + "." + column);
  }

  /** What OSS Delta parses: columns, nullability and column comments. */
  public static String localCreateTable(String catalog, TableSpec table) {
    return "CREATE TABLE IF NOT EXISTS "
        + name(SparkTypes.quote(catalog), table)
        + " (\n"
        + String.join(",\n", columns(table, false))
        + "\n) USING DELTA";
  }

  /** Unity Catalog DDL; {@code catalog} may be a placeholder such as {@code ${catalog}}. */
  public static String unityCatalogCreateTable(String catalog, TableSpec table) {
    return createTable(Dialect.UNITY_CATALOG, catalog, table);
  }

  /**
   * A table's {@code CREATE TABLE} and, when it has a check, its {@code ALTER TABLE … ADD
   * CONSTRAINT}, each ending in {@code ";\n"}.
   */
  public static String createTable(Dialect dialect, String catalog, TableSpec table) {
    List<String> lines = columns(table, true);
    String q = table.qualifiedName();
    if (dialect == Dialect.UNITY_CATALOG) {
      lines.addAll(keyConstraints(catalog, table));
    }
    StringBuilder ddl =
        new StringBuilder("CREATE TABLE IF NOT EXISTS " + name(catalog, table) + " (\n");
    ddl.append(String.join(",\n", lines)).append("\n) USING DELTA\n");
    ddl.append("COMMENT '").append(escape(TABLE_COMMENTS.getOrDefault(q, q))).append("'");
    if (q.equals("gold.event_documents")) {
      ddl.append("\nTBLPROPERTIES (delta.enableChangeDataFeed = true)");
    }
    ddl.append(";\n");
    checkConstraint(catalog, table).ifPresent(alter -> ddl.append(alter).append(";\n"));
    return ddl.toString();
  }

  /** The {@code CONSTRAINT … PRIMARY KEY / FOREIGN KEY … RELY} lines, which need Unity Catalog. */
  private static List<String> keyConstraints(String catalog, TableSpec table) {
    List<String> lines = new ArrayList<>();
    String q = table.qualifiedName();
    if (!table.primaryKey().isEmpty()) {
      lines.add(
          "  CONSTRAINT "
              + constraint("pk", q)
              + " PRIMARY KEY ("
              + String.join(", ", table.primaryKey().stream().map(SparkTypes::quote).toList())
              + ") RELY");
    }
    for (Map.Entry<String, String> fk : FOREIGN_KEYS.entrySet()) {
      if (fk.getKey().startsWith(q + ".")) {
        String column = fk.getKey().substring(q.length() + 1);
        String target = fk.getValue();
        int dot = target.lastIndexOf('.');
        lines.add(
            "  CONSTRAINT "
                + constraint("fk", q + "_" + column)
                + " FOREIGN KEY ("
                + SparkTypes.quote(column)
                + ") REFERENCES "
                + catalog
                + "."
                + target.substring(0, dot)
                + " ("
                + SparkTypes.quote(target.substring(dot + 1))
                + ") RELY");
      }
    }
    return lines;
  }

  /** The table's CHECK constraint's name, as Delta lists it in {@code delta.constraints.<name>}. */
  static Optional<String> checkName(TableSpec table) {
    return CHECKS.containsKey(table.qualifiedName())
        ? Optional.of(constraint("ck", table.qualifiedName()))
        : Optional.empty();
  }

  /** {@code ALTER TABLE … ADD CONSTRAINT ck_… CHECK (…)}, for a table that has a check. */
  static Optional<String> checkConstraint(String catalog, TableSpec table) {
    return checkName(table)
        .map(
            name ->
                "ALTER TABLE "
                    + name(catalog, table)
                    + " ADD CONSTRAINT "
                    + name
                    + " CHECK ("
                    + CHECKS.get(table.qualifiedName())
                    + ")");
  }

  private static List<String> columns(TableSpec table, boolean unityCatalog) {
    List<String> columns = new ArrayList<>();
    for (Field f : table.beamSchema().getFields()) {
      String column = table.qualifiedName() + "." + f.getName();
      boolean identity = unityCatalog && isIdentity(table, f.getName());
      boolean notNull =
          !f.getType().getNullable() || (unityCatalog && table.primaryKey().contains(f.getName()));
      columns.add(
          "  "
              + SparkTypes.quote(f.getName())
              + " "
              + SparkTypes.sqlType(table, f)
              + (identity ? " GENERATED BY DEFAULT AS IDENTITY" : "")
              + (notNull ? " NOT NULL" : "")
              + columnComment(f));
    }
    return columns;
  }

  /**
   * {@code COMMENT '…'} from the getter's {@code @SchemaFieldDescription}; nothing for a column
   * without one (DeltaDdlTest fails on that for every table the pipeline writes).
   */
  private static String columnComment(Field field) {
    String description = field.getDescription();
    return description == null || description.isBlank()
        ? ""
        : " COMMENT '" + escape(description.strip()) + "'";
  }

  private static String name(String catalog, TableSpec table) {
    return catalog + "." + SparkTypes.quote(table.layer()) + "." + SparkTypes.quote(table.name());
  }

  private static String constraint(String kind, String name) {
    return kind + "_" + name.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_+", "_");
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("'", "\\'");
  }

  /** The Unity Catalog DDL file of one layer. */
  public static String unityCatalogFile(String layer) {
    return ddlFile(Dialect.UNITY_CATALOG, "${catalog}", layer);
  }

  /**
   * The DDL of one layer's schema and tables, in {@link #ALL_TABLES} (foreign-key) order; {@code
   * catalog} is a name as SQL writes it, or the placeholder {@code ${catalog}}.
   */
  public static String ddlFile(Dialect dialect, String catalog, String layer) {
    StringBuilder sql = new StringBuilder();
    sql.append(
        "-- Generated by com.tixmaster.pipeline.spark.DeltaDdl from the TableSpecs; do not"
            + " edit.\n");
    if (dialect == Dialect.UNITY_CATALOG_WITHOUT_KEYS) {
      sql.append("-- Unity Catalog's DDL without its PRIMARY KEY and FOREIGN KEY constraints.\n");
    }
    if (catalog.equals("${catalog}")) {
      sql.append("-- Replace ${catalog} (e.g. ticket_master) before running in a SQL warehouse.\n");
    }
    sql.append("CREATE SCHEMA IF NOT EXISTS ").append(catalog).append('.').append(layer);
    sql.append(";\n\n");
    for (TableSpec table : ALL_TABLES) {
      if (table.layer().equals(layer)) {
        sql.append(createTable(dialect, catalog, table)).append('\n');
      }
    }
    return sql.toString();
  }

  /**
   * Sets every table and column comment on tables that already exist: {@code CREATE TABLE IF NOT
   * EXISTS} leaves an existing table's comments as they were. Idempotent; run it after a release
   * that changed a description.
   */
  public static String unityCatalogCommentsFile() {
    return commentsFile("${catalog}");
  }

  /** {@link #unityCatalogCommentsFile()} for the catalog called {@code catalog} in SQL. */
  public static String commentsFile(String catalog) {
    StringBuilder sql = new StringBuilder();
    sql.append(
        "-- Generated by com.tixmaster.pipeline.spark.DeltaDdl from the TableSpecs; do not"
            + " edit.\n");
    sql.append(
        "-- Brings the table and column comments of existing tables up to date (CREATE TABLE IF\n");
    sql.append(
        catalog.equals("${catalog}")
            ? "-- NOT EXISTS does not). Replace ${catalog} before running; safe to run again.\n"
            : "-- NOT EXISTS does not). Safe to run again.\n");
    for (TableSpec table : ALL_TABLES) {
      String name = name(catalog, table);
      sql.append('\n')
          .append("COMMENT ON TABLE ")
          .append(name)
          .append(" IS '")
          .append(escape(TABLE_COMMENTS.getOrDefault(table.qualifiedName(), table.qualifiedName())))
          .append("';\n");
      for (Field f : table.beamSchema().getFields()) {
        String comment = columnComment(f);
        if (!comment.isEmpty()) {
          sql.append("ALTER TABLE ")
              .append(name)
              .append(" ALTER COLUMN ")
              .append(SparkTypes.quote(f.getName()))
              .append(comment)
              .append(";\n");
        }
      }
    }
    return sql.toString();
  }

  /** Writes {@code sql/ddl/<layer>.sql} and {@code comments.sql}: {@code DeltaDdl [sql/ddl]}. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "sql/ddl");
    Files.createDirectories(dir);
    for (String layer : List.of("bronze", "silver", "gold")) {
      Files.writeString(dir.resolve(layer + ".sql"), unityCatalogFile(layer));
    }
    Files.writeString(dir.resolve("comments.sql"), unityCatalogCommentsFile());
  }
}
