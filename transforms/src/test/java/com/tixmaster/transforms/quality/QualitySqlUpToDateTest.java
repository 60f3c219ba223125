package com.tixmaster.transforms.quality;

import com.tixmaster.transforms.io.GeneratedFilesCheck;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * The committed {@code sql/quality/} files are exactly what {@link QualitySqlGenerator} produces
 * from the registry. When this fails, regenerate (see {@code sql/quality/README.md}) and commit.
 */
@RunWith(JUnit4.class)
public class QualitySqlUpToDateTest {
  private static final String HOW =
      " differs from QualityChecks; run: mvn -B -q -pl transforms -am compile && java -cp"
          + " transforms/target/classes com.tixmaster.transforms.quality.QualitySqlGenerator"
          + " sql/quality";

  static Path sqlDir() {
    String project = System.getProperty("tix.project.dir");
    Path root = project != null ? Paths.get(project) : Paths.get("..");
    return root.resolve(QualitySqlGenerator.DEFAULT_DIR);
  }

  @Test
  public void committedSqlIsWhatTheGeneratorWrites() throws IOException {
    GeneratedFilesCheck.assertUpToDate(
        sqlDir(), QualitySqlGenerator.files(), QualitySqlGenerator::isGenerated, HOW);
  }
}
