package com.tixmaster.transforms.procedures;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * The committed {@code sql/procedures/} files are exactly what {@link ProcedureSqlGenerator}
 * produces from the registry. When this fails, regenerate (see {@code sql/procedures/README.md})
 * and commit.
 */
@RunWith(JUnit4.class)
public class ProcedureSqlUpToDateTest {
  private static final String HOW =
      " differs from QualityChecks/MonthlyKpis; run: mvn -B -q -pl transforms -am compile && java"
          + " -cp transforms/target/classes"
          + " com.tixmaster.transforms.procedures.ProcedureSqlGenerator sql/procedures";

  static Path sqlDir() {
    String project = System.getProperty("tix.project.dir");
    Path root = project != null ? Paths.get(project) : Paths.get("..");
    return root.resolve(ProcedureSqlGenerator.DEFAULT_DIR);
  }

  @Test
  public void committedSqlIsWhatTheGeneratorWrites() throws IOException {
    Path dir = sqlDir();
    assertTrue(dir.toAbsolutePath() + " is missing" + HOW, Files.isDirectory(dir));
    Map<String, String> expected = ProcedureSqlGenerator.files();
    for (Map.Entry<String, String> f : expected.entrySet()) {
      Path file = dir.resolve(f.getKey());
      assertTrue(file + " is missing;" + HOW, Files.exists(file));
      assertEquals(file + HOW, f.getValue(), Files.readString(file, StandardCharsets.UTF_8));
    }
    Set<String> generated;
    try (Stream<Path> files = Files.list(dir)) {
      generated =
          files
              .map(p -> p.getFileName().toString())
              .filter(ProcedureSqlGenerator::isGenerated)
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals("stale files in " + dir + HOW, new TreeSet<>(expected.keySet()), generated);
  }
}
