package com.tixmaster.transforms.io;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.runners.TransformHierarchy;

/** The full names of a pipeline's primitive steps, for tests that check which graph was built. */
public final class GraphSteps {
  private GraphSteps() {}

  public static List<String> of(Pipeline pipeline) {
    List<String> names = new ArrayList<>();
    pipeline.traverseTopologically(
        new Pipeline.PipelineVisitor.Defaults() {
          @Override
          public void visitPrimitiveTransform(TransformHierarchy.Node node) {
            names.add(node.getFullName());
          }
        });
    return names;
  }

  /** Whether some step's full name contains {@code part}. */
  public static boolean has(Pipeline pipeline, String part) {
    return of(pipeline).stream().anyMatch(name -> name.contains(part));
  }
}
