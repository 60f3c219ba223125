package com.tixmaster.spark4;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Two publishes of the pipeline's own tables through its own SQL on Spark 4 with Delta 4, the
 * second with an SCD2 change: the tables created by the Unity Catalog DDL (less its key
 * constraints), the first publish INSERTed into them, the second MERGEd, as a {@code DeltaLake}
 * commit does. The staged rows are the Parquet tables of two DirectRunner runs over the bundled
 * fixtures; the statements are {@code MergeSql}'s. No MERGE may update an identity column (Delta
 * refuses) and no surrogate key may change.
 */
public class TwoPublishesTest {
  /** The venue the fixture generator renames on the second day (as Scd2AcrossRunsTest). */
  private static final String RENAMED_VENUE = "KovZ917AZ1Z1";

  private static List<Path> publishes;
  private static SparkSession spark;

  @BeforeClass
  public static void createTables() throws Exception {
    publishes = PipelineExports.publishes();
    spark = Spark4Session.get();
    Spark4Session.dropLakeSchemas();
    for (String layer : PipelineExports.LAYERS) {
      SqlScripts.run(spark, publishes.get(0).resolve("ddl").resolve(layer + ".sql"), Map.of());
    }
  }

  @AfterClass
  public static void dropTables() {
    Spark4Session.dropLakeSchemas();
  }

  /**
   * Applies one exported commit: each table's staged rows through its view, with the INSERT of a
   * table the commit created or the MERGE into an existing one; then every table equals what was
   * staged.
   */
  private static void publish(Path export, boolean created) throws Exception {
    publish(export, created, PipelineExports.lines(export.resolve("commit/tables.txt")));
  }

  private static void publish(Path export, boolean created, List<String> tables) throws Exception {
    Path commit = export.resolve("commit");
    for (String table : tables) {
      Path dir = commit.resolve(table);
      SqlScripts.run(spark, dir.resolve("source.sql"), Map.of());
      SqlScripts.run(spark, dir.resolve(created ? "insert.sql" : "merge.sql"), Map.of());
    }
    for (String table : tables) {
      Path dir = commit.resolve(table);
      SqlScripts.run(spark, dir.resolve("source.sql"), Map.of());
      String view = view(dir);
      String target = "spark_catalog." + table;
      String cols =
          List.of(spark.table(target).columns()).stream()
              .map(c -> "`" + c + "`")
              .collect(Collectors.joining(", "));
      long missing =
          spark
              .sql(
                  "SELECT "
                      + cols
                      + " FROM "
                      + view
                      + " EXCEPT ALL SELECT "
                      + cols
                      + " FROM "
                      + target)
              .count();
      long extra =
          spark
              .sql(
                  "SELECT "
                      + cols
                      + " FROM "
                      + target
                      + " EXCEPT ALL SELECT "
                      + cols
                      + " FROM "
                      + view)
              .count();
      // a table holding a full state equals it; an append-only one holds it among earlier rows
      boolean fullState =
          Files.readString(dir.resolve("merge.sql")).contains("WHEN NOT MATCHED BY SOURCE");
      assertThat(table + ": staged rows missing", missing, is(0L));
      if (fullState) {
        assertThat(table + ": rows beyond the staged state", extra, is(0L));
      }
    }
  }

  /** The temporary view a table's source.sql creates. */
  private static String view(Path dir) throws Exception {
    String source = Files.readString(dir.resolve("source.sql"));
    return source.split("\\s+")[5];
  }

  /** Surrogate key → natural key of every identity table, e.g. venue_sk → venue_id. */
  private static Map<String, Map<Long, String>> keys(List<String> identityColumns) {
    Map<String, Map<Long, String>> keys = new TreeMap<>();
    for (String column : identityColumns) {
      int dot = column.lastIndexOf('.');
      String table = column.substring(0, dot);
      String sk = column.substring(dot + 1);
      String id = sk.replaceAll("_sk$", "_id");
      Map<Long, String> byKey = new TreeMap<>();
      for (Row r :
          spark.sql("SELECT " + sk + ", " + id + " FROM spark_catalog." + table).collectAsList()) {
        byKey.put(r.getLong(0), r.getString(1));
      }
      keys.put(column, byKey);
    }
    return keys;
  }

