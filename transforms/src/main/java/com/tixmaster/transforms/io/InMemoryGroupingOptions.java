package com.tixmaster.transforms.io;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * The graph's one runner-specific switch: whether {@link Buckets} groups in memory, passing chunks
 * by reference ({@link LocalChunk}). Only the driver sets it, and only for the DirectRunner (see
 * the pipeline's {@code DirectRunnerTuning}); it is not a command-line option. At its default, 0,
 * every grouping is Beam's own primitive, or, on other runners, what {@link
 * DistributedGraphOptions} chose.
 */
public interface InMemoryGroupingOptions extends PipelineOptions {
  @Description(
      "DirectRunner only, set by the driver: group keys in this many in-memory buckets whose"
          + " chunks pass by reference; 0 = not in memory (every other runner).")
  @Default.Integer(0)
  int getInMemoryGroupingBuckets();

  void setInMemoryGroupingBuckets(int value);
}
