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
   * Beam's SparkRunner caches every collection that more than one step reads, by default
   * {@code MEMORY_ONLY}: a partition that does not fit is not cached but recomputed by every
   * reader. At 1M events silver's parse output (~0.9 GB a partition) was re-parsed from the raw
   * files six times in a 2 GB heap. {@code MEMORY_AND_DISK} spills it instead; an explicit
   * {@code --storageLevel} wins.
   */
  static final String STORAGE_LEVEL = "MEMORY_AND_DISK";

  static Lake attach(
      PipelineOptions options, RunConfig config, Lake parquet, boolean storageLevelGiven) {
    if (!storageLevelGiven) {
      options.as(org.apache.beam.runners.spark.SparkPipelineOptions.class).setStorageLevel(STORAGE_LEVEL);
    }
    boolean delta = config.tableFormat().equals("delta");
    SparkSession spark = SparkSessions.getOrCreate(config.warehouse(), delta);
    SparkSessions.provideTo(options, spark);
    return delta ? new DeltaLake(spark, config.catalog(), config.lakehouse(), config.stagingDir()) : parquet;
  }
}
