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

  static Lake attach(PipelineOptions options, RunConfig config, Lake parquet) {
    boolean delta = config.tableFormat().equals("delta");
    SparkSession spark = SparkSessions.getOrCreate(config.warehouse(), delta);
    SparkSessions.provideTo(options, spark);
    return delta ? new DeltaLake(spark, config.catalog(), config.lakehouse(), config.stagingDir()) : parquet;
  }
}
