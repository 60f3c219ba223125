package com.tixmaster.pipeline.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The benchmark's yardstick of plain Spark SQL: the core of the medallion run written as one
 * ordinary Spark SQL job over the same landing files, without Beam, audits, SCD2 or lineage.
 *
 * <p>{@code SparkSqlBaseline --landing=DIR --out=DIR} (under spark-submit, or with a local master
 * of its own) reads every landing file once, takes the records out of the three layouts bronze
 * accepts (API pages, JSON arrays, NDJSON), keeps the newest observation of each event, venue and
 * attraction (venues and attractions also from the copies embedded in events) by the pipeline's
 * order (greatest source file, then greatest record index, a standalone record before an embedded
 * copy), joins one fact table of events with their headliner and primary venue, and writes it, the
 * venues and the attractions as Parquet under {@code out}. It prints one line: {@code events=E
 * venues=V attractions=A fact_rows=F spark_sql_s=S}, S the job's time in its JVM (session start
 * left out).
 *
 * <p>The leaf fields are read as strings and cast, as the API sends numbers as strings at times,
 * and a malformed field nulls that field only ({@code spark.sql.json.enablePartialResults}).
 */
public final class SparkSqlBaseline {
  private static final String VENUE =
      "STRUCT<id: STRING, name: STRING, type: STRING, url: STRING, locale: STRING,"
          + " postalCode: STRING, timezone: STRING, city: STRUCT<name: STRING>,"
          + " state: STRUCT<name: STRING, stateCode: STRING>,"
          + " country: STRUCT<name: STRING, countryCode: STRING>,"
          + " address: STRUCT<line1: STRING, line2: STRING>,"
          + " location: STRUCT<longitude: STRING, latitude: STRING>>";
  private static final String ATTRACTION =
      "STRUCT<id: STRING, name: STRING, type: STRING, url: STRING, locale: STRING, test: STRING,"
          + " classifications: ARRAY<STRUCT<primary: STRING, segment: STRUCT<name: STRING>,"
          + " genre: STRUCT<name: STRING>>>>";
  private static final String EVENT =
      "STRUCT<id: STRING, name: STRING, type: STRING, url: STRING, locale: STRING, test: STRING,"
          + " dates: STRUCT<start: STRUCT<localDate: STRING, localTime: STRING, dateTime: STRING>,"
          + " timezone: STRING, status: STRUCT<code: STRING>>,"
          + " classifications: ARRAY<STRUCT<primary: STRING, segment: STRUCT<name: STRING>,"
          + " genre: STRUCT<name: STRING>>>,"
          + " priceRanges: ARRAY<STRUCT<type: STRING, currency: STRING, min: STRING, max: STRING>>,"
          + " _embedded: STRUCT<venues: ARRAY<"
          + VENUE
          + ">, attractions: ARRAY<"
          + ATTRACTION
          + ">>>";

  /** What the job found: distinct events, venues and attractions, and the fact table's rows. */
  public record Counts(long events, long venues, long attractions, long factRows) {}

  private SparkSqlBaseline() {}

