package com.tixmaster.spark4;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.Assert.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The pipeline's Unity Catalog DDL, less only its key constraints (the dialect {@code
 * UNITY_CATALOG_WITHOUT_KEYS} of {@code DeltaDdl}), runs on Spark 4 with Delta 4, and what it
 * declares is really there: identity surrogate keys, enforced CHECKs, a comment on every table and
 * column, change data feed on {@code gold.event_documents}.
 */
public class UnityCatalogDdlTest {
  private static Path sql;
  private static SparkSession spark;

  @BeforeClass
  public static void createTables() throws Exception {
    sql = PipelineExports.ddl();
    spark = Spark4Session.get();
    Spark4Session.dropLakeSchemas();
    for (String layer : List.of("bronze", "silver", "gold")) {
      SqlScripts.run(spark, sql.resolve("ddl").resolve(layer + ".sql"), Map.of());
    }
  }

  @AfterClass
  public static void dropTables() {
    Spark4Session.dropLakeSchemas();
  }

  private static String name(String qualified) {
    return "spark_catalog." + qualified;
  }

  private static Map<String, String> properties(String table) {
    Map<String, String> props = new TreeMap<>();
    for (Row r : spark.sql("SHOW TBLPROPERTIES " + name(table)).collectAsList()) {
      props.put(r.getString(0), r.getString(1));
    }
    return props;
  }

  @Test
  public void everyTableIsADeltaTable() throws Exception {
    List<String> tables = PipelineExports.lines(sql.resolve("tables.txt"));
    assertThat("every table of the registries, gold._rejected included", tables.size(), is(31));
    for (String table : tables) {
      Row detail = spark.sql("DESCRIBE DETAIL " + name(table)).first();
      assertThat(table, detail.getAs("format"), is("delta"));
    }
  }

  @Test
  public void surrogateKeysAreIdentityColumnsThatTakeExplicitKeys() throws Exception {
    List<String> identity = PipelineExports.lines(sql.resolve("identity.txt"));
    assertThat(identity.size(), is(5));
    for (String column : identity) {
      int dot = column.lastIndexOf('.');
      StructField field =
          DeltaLogs.schema(spark, name(column.substring(0, dot))).apply(column.substring(dot + 1));
      Metadata meta = field.metadata();
      assertThat(column, meta.contains("delta.identity.allowExplicitInsert"), is(true));
      assertThat(column, meta.getBoolean("delta.identity.allowExplicitInsert"), is(true));
      assertThat(column, meta.getLong("delta.identity.step"), is(1L));
      assertThat(column, field.nullable(), is(false));
    }
    String market = name("gold.dim_market");
    // Beam assigns the keys: an explicit one, the -1 "unknown" member included, is taken as is
    spark.sql(
        "INSERT INTO " + market + " (market_sk, market_id, market_name) VALUES (-1, '-1', 'n/a')");
    // without one, Delta generates it
    spark.sql("INSERT INTO " + market + " (market_id, market_name) VALUES ('7', 'Generated')");
    Row generated = spark.sql("SELECT market_sk FROM " + market + " WHERE market_id = '7'").first();
    assertThat(generated.get(0), notNullValue());
    // Delta refuses to update an identity column, so a MERGE must never assign one
    Exception update =
        assertThrows(
            Exception.class,
            () -> spark.sql("UPDATE " + market + " SET market_sk = 5 WHERE market_id = '7'"));
    assertThat(update.getMessage().toUpperCase(Locale.ROOT), containsString("IDENTITY"));
    Exception merge =
        assertThrows(
            Exception.class,
            () ->
                spark.sql(
                    "MERGE INTO "
                        + market
                        + " t USING (SELECT -1 AS market_sk, '-1' AS market_id, 'x' AS"
                        + " market_name) s ON t.market_sk <=> s.market_sk WHEN MATCHED THEN"
                        + " UPDATE SET market_sk = s.market_sk, market_name = s.market_name"));
    assertThat(merge.getMessage().toUpperCase(Locale.ROOT), containsString("IDENTITY"));
    spark.sql("DELETE FROM " + market);
  }

  @Test
  public void checksAreEnforced() throws Exception {
    List<String> checks = PipelineExports.lines(sql.resolve("checks.txt"));
    assertThat(checks.size(), is(4));
    for (String check : checks) {
      String[] parts = check.split("\t");
      String stored = properties(parts[0]).get("delta.constraints." + parts[1]);
      assertThat(check, stored, notNullValue());
      assertThat(check, squeeze(stored), is(squeeze(parts[2])));
    }
    String venues = name("silver.venues");
    String columns =
        " (venue_id, latitude, longitude, _source_file, _record_index, _origin, _run_id,"
            + " _ingestion_timestamp) VALUES ";
    spark.sql(
        "INSERT INTO "
            + venues
            + columns
            + "('ok', 45.5, -122.6, 'f.json', 0, 'standalone', 'r', current_timestamp())");
    Exception refused =
        assertThrows(
            Exception.class,
            () ->
                spark.sql(
                    "INSERT INTO "
                        + venues
                        + columns
                        + "('bad', 91, 0, 'f.json', 1, 'standalone', 'r', current_timestamp())"));
    assertThat(refused.getMessage(), containsString("ck_silver_venues"));
    Exception prices =
        assertThrows(
            Exception.class,
            () ->
                spark.sql(
                    "INSERT INTO "
                        + name("silver.event_price_ranges")
                        + " VALUES ('e', 'standard', 'USD', 20.0, 10.0, 'f.json', 0, 'standalone',"
                        + " 'r', current_timestamp())"));
    assertThat(prices.getMessage(), containsString("ck_silver_event_price_ranges"));
    assertThat(spark.table(venues).count(), is(1L));
    spark.sql("DELETE FROM " + venues);
  }

