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

  /** Drops the pipeline's schemas so a test starts from an empty catalog. */
  public static void dropLakeSchemas() throws IOException {
    for (String schema : new String[] {"bronze", "silver", "gold"}) {
      session().sql("DROP SCHEMA IF EXISTS spark_catalog." + schema + " CASCADE");
    }
  }
}
