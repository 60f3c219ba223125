package com.tixmaster.pipeline.assistant;

import com.tixmaster.pipeline.TixMasterRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * The pipeline's own {@code gold.event_documents} over the bundled fixtures, for the assistant's
 * tests: {@link #lakehouse} runs {@code TixMaster
 * --stages=bronze,silver,gold,documents,quality,publish}.
 */
final class FixtureDocuments {
  static final Instant AS_OF = Instant.parse("2026-11-20T00:00:00Z");
  private static Path cached;
  private static String source;

  private FixtureDocuments() {}

  static Path projectDir() {
    return Path.of(System.getProperty("tix.project.dir", "..")).toAbsolutePath().normalize();
  }

  static Path landing() {
    return projectDir().resolve("scripts/fixtures/landing");
  }

  /** Where the documents came from, for the test output. */
  static synchronized String source() {
    return source;
  }

  /**
   * A lake holding the pipeline's own gold.event_documents for the bundled fixtures at {@link
   * #AS_OF}; built once per JVM. A pipeline run that fails fails the tests: the assistant is
   * evaluated on the real table, never on a stand-in.
   */
  static synchronized Path lakehouse() throws IOException {
    if (cached != null) {
      return cached;
    }
    Path dir = projectDir().resolve("pipeline/target/assistant-lakehouse");
    deleteTree(dir);
    Files.createDirectories(dir);
    TixMasterRun run =
        TixMasterRun.of(
            "--landing=" + landing(),
            "--lakehouse=" + dir,
            "--asOf=" + AS_OF,
            "--runId=assistant-eval",
            "--stages=bronze,silver,gold,documents,quality,publish");
    if (run.status != 0 || !EventDocuments.exists(dir)) {
      throw new IllegalStateException("the pipeline did not build gold.event_documents: " + run);
    }
    source = "pipeline";
    cached = dir;
    return dir;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
