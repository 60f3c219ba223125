package com.tixmaster.pipeline.stages;

import com.tixmaster.pipeline.config.Severity;
import com.tixmaster.pipeline.run.RunContext;
import com.tixmaster.schemas.gold.GoldTables;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.values.Row;

/**
 * This run's staged audit results and what they decide, read the same way by quality and publish.
 */
final class Audits {
  private Audits() {}

  /** How the audits ended against {@code --failOnSeverity}. */
  record Verdict(int failed, List<String> blocking) {}

  /** This run's staged results, by check name. */
  static List<Row> of(RunContext ctx) throws IOException {
    String runId = ctx.config().runId();
    List<Row> audits = new ArrayList<>();
    for (Row row : ctx.lake().readStagedRows(runId, GoldTables.DATA_QUALITY_RESULTS)) {
      if (runId.equals(row.getString("run_id"))) {
        audits.add(row);
      }
    }
    audits.sort(Comparator.comparing(r -> r.getString("check_name")));
    return audits;
  }

  static Verdict verdict(List<Row> audits, Severity failOn) {
    int failed = 0;
    List<String> blocking = new ArrayList<>();
    for (Row audit : audits) {
      if ("FAILED".equals(audit.getString("status"))) {
        failed++;
        Severity severity = Severity.valueOf(audit.getString("severity"));
        if (severity.blocksAt(failOn)) {
          blocking.add(
              audit.getString("check_name") + " (" + severity + "): " + audit.getString("details"));
        }
      }
    }
    return new Verdict(failed, List.copyOf(blocking));
  }

  /** One line of the run report. */
  static String describe(Row audit) {
    return String.format(
        "audit %-8s %-8s %-32s %6d  %s",
        audit.getString("status"),
        audit.getString("severity"),
        audit.getString("check_name"),
        audit.getInt64("records_affected"),
        audit.getString("details"));
  }
}
