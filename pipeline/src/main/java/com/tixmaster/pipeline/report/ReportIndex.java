package com.tixmaster.pipeline.report;

import com.tixmaster.pipeline.lake.Lake;
import com.tixmaster.pipeline.report.RunData.StageRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.joda.time.Instant;

/** {@code _reports/index.html}: every run report in the folder, newest first, with its verdict. */
final class ReportIndex {
  static final String INDEX = "index.html";

  private ReportIndex() {}

  record Entry(
      String runId,
      String file,
      Instant started,
      Instant ended,
      String runner,
      List<StageRow> stages,
      Verdict verdict,
      long[] audits) {
    Instant sortKey(Instant fileTime) {
      return started != null ? started : fileTime;
    }
  }

  static String render(Lake lake, Path reportsDir, Instant writtenAt) throws IOException {
    Part<Map<String, List<StageRow>>> stages =
        Part.of("gold.etl_log", () -> RunData.readAllStages(lake));
    Part<Map<String, List<String>>> audits =
        Part.of("gold.data_quality_results", () -> RunData.readAllAuditStatuses(lake));
    List<Entry> entries = new ArrayList<>();
    java.util.Map<String, Instant> fileTimes = new java.util.HashMap<>();
    for (Path file : reports(reportsDir)) {
      String name = file.getFileName().toString();
      String runId = name.substring(0, name.length() - ".html".length());
      fileTimes.put(runId, new Instant(Files.getLastModifiedTime(file).toMillis()));
      List<StageRow> runStages = stages.present() ? stages.value().get(runId) : null;
      List<String> runAudits = audits.present() ? audits.value().get(runId) : null;
      Instant start =
          runStages == null
              ? null
              : runStages.stream()
                  .map(StageRow::startedAt)
                  .filter(Objects::nonNull)
                  .min(Instant::compareTo)
                  .orElse(null);
      Instant end =
          runStages == null
              ? null
              : runStages.stream()
                  .map(StageRow::endedAt)
                  .filter(Objects::nonNull)
                  .max(Instant::compareTo)
                  .orElse(null);
      String runner =
          runStages == null
              ? null
              : runStages.stream()
                  .map(StageRow::runner)
                  .filter(Objects::nonNull)
                  .findFirst()
                  .orElse(null);
      long[] counts = new long[3];
      if (runAudits != null) {
        for (String s : runAudits) {
          counts["PASSED".equals(s) ? 0 : "WARNING".equals(s) ? 1 : 2]++;
        }
      }
      entries.add(
          new Entry(
              runId,
              name,
              start,
              end,
              runner,
              runStages,
              Verdict.of(runStages, runAudits, null),
              runAudits == null ? null : counts));
    }
    entries.sort(
        Comparator.comparing(
                (Entry e) -> e.sortKey(fileTimes.get(e.runId())), Comparator.reverseOrder())
            .thenComparing(Entry::runId, Comparator.reverseOrder()));

    StringBuilder b =
        Page.open("tix-master runs", "tix-report-index", Integer.toString(entries.size()));
    b.append("<header id=\"summary\"><h1>tix-master runs</h1>\n<p class=\"muted\">")
        .append(entries.size())
        .append(" run report")
        .append(entries.size() == 1 ? "" : "s")
        .append(", newest first. Updated ")
        .append(Html.time(writtenAt))
        .append(".</p></header>\n<main>\n");
    if (stages.state() == Part.State.ERROR) {
      b.append("<p class=\"unreadable\">Could not read ")
          .append(Html.text(stages.message()))
          .append("</p>\n");
    }
    if (entries.isEmpty()) {
      b.append("<p class=\"empty\">No run report yet.</p>\n");
    } else {
      b.append("<table id=\"runs\"><thead><tr><th>Run</th><th>Verdict</th><th>Started</th>")
          .append(
              "<th class=\"num\">Duration</th><th>Runner</th><th>Stages</th><th>Audits</th></tr></thead><tbody>\n");
      for (Entry e : entries) {
        b.append("<tr class=\"run verdict-")
            .append(e.verdict().level())
            .append("\" data-run=\"")
            .append(Html.text(e.runId()))
            .append("\"><td class=\"nowrap\"><a href=\"")
            .append(Html.escape(href(e.file())))
            .append("\"><code>")
            .append(Html.text(e.runId()))
            .append("</code></a></td><td><span class=\"badge ")
            .append(Page.badge(e.verdict().level()))
            .append("\" title=\"")
            .append(Html.text(e.verdict().detail()))
            .append("\">")
            .append(Html.text(e.verdict().label()))
            .append("</span></td><td class=\"small nowrap\">")
            .append(e.started() == null ? "\u2014" : Html.time(e.started()))
            .append("</td><td class=\"num\">")
            .append(Html.duration(e.started(), e.ended()))
            .append("</td><td>")
            .append(Html.text(e.runner()))
            .append("</td><td>");
        if (e.stages() != null) {
          for (StageRow s : e.stages()) {
            b.append("<span class=\"badge ")
                .append(Page.badge(s.status()))
                .append("\" title=\"")
                .append(Html.text(s.status()))
                .append("\">")
                .append(Html.text(s.stage()))
                .append("</span> ");
          }
        }
        b.append("</td><td class=\"small\">");
        if (e.audits() != null) {
          b.append(e.audits()[0])
              .append(" passed, ")
              .append(e.audits()[1])
              .append(" warn, ")
              .append(e.audits()[2])
              .append(" failed");
        }
        b.append("</td></tr>\n");
      }
      b.append("</tbody></table>\n");
    }
    b.append("</main>\n").append(Page.close());
    return b.toString();
  }

  /** The run reports in the folder: {@code *.html} but the index and temporary files. */
  static List<Path> reports(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.html")) {
      for (Path p : stream) {
        String name = p.getFileName().toString();
        if (!name.equals(INDEX) && !name.startsWith(".") && Files.isRegularFile(p)) {
          files.add(p);
        }
      }
    }
    return files;
  }

  /** A relative link to a file of the folder, percent-encoded. */
  static String href(String fileName) {
    StringBuilder b = new StringBuilder();
    for (byte c : fileName.getBytes(StandardCharsets.UTF_8)) {
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '.'
          || c == '-'
          || c == '_') {
        b.append((char) c);
      } else {
        b.append('%').append(String.format("%02X", c & 0xff));
      }
    }
    return b.toString();
  }
}
