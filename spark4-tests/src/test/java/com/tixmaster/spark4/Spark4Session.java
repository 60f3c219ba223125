package com.tixmaster.spark4;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * One Spark 4 session with Delta 4 for every test in the JVM (each new session costs tens of
 * seconds), sized for this machine's two cores, with its warehouse under {@code target/}.
 */
public final class Spark4Session {
  private static SparkSession spark;

  private Spark4Session() {}

  /** Where the module's tests keep their files: {@code target/spark4-work}, set by surefire. */
  public static Path workDir() {
    Path dir = Path.of(System.getProperty("tix.spark4.work", "target/spark4-work"));
    try {
      return Files.createDirectories(dir).toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static synchronized SparkSession get() {
    if (spark == null) {
      spark =
          SparkSession.builder()
              .master("local[2]")
              .appName("tix-master-spark4-tests")
              .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
              .config(
                  "spark.sql.catalog.spark_catalog",
                  "org.apache.spark.sql.delta.catalog.DeltaCatalog")
              .config("spark.sql.warehouse.dir", workDir().resolve("warehouse").toString())
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.default.parallelism", "2")
              .config("spark.databricks.delta.snapshotPartitions", "2")
              .config("spark.ui.enabled", "false")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .getOrCreate();
    }
    return spark;
  }

  /** Drops the pipeline's schemas (and their tables) so a test starts from an empty catalog. */
  public static void dropLakeSchemas() {
    for (String schema : new String[] {"bronze", "silver", "gold"}) {
      get().sql("DROP SCHEMA IF EXISTS spark_catalog." + schema + " CASCADE");
    }
  }
}