  private static List<Row> versionsOfTheRenamedVenue() {
    return spark
        .sql(
            "SELECT venue_sk, venue_name, is_current FROM spark_catalog.gold.dim_venue WHERE"
                + " venue_id = '"
                + RENAMED_VENUE
                + "' ORDER BY venue_sk")
        .collectAsList();
  }

  @Test
  public void theSecondPublishVersionsAVenueAndKeepsEverySurrogateKey() throws Exception {
    List<String> identity = PipelineExports.lines(publishes.get(0).resolve("identity.txt"));
    assertThat(identity.size(), is(5));

    // every silver and gold table of a run, gold._rejected included
    assertThat(PipelineExports.lines(publishes.get(0).resolve("commit/tables.txt")).size(), is(24));
    publish(publishes.get(0), true);
    Map<String, Map<Long, String>> first = keys(identity);
    List<Row> before = versionsOfTheRenamedVenue();
    assertThat(before.size(), is(1));
    long firstKey = before.get(0).getLong(0);
    long documents = spark.table("spark_catalog.gold.event_documents").count();
    assertThat(
        "the change data feed saw the first publish's documents",
        spark
            .sql(
                "SELECT * FROM table_changes('spark_catalog.gold.event_documents', 1) WHERE"
                    + " _change_type = 'insert'")
            .count(),
        is(documents));

    publish(publishes.get(1), false);
    Map<String, Map<Long, String>> second = keys(identity);
    for (String column : identity) {
      assertThat(column + " has rows", first.get(column).isEmpty(), is(false));
      for (Map.Entry<Long, String> key : first.get(column).entrySet()) {
        assertThat(
            column + " " + key.getKey() + " still names " + key.getValue(),
            second.get(column).get(key.getKey()),
            is(key.getValue()));
      }
      assertThat(
          column + " gained keys",
          second.get(column).size(),
          greaterThanOrEqualTo(first.get(column).size()));
    }
    List<Row> after = versionsOfTheRenamedVenue();
    assertThat("renamed: two versions", after.size(), is(2));
    assertThat("the first version keeps its key", after.get(0).getLong(0), is(firstKey));
    assertThat("and is closed by the MERGE's update", after.get(0).getBoolean(2), is(false));
    assertThat(after.get(1).getString(1), is("The Keystone Theater"));
    assertThat(after.get(1).getBoolean(2), is(true));
    Row merge = spark.sql("DESCRIBE HISTORY spark_catalog.gold.dim_venue LIMIT 1").first();
    assertThat(merge.getAs("operation"), is("MERGE"));
    Map<String, String> metrics = merge.getJavaMap(merge.fieldIndex("operationMetrics"));
    assertThat(Long.parseLong(metrics.get("numTargetRowsUpdated")), greaterThanOrEqualTo(1L));
    assertThat(Long.parseLong(metrics.get("numTargetRowsInserted")), greaterThanOrEqualTo(1L));
    for (String column : identity) {
      int dot = column.lastIndexOf('.');
      assertThat(
          column + " is still an identity column",
          DeltaLogs.schema(spark, "spark_catalog." + column.substring(0, dot))
              .apply(column.substring(dot + 1))
              .metadata()
              .contains("delta.identity.allowExplicitInsert"),
          is(true));
    }

    // recover() re-applies a commit a crash interrupted: the MERGEs change nothing the second time
    publish(
        publishes.get(1),
        false,
        identity.stream().map(c -> c.substring(0, c.lastIndexOf('.'))).distinct().toList());
    assertThat(keys(identity), is(second));
    Row again = spark.sql("DESCRIBE HISTORY spark_catalog.gold.dim_venue LIMIT 1").first();
    Map<String, String> unchanged = again.getJavaMap(again.fieldIndex("operationMetrics"));
    for (String metric :
        List.of("numTargetRowsUpdated", "numTargetRowsInserted", "numTargetRowsDeleted")) {
      assertThat(metric + " of the re-applied MERGE", unchanged.get(metric), is("0"));
    }
  }
}
