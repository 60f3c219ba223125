package com.tixmaster.transforms.io;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * The distributed runners' graph choices: whether {@link Buckets} groups through encoded chunks
 * ({@link EncodedChunks}), and whether steps with many outputs emit {@link TaggedOutputs}. The
 * driver sets both for runners other than the DirectRunner, the buckets from {@code
 * --groupingBuckets} (the pipeline's {@code DistributedRunnerTuning}); they are not command-line
 * options themselves. At their defaults every grouping is Beam's own primitive and every
 * multi-output step a plain multi-output ParDo.
 */
public interface DistributedGraphOptions extends PipelineOptions {
  @Description(
      "Set by the driver: group keys through this many hash buckets of encoded chunks; 0 ="
          + " Beam's own per-key groupings.")
  @Default.Integer(0)
  int getEncodedGroupingBuckets();

  void setEncodedGroupingBuckets(int value);

  @Description(
      "Set by the driver: steps with many outputs emit them as one tagged collection of encoded"
          + " values ({@code TaggedOutputs}); false = Beam's multi-output ParDo.")
  @Default.Boolean(false)
  boolean getTaggedOutputs();

  void setTaggedOutputs(boolean value);
}
