package com.tixmaster.pipeline.spark;

import org.apache.beam.runners.spark.SparkContextOptions;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * One SparkSession per JVM, shared by Beam's SparkRunner and by Spark SQL (the Delta commits).
 *
 * <p>On Databricks the cluster's session exists and is taken as it is; Databricks only allows the
 * provided context. Elsewhere (spark-submit, tests) a session is created with settings that suit a
 * small machine, and with Delta Lake's catalog when Delta tables are asked for. Only loaded when
 * the SparkRunner runs, so the DirectRunner path needs no Spark classes.
 */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * The active session, or a new one.
   *
   * @param warehouse Spark's warehouse folder for managed tables; empty to keep Spark's default
   * @param delta whether Delta Lake's SQL extension and catalog are needed
   */
  public static synchronized SparkSession getOrCreate(String warehouse, boolean delta) {
    SparkSession active = SparkSession.getActiveSession().getOrElse(() -> null);
    if (active == null) {
      active = SparkSession.getDefaultSession().getOrElse(() -> null);
    }
    if (active != null) {
      return active;
    }
    SparkConf conf = new SparkConf();
    SparkSession.Builder builder = SparkSession.builder().appName("tix-master");
    if (!conf.contains("spark.master")) {
      builder
          .master("local[2]")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1");
    }
    localDefaults(conf).forEach(builder::config);
    if ((delta || deltaOnClasspath()) && !conf.contains("spark.sql.extensions")) {
      builder
          .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
          .config(
              "spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
    }
    if (warehouse != null && !warehouse.isBlank()) {
      builder.config("spark.sql.warehouse.dir", warehouse);
    }
    return builder.getOrCreate();
  }

  /**
   * What a local master (tests, spark-submit without a cluster; spark-submit always sets {@code
   * spark.master}) gets that the configuration does not already say: Spark's and Delta's defaults
   * are sized for clusters, and Delta's 50 snapshot partitions in particular make every snapshot of
   * every table a 50-task job. Nothing for a cluster master.
   */
  static java.util.Map<String, String> localDefaults(SparkConf conf) {
    java.util.Map<String, String> settings = new java.util.TreeMap<>();
    String master = conf.get("spark.master", "local[2]");
    if (!master.startsWith("local")) {
      return settings;
    }
    String threads = String.valueOf(localThreads(master));
    settings.put("spark.sql.shuffle.partitions", threads);
    settings.put("spark.default.parallelism", threads);
    settings.put("spark.databricks.delta.snapshotPartitions", threads);
    settings.put("spark.ui.enabled", "false");
    settings.keySet().removeIf(conf::contains);
    return settings;
  }

  /**
   * The worker threads of a local master: {@code local} 1, {@code local[N]} N, {@code local[*]} the
   * cores.
   */
  static int localThreads(String master) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("local\\[(\\d+|\\*)").matcher(master);
    if (!m.lookingAt()) {
      return 1;
    }
    return m.group(1).equals("*")
        ? Runtime.getRuntime().availableProcessors()
        : Math.max(1, Integer.parseInt(m.group(1)));
  }

  /** A session is created once per JVM, so Delta is enabled whenever it could be needed. */
  private static boolean deltaOnClasspath() {
    try {
      Class.forName("io.delta.sql.DeltaSparkSessionExtension");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** Hands the session's context to Beam, which then leaves it running. */
  public static void provideTo(PipelineOptions options, SparkSession session) {
    SparkContextOptions spark = options.as(SparkContextOptions.class);
    spark.setUsesProvidedSparkContext(true);
    spark.setProvidedSparkContext(JavaSparkContext.fromSparkContext(session.sparkContext()));
  }
}
