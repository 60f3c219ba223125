package com.tixmaster.pipeline.stages;

import com.tixmaster.pipeline.run.RunContext;
import com.tixmaster.pipeline.run.StageOutcome;

/** Runs one stage of a run: builds and runs its Beam graph, then commits what it staged. */
public interface StageRunner {
  StageOutcome run(RunContext context) throws Exception;
}