  public static void main(String[] args) throws Exception {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
    Path landing = null;
    Path output = null;
    for (String arg : args) {
      if (arg.startsWith("--landing=")) {
        landing = Path.of(arg.substring("--landing=".length())).toAbsolutePath();
      } else if (arg.startsWith("--out=")) {
        output = Path.of(arg.substring("--out=".length())).toAbsolutePath();
      } else {
        err.println("usage: SparkSqlBaseline --landing=DIR --out=DIR");
        return 2;
      }
    }
    if (landing == null || output == null || !Files.isDirectory(landing)) {
      err.println("usage: SparkSqlBaseline --landing=DIR --out=DIR (DIR must exist)");
      return 2;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("tix-master-spark-sql-baseline");
    if (!new org.apache.spark.SparkConf().contains("spark.master")) {
      builder
          .master("local[" + Runtime.getRuntime().availableProcessors() + "]")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", "false");
    }
    SparkSession spark = builder.getOrCreate();
    long start = System.nanoTime();
    Counts counts = run(spark, landing, output);
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(
        "events=%d venues=%d attractions=%d fact_rows=%d spark_sql_s=%.3f%n",
        counts.events(), counts.venues(), counts.attractions(), counts.factRows(), seconds);
    return 0;
  }

  /** Runs the job in {@code spark}: reads {@code landing}, writes the tables under {@code out}. */
  public static Counts run(SparkSession spark, Path landing, Path out) {
    String partial = "spark.sql.json.enablePartialResults";
    scala.Option<String> before = spark.conf().getOption(partial);
    spark.conf().set(partial, "true");
    try {
      return job(spark, landing, out);
    } finally {
      if (before.isDefined()) {
        spark.conf().set(partial, before.get());
      } else {
        spark.conf().unset(partial);
      }
    }
  }

  private static Counts job(SparkSession spark, Path landing, Path out) {
    // The event records feed the events and the embedded venues and attractions: parsed once.
    Dataset<Row> eventRecords = records(spark, landing, "events", EVENT).persist();
    eventRecords.createOrReplaceTempView("event_records");
    records(spark, landing, "venues", VENUE).createOrReplaceTempView("venue_records");
    records(spark, landing, "attractions", ATTRACTION)
        .createOrReplaceTempView("attraction_records");

    // Newest observation per key: greatest file, then greatest record index, standalone first.
    spark
        .sql(
            "SELECT r.* FROM (SELECT trim(rec.id) AS event_id, rec, source_file, record_index,"
                + " row_number() OVER (PARTITION BY trim(rec.id)"
                + " ORDER BY source_file DESC, record_index DESC) AS n"
                + " FROM event_records WHERE nullif(trim(rec.id), '') IS NOT NULL) r WHERE n = 1")
        .createOrReplaceTempView("events");
    spark
        .sql(
            "SELECT trim(rec.id) AS id, rec, source_file, record_index, 0 AS origin"
                + " FROM venue_records"
                + " UNION ALL SELECT trim(v.id), v, source_file, record_index, 1"
                + " FROM event_records LATERAL VIEW explode(rec._embedded.venues) e AS v")
        .createOrReplaceTempView("venue_observations");
    spark
        .sql(
            "SELECT trim(rec.id) AS id, rec, source_file, record_index, 0 AS origin"
                + " FROM attraction_records"
                + " UNION ALL SELECT trim(a.id), a, source_file, record_index, 1"
                + " FROM event_records LATERAL VIEW explode(rec._embedded.attractions) e AS a")
        .createOrReplaceTempView("attraction_observations");
    newest(spark, "venue_observations").createOrReplaceTempView("venue_winners");
    newest(spark, "attraction_observations").createOrReplaceTempView("attraction_winners");

    Dataset<Row> venues =
        spark.sql(
            "SELECT id AS venue_id, nullif(trim(rec.name), '') AS venue_name,"
                + " rec.type AS venue_type, nullif(trim(rec.postalCode), '') AS postal_code,"
                + " rec.timezone, nullif(trim(rec.city.name), '') AS city,"
                + " rec.state.name AS state, rec.state.stateCode AS state_code,"
                + " rec.country.name AS country, rec.country.countryCode AS country_code,"
                + " nullif(trim(rec.address.line1), '') AS address_line1,"
                + " nullif(trim(rec.address.line2), '') AS address_line2,"
                + " CAST(rec.location.latitude AS DOUBLE) AS latitude,"
                + " CAST(rec.location.longitude AS DOUBLE) AS longitude,"
                + " rec.url AS venue_url FROM venue_winners");
    Dataset<Row> attractions =
        spark.sql(
            "SELECT id AS attraction_id, nullif(trim(rec.name), '') AS attraction_name,"
                + " rec.type AS attraction_type, rec.url AS attraction_url,"
                + " lower(rec.test) = 'true' AS is_test,"
                + " rec.classifications[0].segment.name AS segment_name,"
                + " rec.classifications[0].genre.name AS genre_name FROM attraction_winners");
    venues.write().mode("overwrite").parquet(out.resolve("venues").toString());
    attractions.write().mode("overwrite").parquet(out.resolve("attractions").toString());
    spark.read().parquet(out.resolve("venues").toString()).createOrReplaceTempView("venues");
    spark
        .read()
        .parquet(out.resolve("attractions").toString())
        .createOrReplaceTempView("attractions");

    Dataset<Row> facts =
        spark.sql(
            "SELECT e.event_id, nullif(trim(e.rec.name), '') AS event_name,"
                + " CAST(e.rec.dates.start.localDate AS DATE) AS event_date,"
                + " e.rec.dates.start.localTime AS event_local_time,"
                + " CAST(e.rec.dates.start.dateTime AS TIMESTAMP) AS event_datetime_utc,"
                + " CASE lower(e.rec.dates.status.code) WHEN 'canceled' THEN 'cancelled'"
                + " ELSE lower(e.rec.dates.status.code) END AS status_code,"
                + " lower(e.rec.test) = 'true' AS is_test,"
                + " aggregate(e.rec.priceRanges, CAST(NULL AS DOUBLE),"
                + " (m, p) -> least(coalesce(m, CAST(p.min AS DOUBLE)), CAST(p.min AS DOUBLE)))"
                + " AS price_min,"
                + " aggregate(e.rec.priceRanges, CAST(NULL AS DOUBLE),"
                + " (m, p) -> greatest(coalesce(m, CAST(p.max AS DOUBLE)), CAST(p.max AS DOUBLE)))"
                + " AS price_max,"
                + " e.rec.priceRanges[0].currency AS price_currency,"
                + " c.segment.name AS segment_name, c.genre.name AS genre_name,"
                + " v.venue_id, v.venue_name, v.city, v.country_code,"
                + " a.attraction_id, a.attraction_name,"
                + " size(coalesce(e.rec._embedded.venues, array())) AS venue_count,"
                + " size(coalesce(e.rec._embedded.attractions, array())) AS attraction_count"
                + " FROM (SELECT *, coalesce(filter(rec.classifications,"
                + " c -> lower(c.primary) = 'true')[0], rec.classifications[0]) AS c FROM events) e"
                + " LEFT JOIN venues v ON v.venue_id = trim(e.rec._embedded.venues[0].id)"
                + " LEFT JOIN attractions a"
                + " ON a.attraction_id = trim(e.rec._embedded.attractions[0].id)");
    facts.write().mode("overwrite").parquet(out.resolve("fact_events").toString());

    eventRecords.unpersist();
    Dataset<Row> written = spark.read().parquet(out.resolve("fact_events").toString());
    return new Counts(
        written.select("event_id").distinct().count(),
        spark.table("venues").count(),
        spark.table("attractions").count(),
        written.count());
  }

  /**
   * The records of one entity's landing files as {@code (source_file, record_index, rec)}, {@code
   * rec} parsed with {@code schema}. Each file is read whole and its records parsed once: a file
   * that starts with {@code [} is an array of records; one with a top-level {@code page} (or an
   * {@code _embedded.<entity>} array) is an API page; any other is NDJSON, a record a line. Records
   * that are not JSON objects come out null and are left out.
   */
  private static Dataset<Row> records(
      SparkSession spark, Path landing, String entity, String schema) {
    Path dir = landing.resolve(entity);
    if (!Files.isDirectory(dir)) {
      return spark.sql(
          "SELECT CAST(NULL AS STRING) AS source_file, 0 AS record_index,"
              + " from_json(CAST(NULL AS STRING), '"
              + schema
              + "') AS rec WHERE false");
    }
    spark
        .read()
        .option("wholetext", "true")
        .text(dir.resolve("*/*/*/" + entity + "_*.json").toString())
        .selectExpr("input_file_name() AS source_file", "value")
        .createOrReplaceTempView(entity + "_files");
    return spark.sql(
        "SELECT source_file, record_index, rec FROM (SELECT source_file, CASE"
            + " WHEN ltrim(value) LIKE '[%' THEN from_json(value, 'ARRAY<"
            + schema
            + ">')"
            + " WHEN get_json_object(value, '$.page') IS NOT NULL"
            + " OR get_json_object(value, '$._embedded."
            + entity
            + "') IS NOT NULL"
            + " THEN from_json(value, 'STRUCT<_embedded: STRUCT<"
            + entity
            + ": ARRAY<"
            + schema
            + ">>>')._embedded."
            + entity
            + " ELSE transform(split(value, '\\n'),"
            + " line -> CASE WHEN trim(line) = '' THEN NULL ELSE from_json(line, '"
            + schema
            + "') END)"
            + " END AS recs FROM "
            + entity
            + "_files) LATERAL VIEW posexplode(recs) r AS record_index, rec WHERE rec IS NOT NULL");
  }

  private static Dataset<Row> newest(SparkSession spark, String observations) {
    return spark.sql(
        "SELECT id, rec FROM (SELECT id, rec, row_number() OVER (PARTITION BY id"
            + " ORDER BY source_file DESC, record_index DESC, origin) AS n FROM "
            + observations
            + " WHERE nullif(id, '') IS NOT NULL) WHERE n = 1");
  }
}
