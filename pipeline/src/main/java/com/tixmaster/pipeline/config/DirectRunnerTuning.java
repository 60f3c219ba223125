package com.tixmaster.pipeline.config;

import com.tixmaster.transforms.io.InMemoryGroupingOptions;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * The DirectRunner-only speed choices, made here and nowhere else ({@code --localFastPath}, default
 * on). On the DirectRunner a run:
 *
 * <ul>
 *   <li>groups keys in memory, in one bucket per worker thread, and passes each bundle's chunk of a
 *       bucket by reference instead of encoding every grouped row ({@code Buckets}, {@code
 *       LocalChunk}: a quarter of a run's CPU before);
 *   <li>turns off the runner's immutability and encodability checks, which re-encode and
 *       fingerprint every element to catch transforms that mutate their input (about half a run's
 *       time). The transforms' unit tests keep them on, and an explicit {@code
 *       --enforceImmutability}/{@code --enforceEncodability} wins.
 * </ul>
 *
 * {@code --localFastPath=false} gets plain Beam; every other runner gets {@link
 * DistributedRunnerTuning}'s choices.
 */
final class DirectRunnerTuning {
  private DirectRunnerTuning() {}

  static void apply(PipelineOptions options, boolean fastPath, ArgList args) {
    if (!fastPath || !DirectRunner.class.equals(options.getRunner())) {
      return;
    }
    DirectOptions direct = options.as(DirectOptions.class);
    if (!args.has("enforceImmutability")) {
      direct.setEnforceImmutability(false);
    }
    if (!args.has("enforceEncodability")) {
      direct.setEnforceEncodability(false);
    }
    options
        .as(InMemoryGroupingOptions.class)
        .setInMemoryGroupingBuckets(Math.max(1, direct.getTargetParallelism()));
  }
}
