package com.tixmaster.pipeline.reliability;

import static org.junit.Assert.assertEquals;

import com.tixmaster.pipeline.TixMasterRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The clean runs every reliability test compares against, made once per test JVM: a first run over
 * {@link Landings#DAY_1}, and then an incremental run that adds {@link Landings#DAY_2}.
 */
final class Reference {
  private static Reference instance;

  /** Scratch space shared by the reliability tests; deleted when the JVM exits. */
  final Path root;

  /** Landing folders: day 1 alone, days 1 and 2. */
  final Path landing1;

  final Path landing12;

  /** The lake after the clean first run (never modified: tests copy it). */
  final Path lake1;

  /** The lake after the clean first and second runs. */
  final Path lake12;

  final LakeState state1;
  final LakeState state12;

  private Reference() throws IOException {
    root = Files.createTempDirectory("tix-reliability-");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
    landing1 = root.resolve("landing-1");
    landing12 = root.resolve("landing-12");
    Landings.landDays(landing1, Landings.DAY_1);
    Landings.landDays(landing12, Landings.DAY_1, Landings.DAY_2);
    lake1 = root.resolve("reference-1");
    lake12 = root.resolve("reference-12");
    run(landing1, lake1, "reference-1");
    state1 = LakeState.of(lake1);
    Landings.copyLake(lake1, lake12);
    run(landing12, lake12, "reference-2");
    state12 = LakeState.of(lake12);
  }

  static synchronized Reference get() throws IOException {
    if (instance == null) {
      instance = new Reference();
    }
    return instance;
  }

  /** A fresh folder under the scratch space. */
  Path newDir(String name) throws IOException {
    return Files.createTempDirectory(root, name + "-");
  }

  static TixMasterRun run(Path landing, Path lake, String runId) {
    TixMasterRun run =
        TixMasterRun.of(
            "--landing=" + landing, "--lakehouse=" + lake, Landings.AS_OF, "--runId=" + runId);
    assertEquals(run.toString(), 0, run.status);
    return run;
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
