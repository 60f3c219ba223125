package com.tixmaster.transforms.procedures;

import com.tixmaster.transforms.io.GeneratedFiles;
import java.io.IOException;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the warehouse users' stored procedures to {@code sql/procedures/}: {@link
 * QualityProcedure} (every check of {@code QualityChecks}) and {@link SummaryProcedure} (the KPIs
 * of {@code MonthlyKpis}), each a {@code CREATE OR REPLACE PROCEDURE} in Databricks SQL scripting,
 * and a {@code README.md}. The files are committed; {@code ProcedureSqlUpToDateTest} fails when
 * they differ from what this generator produces.
 *
 * <pre>
 * mvn -B -q -pl transforms -am compile
 * java -cp transforms/target/classes com.tixmaster.transforms.procedures.ProcedureSqlGenerator sql/procedures
 * </pre>
 */
public final class ProcedureSqlGenerator {
  /** Where the files live, relative to the project root. */
  public static final String DEFAULT_DIR = "sql/procedures";

  private ProcedureSqlGenerator() {}

  /** Writes the files to {@code args[0]} (default {@value #DEFAULT_DIR}), removing stale ones. */
  public static void main(String[] args) throws IOException {
    GeneratedFiles.write(
        Paths.get(args.length > 0 ? args[0] : DEFAULT_DIR),
        files(),
        ProcedureSqlGenerator::isGenerated);
  }

  /** Whether {@code fileName} is one this generator owns. */
  public static boolean isGenerated(String fileName) {
    return fileName.equals("README.md") || fileName.matches("sp_[a-z0-9_]+\\.sql");
  }

  /** File name → content: the procedures, README last. */
  public static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(QualityProcedure.NAME + ".sql", QualityProcedure.render());
    files.put(SummaryProcedure.NAME + ".sql", SummaryProcedure.render());
    files.put("README.md", ProcedureReadme.render());
    return files;
  }
}
