package com.tixmaster.pipeline.report;

import com.tixmaster.pipeline.lake.Lake;
import com.tixmaster.pipeline.report.RunData.AuditRow;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.joda.time.Instant;

/**
 * The self-contained HTML run report: {@code <lakehouse>/_reports/<run_id>.html}, one page with the
 * run's stages ({@code gold.etl_log}), audits ({@code gold.data_quality_results}), rejections
 * (silver and gold {@code _rejected}, bronze {@code _rejected_records} and rejected {@code
 * _files}), schema drift (bronze {@code _schema}) and inline-SVG charts of gold, plus {@code
 * _reports/index.html} listing every run, newest first.
 *
 * <p>Everything is read from the lake, so a report can be written for any run, also by another
 * process. Call {@link #write} after the run's {@code etl_log} and {@code data_quality_results}
 * rows are committed. Tables that do not exist yet are shown as "not built"; a table that cannot be
 * read is named in the page instead of failing the report. All text from data is escaped, and URL
 * query strings and key/secret assignments are removed from it. The page has no script and loads
 * nothing: it opens offline.
 */
public final class HtmlReport {
  /** The reports folder's name inside the lakehouse. */
  public static final String DIR = "_reports";

  private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

  private HtmlReport() {}

  /** {@code <lakehouse>/_reports}. */
  public static Path reportsDir(Path lakehouse) {
    return lakehouse.resolve(DIR);
  }

  /**
   * Writes {@code <reportsDir>/<runId>.html} and rewrites {@code <reportsDir>/index.html}, each
   * atomically (temporary file, then rename). Returns the run report's path.
   */
  public static Path write(Lake lake, String runId, Path reportsDir) throws IOException {
    Path report = reportsDir.resolve(fileName(runId));
    writeAtomically(report, render(lake, runId));
    writeIndex(lake, reportsDir);
    return report;
  }

  /** The run report's HTML, without writing it. */
  public static String render(Lake lake, String runId) {
    fileName(runId);
    return RunPage.render(RunData.load(lake, runId), lake.describe(), Instant.now());
  }

  /** Rewrites {@code <reportsDir>/index.html} from the run reports in the folder. */
  public static Path writeIndex(Lake lake, Path reportsDir) throws IOException {
    Path index = reportsDir.resolve(ReportIndex.INDEX);
    writeAtomically(index, ReportIndex.render(lake, reportsDir, Instant.now()));
    return index;
  }

  /**
   * One line for the console, e.g. {@code report: /lake/_reports/r1.html (OK; audits 10 passed, 1
   * warning, 0 failed)}. Reads only the small log tables.
   */
  public static String consoleSummary(Lake lake, String runId, Path report) {
    Part<List<RunData.StageRow>> stages =
        Part.of("gold.etl_log", () -> RunData.readStages(lake, runId));
    Part<List<AuditRow>> audits =
        Part.of("gold.data_quality_results", () -> RunData.readAudits(lake, runId));
    List<String> statuses =
        audits.present() ? audits.value().stream().map(AuditRow::status).toList() : null;
    List<String> failed =
        audits.present()
            ? audits.value().stream()
                .filter(a -> "FAILED".equals(a.status()))
                .map(AuditRow::checkName)
                .toList()
            : null;
    Verdict v = Verdict.of(stages.orElse(null), statuses, failed);
    StringBuilder line =
        new StringBuilder("report: ").append(report).append(" (").append(v.label());
    if (statuses != null && !statuses.isEmpty()) {
      line.append(
          String.format(
              Locale.ROOT,
              "; audits %d passed, %d warning, %d failed",
              statuses.stream().filter("PASSED"::equals).count(),
              statuses.stream().filter("WARNING"::equals).count(),
              statuses.stream().filter("FAILED"::equals).count()));
    }
    return line.append(')').toString();
  }

  private static String fileName(String runId) {
    if (runId == null || !RUN_ID.matcher(runId).matches()) {
      throw new IllegalArgumentException("not a run id: " + runId);
    }
    return runId + ".html";
  }

  /** Writes the file under a temporary name in the same folder, then renames it into place. */
  static void writeAtomically(Path target, String html) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      Files.write(tmp, html.getBytes(StandardCharsets.UTF_8));
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
