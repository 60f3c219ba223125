package com.tixmaster.pipeline;

import com.tixmaster.pipeline.config.RunConfig;
import com.tixmaster.pipeline.lake.Lake;
import com.tixmaster.pipeline.spark.DeltaLake;
import com.tixmaster.pipeline.spark.SparkSessions;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.spark.sql.SparkSession;

/**
 * Connects a SparkRunner run: one SparkSession for Beam (as its provided context) and for Spark
 * SQL, and the Delta lake when {@code --tableFormat=delta}. A class of its own so that the
 * DirectRunner path never loads Spark.
 */
final class SparkWiring {
  private SparkWiring() {}

  /**
   * How Beam's SparkRunner caches a collection that several steps read (Beam's default is {@code
   * MEMORY_ONLY}: a partition that does not fit is not cached but recomputed by every reader; at 1M
   * events silver re-parsed its raw files six times and did not finish in 20 min). On a local
   * master the executor is the driver, whose heap is small (2 GB in the benchmark): {@code
   * MEMORY_AND_DISK} ran out of heap unrolling a 0.9 GB partition read back from disk, so {@code
   * DISK_ONLY} (1M events: 548 s in 2 GB; 100k: within noise of {@code MEMORY_ONLY}). On a cluster,
   * {@code MEMORY_AND_DISK}. An explicit {@code --storageLevel} wins.
   */
  static String storageLevelFor(String master) {
    return storageLevelFor(master, System.getenv("DATABRICKS_RUNTIME_VERSION") != null);
  }

  /** A Databricks single-node cluster reports a {@code local[*, 4]} master but has a big driver. */
  static String storageLevelFor(String master, boolean onDatabricks) {
    return master.startsWith("local") && !onDatabricks ? "DISK_ONLY" : "MEMORY_AND_DISK";
  }

  static Lake attach(RunConfig config, Lake parquet) {
    boolean delta = config.tableFormat().equals("delta");
    SparkSession spark = SparkSessions.getOrCreate(config.warehouse(), delta);
    PipelineOptions options = config.beamOptions();
    if (!config.storageLevelGiven()) {
      options
          .as(org.apache.beam.runners.spark.SparkPipelineOptions.class)
          .setStorageLevel(storageLevelFor(spark.sparkContext().master()));
    }
    registerHadoopFileSystem(options, config, spark.sparkContext().hadoopConfiguration());
    SparkSessions.provideTo(options, spark);
    return delta
        ? new DeltaLake(spark, config.catalog(), config.stagingDir(), config.leaseTtl())
        : parquet;
  }

  /**
   * Lets Beam read and write staging and landing where they are URIs of a Hadoop file system (a
   * Volume through {@code dbfs:}, {@code abfss:}, {@code s3a:}): Beam registers one Hadoop file
   * system, for the scheme of its configuration's default file system, with Spark's Hadoop
   * configuration (credentials, implementations). Local paths need nothing.
   */
  static void registerHadoopFileSystem(
      PipelineOptions options, RunConfig config, org.apache.hadoop.conf.Configuration hadoop) {
    for (String location : java.util.List.of(config.stagingDir(), config.landing())) {
      if (!RunConfig.isUri(location)) {
        continue;
      }
      java.net.URI uri = java.net.URI.create(location);
      if ("file".equalsIgnoreCase(uri.getScheme())) {
        continue;
      }
      org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration(hadoop);
      String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
      conf.set("fs.defaultFS", uri.getScheme() + "://" + authority + "/");
      options
          .as(org.apache.beam.sdk.io.hdfs.HadoopFileSystemOptions.class)
          .setHdfsConfiguration(java.util.List.of(conf));
      return; // RunConfig made sure that staging and landing share one file system
    }
  }
}
