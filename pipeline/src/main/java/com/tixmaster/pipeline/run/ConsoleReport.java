package com.tixmaster.pipeline.run;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The compact run report printed at the end of every run. */
public final class ConsoleReport {
  /** Where the rows a stage rejected are kept, for stages whose rejects are rows. */
  static final Map<String, String> DEAD_LETTERS =
      Map.of(
          "silver", "silver._rejected",
          "gold", "gold._rejected",
          "summary", "gold._rejected",
          "documents", "gold._rejected");

  private ConsoleReport() {}

  public static void print(
      PrintStream out,
      String runId,
      String runner,
      String lake,
      List<StageOutcome> outcomes,
      String verdict) {
    out.println();
    out.printf("tix-master run %s  (%s, lake %s)%n", runId, runner, lake);
    out.printf(
        "%-10s %-10s %8s %10s %10s %9s  %s%n",
        "stage", "status", "seconds", "in", "out", "rejected", "what happened");
    for (StageOutcome o : outcomes) {
      out.printf(
          "%-10s %-10s %8.1f %10d %10d %9d  %s%n",
          o.stage(),
          o.status(),
          o.seconds(),
          o.rowsIn(),
          o.rowsOut(),
          o.rowsRejected(),
          o.message());
    }
    List<String> kept = new ArrayList<>();
    for (StageOutcome o : outcomes) {
      String table = DEAD_LETTERS.get(o.stage());
      if (table != null && o.rowsRejected() > 0) {
        kept.add(String.format("%s %d in %s", o.stage(), o.rowsRejected(), table));
      }
    }
    if (!kept.isEmpty()) {
      out.println();
      out.println("rejected rows kept: " + String.join(", ", kept));
    }
    boolean anyTables = outcomes.stream().anyMatch(o -> !o.tableRows().isEmpty());
    if (anyTables) {
      out.println();
      out.println("tables after the run (rows):");
      for (StageOutcome o : outcomes) {
        for (Map.Entry<String, Long> t : o.tableRows().entrySet()) {
          out.printf("  %-40s %10d%n", t.getKey(), t.getValue());
        }
      }
    }
    boolean anyNotes = outcomes.stream().anyMatch(o -> !o.notes().isEmpty());
    if (anyNotes) {
      out.println();
      out.println("notes:");
      for (StageOutcome o : outcomes) {
        int shown = 0;
        for (String note : o.notes()) {
          if (shown++ == 25) {
            out.printf("  [%s] … and %d more%n", o.stage(), o.notes().size() - 25);
            break;
          }
          out.printf("  [%s] %s%n", o.stage(), note);
        }
      }
    }
    out.println();
    out.println(verdict);
  }
}
