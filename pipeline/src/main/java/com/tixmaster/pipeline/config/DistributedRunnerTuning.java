package com.tixmaster.pipeline.config;

import com.tixmaster.transforms.io.DistributedGraphOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * The choice made for every runner but the DirectRunner ({@code --groupingBuckets}, default 512):
 * the graph's key groupings go through that many hash buckets of encoded chunks, so that a shuffle
 * carries a few large records per bucket and partition instead of one per element (see {@code
 * Buckets} and {@code EncodedChunks}: at 100k events on Spark {@code local[2]}, a third of the CPU
 * was Spark's map-side combine of Beam's per-element records). {@code --groupingBuckets=0} gets
 * Beam's own groupings. Silver's parse, with eleven outputs, emits them as one tagged collection
 * ({@code TaggedOutputs}: Beam's SparkRunner decodes a multi-output step's whole persisted result
 * once per output). The DirectRunner has its own in-memory buckets ({@link DirectRunnerTuning}).
 */
final class DistributedRunnerTuning {
  /** More buckets than this would only make chunks tiny again. */
  static final int MAX_BUCKETS = 1 << 16;

  private DistributedRunnerTuning() {}

  static void apply(PipelineOptions options, int buckets) {
    if (DirectRunner.class.equals(options.getRunner())) {
      return;
    }
    DistributedGraphOptions encoded = options.as(DistributedGraphOptions.class);
    encoded.setEncodedGroupingBuckets(buckets);
    encoded.setTaggedOutputs(true);
  }
}
