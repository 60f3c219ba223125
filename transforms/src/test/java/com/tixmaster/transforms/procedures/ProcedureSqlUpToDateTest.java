package com.tixmaster.transforms.procedures;

import com.tixmaster.transforms.io.GeneratedFilesCheck;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
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
    GeneratedFilesCheck.assertUpToDate(
        sqlDir(), ProcedureSqlGenerator.files(), ProcedureSqlGenerator::isGenerated, HOW);
  }
}