  /** Spark stores a CHECK's text as written; compare it without case and spacing. */
  private static String squeeze(String expression) {
    return expression.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  @Test
  public void everyTableAndColumnHasItsComment() throws Exception {
    Path comments = sql.resolve("ddl/comments.sql");
    Map<String, String> expected = expectedComments(Files.readString(comments));
    assertThat(expected.size(), greaterThan(280));
    assertThat(actualComments(expected), is(expected));
    // comments.sql brings existing tables' comments up to date; each statement is a Delta commit,
    // so run one table's share of it here (an identity column's comment included)
    String dimVenue = "`gold`.`dim_venue`";
    List<String> statements =
        SqlScripts.statements(Files.readString(comments)).stream()
            .filter(statement -> statement.contains(dimVenue))
            .toList();
    assertThat(statements.size(), greaterThan(10));
    statements.forEach(spark::sql);
    assertThat(actualComments(expected), is(expected));
  }

  private static final Pattern TABLE_COMMENT =
      Pattern.compile("^COMMENT ON TABLE (\\S+) IS '((?:[^'\\\\]|\\\\.)*)';$", Pattern.MULTILINE);
  private static final Pattern COLUMN_COMMENT =
      Pattern.compile(
          "^ALTER TABLE (\\S+) ALTER COLUMN `([^`]+)` COMMENT '((?:[^'\\\\]|\\\\.)*)';$",
          Pattern.MULTILINE);

  /** "table" or "table.column" → comment, from comments.sql (generated with the DDL). */
  private static Map<String, String> expectedComments(String file) {
    Map<String, String> comments = new LinkedHashMap<>();
    Matcher t = TABLE_COMMENT.matcher(file);
    while (t.find()) {
      comments.put(t.group(1), unescape(t.group(2)));
    }
    Matcher c = COLUMN_COMMENT.matcher(file);
    while (c.find()) {
      comments.put(c.group(1) + "." + c.group(2), unescape(c.group(3)));
    }
    return comments;
  }

  /** The same keys as {@code expected}, with the comments Delta reports for them. */
  private static Map<String, String> actualComments(Map<String, String> expected) {
    Map<String, String> actual = new LinkedHashMap<>();
    for (String table : expected.keySet()) {
      if (!table.endsWith("`")) {
        continue; // a column, read with its table
      }
      // columns (name, type, comment) until a blank or "#" row, then the table's details
      boolean columns = true;
      for (Row r : spark.sql("DESCRIBE TABLE EXTENDED " + table).collectAsList()) {
        String name = r.getString(0);
        columns &= !name.isBlank() && !name.startsWith("#");
        if (columns && expected.containsKey(table + "." + name)) {
          actual.put(table + "." + name, r.getString(2));
        } else if (!columns && name.equals("Comment")) {
          actual.put(table, r.getString(1));
        }
      }
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    expected.keySet().forEach(key -> ordered.put(key, actual.get(key)));
    return ordered;
  }

  private static String unescape(String sqlString) {
    return sqlString.replaceAll("\\\\(.)", "$1");
  }

  @Test
  public void theAssistantsDocumentsKeepAChangeDataFeed() throws Exception {
    for (String table : PipelineExports.lines(sql.resolve("tables.txt"))) {
      assertThat(
          table,
          properties(table).get("delta.enableChangeDataFeed"),
          is(table.equals("gold.event_documents") ? "true" : null));
    }
    String docs = name("gold.event_documents");
    long version = spark.sql("DESCRIBE HISTORY " + docs).count();
    spark.sql(
        "INSERT INTO " + docs + " (event_id, event_text, _run_id) VALUES ('e1', 'An event.', 'r')");
    spark.sql("UPDATE " + docs + " SET event_text = 'The event.' WHERE event_id = 'e1'");
    List<String> changes = new ArrayList<>();
    for (Row r :
        spark
            .sql(
                "SELECT _change_type, event_text FROM table_changes('"
                    + docs
                    + "', "
                    + version
                    + ") ORDER BY _commit_version, _change_type")
            .collectAsList()) {
      changes.add(r.getString(0) + ":" + r.getString(1));
    }
    assertThat(
        changes,
        is(
            List.of(
                "insert:An event.", "update_postimage:The event.", "update_preimage:An event.")));
    assertThat(version, greaterThanOrEqualTo(1L));
    spark.sql("DELETE FROM " + docs);
  }
}
