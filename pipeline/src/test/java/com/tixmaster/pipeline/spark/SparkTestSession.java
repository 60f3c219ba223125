package com.tixmaster.pipeline.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * One SparkSession for every Spark test in the JVM (each new session costs tens of seconds), with
 * Delta Lake and a warehouse in a temporary folder.
 */
public final class SparkTestSession {
  private static Path warehouse;

  private SparkTestSession() {}

  public static synchronized Path warehouse() throws IOException {
    if (warehouse == null) {
      warehouse = Files.createTempDirectory("tix-spark-warehouse");
      SparkSessions.getOrCreate(warehouse.toString(), true);
    }
    return warehouse;
  }

  public static SparkSession session() throws IOException {
    warehouse();
    return SparkSessions.getOrCreate(warehouse.toString(), true);
  }

  /**
   * Drops the pipeline's schemas and deletes their folders, so a test starts from an empty catalog
   * and an empty warehouse. The folders matter: a table that {@code DeltaLake} registered over an
   * existing folder (one another process wrote) is external, so DROP leaves its files, and the next
   * run would register them again, with an earlier test's rows.
   */
  public static void dropLakeSchemas() throws IOException {
    for (String schema : new String[] {"bronze", "silver", "gold"}) {
      session().sql("DROP SCHEMA IF EXISTS spark_catalog." + schema + " CASCADE");
      Path folder = warehouse().resolve(schema + ".db");
      if (Files.exists(folder)) {
        try (var tree = Files.walk(folder)) {
          for (Path p : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
    }
  }
}
