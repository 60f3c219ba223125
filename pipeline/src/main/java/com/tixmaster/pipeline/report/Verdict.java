package com.tixmaster.pipeline.report;

import com.tixmaster.pipeline.report.RunData.StageRow;
import java.util.List;
import java.util.Locale;

/**
 * A run's overall outcome, as {@code gold.etl_log} and {@code gold.data_quality_results} tell it:
 * FAILED when a stage failed, BLOCKED when the audits kept gold unpublished, OK otherwise (with the
 * audit warnings and non-blocking failures counted), UNKNOWN when the run logged no stage.
 */
record Verdict(String label, String level, String detail) {
  static final String OK = "OK";
  static final String FAILED = "FAILED";
  static final String BLOCKED = "BLOCKED";
  static final String UNKNOWN = "UNKNOWN";

  /**
   * {@code stages} null when etl_log is missing; {@code auditStatuses} null when none were read.
   */
  static Verdict of(List<StageRow> stages, List<String> auditStatuses, List<String> failedChecks) {
    if (stages == null || stages.isEmpty()) {
      return new Verdict(UNKNOWN, "unknown", "gold.etl_log has no row for this run");
    }
    for (StageRow s : stages) {
      if ("FAILED".equals(s.status())) {
        String why = s.errorMessage() == null ? "" : ": " + firstLine(s.errorMessage());
        return new Verdict(FAILED, "fail", "stage " + s.stage() + " failed" + why);
      }
    }
    long failed = count(auditStatuses, "FAILED");
    long warnings = count(auditStatuses, "WARNING");
    for (StageRow s : stages) {
      if ("BLOCKED".equals(s.status())) {
        String checks =
            failedChecks == null || failedChecks.isEmpty()
                ? ""
                : " (failed: " + String.join(", ", failedChecks) + ")";
        return new Verdict(BLOCKED, "fail", "the audits kept gold unpublished" + checks);
      }
    }
    if (failed > 0 || warnings > 0) {
      return new Verdict(
          OK,
          "warn",
          String.format(
              Locale.ROOT,
              "all stages succeeded; audits: %d non-blocking failure%s, %d warning%s",
              failed,
              failed == 1 ? "" : "s",
              warnings,
              warnings == 1 ? "" : "s"));
    }
    long skipped = stages.stream().filter(s -> "SKIPPED".equals(s.status())).count();
    return new Verdict(
        OK,
        "ok",
        skipped == 0
            ? "all " + stages.size() + " stages succeeded"
            : (stages.size() - skipped) + " stages succeeded, " + skipped + " skipped");
  }

  private static long count(List<String> statuses, String status) {
    return statuses == null ? 0 : statuses.stream().filter(status::equals).count();
  }

  static String firstLine(String text) {
    String line = text.strip();
    int nl = line.indexOf('\n');
    return Html.cut(nl < 0 ? line : line.substring(0, nl), 300);
  }
}
