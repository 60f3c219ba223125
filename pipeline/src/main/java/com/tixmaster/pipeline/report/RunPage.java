package com.tixmaster.pipeline.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tixmaster.pipeline.report.RunData.AuditRow;
import com.tixmaster.pipeline.report.RunData.Bucket;
import com.tixmaster.pipeline.report.RunData.DriftRow;
import com.tixmaster.pipeline.report.RunData.MonthBar;
import com.tixmaster.pipeline.report.RunData.PriceHistogram;
import com.tixmaster.pipeline.report.RunData.RejectGroup;
import com.tixmaster.pipeline.report.RunData.RejectedFile;
import com.tixmaster.pipeline.report.RunData.SchemaDrift;
import com.tixmaster.pipeline.report.RunData.SegmentBar;
import com.tixmaster.pipeline.report.RunData.Segments;
import com.tixmaster.pipeline.report.RunData.StageRow;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.joda.time.Instant;

/** Renders one run's report page from its {@link RunData}. */
final class RunPage {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> GOLD_STAGES = Set.of("gold", "summary", "documents", "quality");

  private final RunData d;
  private final String lakeDescription;
  private final Instant writtenAt;
  private final StringBuilder b;

  private RunPage(RunData data, String lakeDescription, Instant writtenAt) {
    this.d = data;
    this.lakeDescription = lakeDescription;
    this.writtenAt = writtenAt;
    this.b = new StringBuilder();
  }

  static String render(RunData data, String lakeDescription, Instant writtenAt) {
    return new RunPage(data, lakeDescription, writtenAt).render();
  }

  static Verdict verdict(RunData d) {
    List<String> statuses = null;
    List<String> failed = new ArrayList<>();
    if (d.audits.present()) {
      statuses = d.audits.value().stream().map(AuditRow::status).toList();
      for (AuditRow a : d.audits.value()) {
        if ("FAILED".equals(a.status())) {
          failed.add(a.checkName());
        }
      }
    }
    return Verdict.of(d.stages.orElse(null), statuses, failed);
  }

  private String render() {
    Verdict v = verdict(d);
    StringBuilder page =
        Page.open(
            "tix-master run " + d.runId + " \u2014 " + v.label(),
            "tix-report-run",
            d.runId,
            "tix-report-verdict",
            v.label(),
            "tix-report-section",
            String.join(" ", Page.SECTIONS));
    header(v);
    b.append("<main>\n");
    stages();
    audits();
    rejections();
    drift();
    charts();
    b.append("</main>\n");
    return page.append(b).append(Page.close()).toString();
  }

  // ---- header ----------------------------------------------------------------------------------

  private void header(Verdict v) {
    List<StageRow> stages = d.stages.orElse(List.of());
    Instant start =
        stages.stream()
            .map(StageRow::startedAt)
            .filter(Objects::nonNull)
            .min(Instant::compareTo)
            .orElse(null);
    Instant end =
        stages.stream()
            .map(StageRow::endedAt)
            .filter(Objects::nonNull)
            .max(Instant::compareTo)
            .orElse(null);
    String runner =
        stages.stream().map(StageRow::runner).filter(Objects::nonNull).findFirst().orElse("");
    b.append("<header id=\"summary\">\n<h1>tix-master run <code>")
        .append(Html.text(d.runId))
        .append("</code><span class=\"badge verdict verdict-")
        .append(v.level())
        .append(' ')
        .append(Page.badge(v.level()))
        .append("\" id=\"verdict\">")
        .append(Html.text(v.label()))
        .append("</span></h1>\n")
        .append("<p class=\"verdict-detail\">")
        .append(Html.text(v.detail()))
        .append("</p>\n")
        .append("<dl class=\"facts\">")
        .append(fact("Runner", runner.isEmpty() ? "\u2014" : runner))
        .append(fact("Lake", lakeDescription))
        .append(fact("Started", start == null ? "\u2014" : Html.time(start)))
        .append(fact("Ended", end == null ? "\u2014" : Html.time(end)))
        .append(
            fact("Duration", start == null || end == null ? "\u2014" : Html.duration(start, end)))
        .append(fact("Report written", Html.time(writtenAt)))
        .append("</dl>\n");
    String parameters =
        stages.stream().map(StageRow::parameters).filter(Objects::nonNull).findFirst().orElse(null);
    if (parameters != null) {
      b.append("<details><summary>Run parameters</summary><pre>")
          .append(Html.text(pretty(parameters)))
          .append("</pre></details>\n");
    }
    b.append("<nav><a href=\"index.html\">All runs</a>");
    for (String section : Page.SECTIONS) {
      b.append("<a href=\"#").append(section).append("\">").append(title(section)).append("</a>");
    }
    b.append("</nav>\n</header>\n");
  }

  private static String fact(String name, String value) {
    return "<dt>" + Html.escape(name) + "</dt><dd>" + Html.text(value) + "</dd>";
  }

  private static String pretty(String json) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json));
    } catch (Exception e) {
      return json;
    }
  }

  private static String title(String section) {
    return switch (section) {
      case "stages" -> "Stages";
      case "audits" -> "Audits";
      case "rejections" -> "Rejections";
      case "schema-drift" -> "Schema drift";
      default -> "Charts";
    };
  }

  private void openSection(String id) {
    b.append("<section id=\"")
        .append(id)
        .append("\" data-section=\"")
        .append(id)
        .append("\">\n<h2>")
        .append(title(id))
        .append("</h2>\n");
  }

  private void closeSection() {
    b.append("</section>\n");
  }

  /** Renders the MISSING or ERROR state of a part; returns true when there was nothing to show. */
  private boolean absent(Part<?> part) {
    if (part.state() == Part.State.MISSING) {
      b.append("<p class=\"not-built\" data-table=\"")
          .append(Html.text(part.message()))
          .append("\">Not built in this run: <code>")
          .append(Html.text(part.message()))
          .append("</code> does not exist in the lake yet.</p>\n");
      return true;
    }
    if (part.state() == Part.State.ERROR) {
      b.append("<p class=\"unreadable\">Could not read ")
          .append(Html.text(part.message()))
          .append("</p>\n");
      return true;
    }
    return false;
  }

  // ---- stages ----------------------------------------------------------------------------------

  private void stages() {
    openSection("stages");
    if (!absent(d.stages)) {
      List<StageRow> rows = d.stages.value();
      if (rows.isEmpty()) {
        b.append("<p class=\"empty\">gold.etl_log has no row for this run.</p>\n");
      } else {
        long longest =
            rows.stream()
                .filter(s -> s.startedAt() != null && s.endedAt() != null)
                .mapToLong(s -> s.endedAt().getMillis() - s.startedAt().getMillis())
                .max()
                .orElse(0);
        b.append(
                "<table"
                    + " id=\"stage-table\"><thead><tr><th>Stage</th><th>Status</th><th>Started</th>")
            .append(
                "<th class=\"num\">Duration</th><th class=\"num\">Rows in</th><th"
                    + " class=\"num\">Rows out</th>")
            .append("<th class=\"num\">Rejected</th><th>Error</th></tr></thead><tbody>\n");
        for (StageRow s : rows) {
          long ms =
              s.startedAt() == null || s.endedAt() == null
                  ? -1
                  : s.endedAt().getMillis() - s.startedAt().getMillis();
          b.append("<tr class=\"stage stage-")
              .append(Html.token(s.status()))
              .append("\" data-stage=\"")
              .append(Html.text(s.stage()))
              .append("\"><td><strong>")
              .append(Html.text(s.stage()))
              .append("</strong></td><td><span class=\"badge ")
              .append(Page.badge(s.status()))
              .append("\">")
              .append(Html.text(s.status()))
              .append("</span></td><td class=\"small\">")
              .append(Html.time(s.startedAt()))
              .append("</td><td class=\"num\">")
              .append(Html.duration(ms));
          if (ms >= 0 && longest > 0) {
            b.append("<span class=\"dur\"><span style=\"width:")
                .append(Html.num(Math.max(1, 100.0 * ms / longest)))
                .append("%\"></span></span>");
          }
          b.append("</td><td class=\"num\">")
              .append(Html.count(s.rowsIn()))
              .append("</td><td class=\"num\">")
              .append(Html.count(s.rowsOut()))
              .append("</td><td class=\"num\">")
              .append(Html.count(s.rowsRejected()))
              .append("</td><td>")
              .append(Html.text(Html.cut(s.errorMessage(), 600)))
              .append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
      }
    }
    closeSection();
  }

  // ---- audits ----------------------------------------------------------------------------------

  private void audits() {
    openSection("audits");
    if (!absent(d.audits)) {
      List<AuditRow> rows = d.audits.value();
      if (rows.isEmpty()) {
        b.append("<p class=\"empty\">No audits ran in this run.</p>\n");
      } else {
        long passed = rows.stream().filter(a -> "PASSED".equals(a.status())).count();
        long warned = rows.stream().filter(a -> "WARNING".equals(a.status())).count();
        long failed = rows.stream().filter(a -> "FAILED".equals(a.status())).count();
        b.append("<p id=\"audit-summary\">")
            .append(rows.size())
            .append(" checks: <span class=\"badge b-ok\">")
            .append(passed)
            .append(" passed</span> <span class=\"badge b-warn\">")
            .append(warned)
            .append(" warning")
            .append(warned == 1 ? "" : "s")
            .append("</span> <span class=\"badge b-fail\">")
            .append(failed)
            .append(" failed</span></p>\n");
        b.append(
                "<table"
                    + " id=\"audit-table\"><thead><tr><th>Check</th><th>Table</th><th>Severity</th>")
            .append(
                "<th>Status</th><th class=\"num\">Affected</th><th class=\"num\">Threshold</th>")
            .append("<th>Details</th></tr></thead><tbody>\n");
        for (AuditRow a : rows) {
          b.append("<tr class=\"audit status-")
              .append(Html.token(a.status()))
              .append("\" data-check=\"")
              .append(Html.text(a.checkName()))
              .append("\"><td><strong");
          if (a.description() != null) {
            b.append(" title=\"").append(Html.text(a.description())).append('"');
          }
          b.append('>')
              .append(Html.text(a.checkName()))
              .append("</strong></td><td><code>")
              .append(
                  Html.text(a.tableName() == null ? null : a.tableName().replaceAll(",\\s*", ", ")))
              .append("</code></td><td><span class=\"sev sev-")
              .append(Html.token(a.severity()))
              .append("\">")
              .append(Html.text(a.severity()))
              .append("</span></td><td><span class=\"badge ")
              .append(Page.badge(a.status()))
              .append("\">")
              .append(Html.text(a.status()))
              .append("</span></td><td class=\"num\">")
              .append(Html.count(a.recordsAffected()))
              .append("</td><td class=\"num\">");
          if (a.threshold() != null) {
            // the unit is a phrase ("% of bronze event records"): its first word here, all of it on
            // hover
            String unit = a.thresholdUnit() == null ? "" : a.thresholdUnit().strip();
            String shortUnit = unit.isEmpty() ? "" : " " + unit.split("\\s+")[0];
            b.append("<span title=\"")
                .append(Html.text(unit))
                .append("\">")
                .append(Html.text(Html.amount(a.threshold()) + shortUnit))
                .append("</span>");
          }
          b.append("</td><td>").append(Html.text(Html.cut(a.details(), 500)));
          if (a.sampleKeys() != null && !a.sampleKeys().isBlank()) {
            b.append("<div class=\"note\">e.g. <code>")
                .append(Html.text(Html.cut(a.sampleKeys(), 300)))
                .append("</code></div>");
          }
          b.append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
      }
    }
    closeSection();
  }

  // ---- rejections ------------------------------------------------------------------------------

  private void rejections() {
    openSection("rejections");
    b.append("<h3>Silver: records rejected by this run</h3>\n");
    rejectTable("silver-rejections", d.silverRejects, "Record ids");
    b.append("<h3>Gold, summary and documents: rows rejected by this run</h3>\n");
    rejectTable("gold-rejections", d.goldRejects, "Record ids");
    b.append("<h3>Bronze: records that are not JSON objects</h3>\n");
    rejectTable("bronze-rejections", d.bronzeRejects, "Where");
    b.append("<h3>Bronze: landing files rejected</h3>\n");
    if (!absent(d.rejectedFileCount)) {
      long total = d.rejectedFileCount.value();
      List<RejectedFile> files = d.rejectedFiles.value();
      if (total == 0) {
        b.append("<p class=\"empty\" id=\"rejected-files\">No landing file was rejected.</p>\n");
      } else {
        b.append(
            "<table"
                + " id=\"rejected-files\"><thead><tr><th>File</th><th>Entity</th><th>Error</th></tr></thead><tbody>\n");
        for (RejectedFile f : files) {
          b.append("<tr class=\"rejected-file\"><td><code>")
              .append(Html.text(f.path()))
              .append("</code></td><td>")
              .append(Html.text(f.entity()))
              .append("</td><td>")
              .append(Html.text(Html.cut(f.error(), 400)))
              .append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
        if (total > files.size()) {
          b.append("<p class=\"note\">\u2026 and ")
              .append(Html.count(total - files.size()))
              .append(" more.</p>\n");
        }
      }
    }
    closeSection();
  }

  private void rejectTable(String id, Part<List<RejectGroup>> part, String examplesHeader) {
    if (absent(part)) {
      return;
    }
    List<RejectGroup> groups = part.value();
    if (groups.isEmpty()) {
      b.append("<p class=\"empty\" id=\"").append(id).append("\">None.</p>\n");
      return;
    }
    long total = groups.stream().mapToLong(RejectGroup::count).sum();
    boolean staged = groups.stream().anyMatch(g -> g.stage() != null);
    b.append("<table id=\"")
        .append(id)
        .append("\"><thead><tr>")
        .append(staged ? "<th>Stage</th><th>Table</th>" : "<th>Entity</th>")
        .append("<th>Reason</th>")
        .append("<th class=\"num\">Records</th><th>")
        .append(examplesHeader)
        .append(" (examples)</th>")
        .append("<th>Detail (first)</th></tr></thead><tbody>\n");
    for (RejectGroup g : groups) {
      b.append("<tr class=\"reject\"");
      if (staged) {
        b.append(" data-stage=\"").append(Html.text(g.stage())).append('"');
      }
      b.append(" data-entity=\"")
          .append(Html.text(g.entity()))
          .append("\" data-reason=\"")
          .append(Html.text(g.reasonCode()))
          .append("\" data-count=\"")
          .append(g.count())
          .append("\"><td>");
      if (staged) {
        b.append(Html.text(g.stage())).append("</td><td>");
      }
      b.append(Html.text(g.entity()))
          .append("</td><td><code>")
          .append(Html.text(g.reasonCode()))
          .append("</code></td><td class=\"num\">")
          .append(Html.count(g.count()))
          .append("</td><td>");
      for (int i = 0; i < g.examples().size(); i++) {
        b.append(i == 0 ? "" : " ")
            .append("<code>")
            .append(Html.text(Html.cut(g.examples().get(i), 120)))
            .append("</code>");
      }
      b.append("</td><td class=\"small\">")
          .append(Html.text(Html.cut(g.detail(), 300)))
          .append("</td></tr>\n");
    }
    b.append("</tbody><tfoot><tr><th colspan=\"")
        .append(staged ? 3 : 2)
        .append("\">Total</th><th class=\"num\">")
        .append(Html.count(total))
        .append("</th><th colspan=\"2\"></th></tr></tfoot></table>\n");
  }

  // ---- schema drift ----------------------------------------------------------------------------

  private void drift() {
    openSection("schema-drift");
    if (!absent(d.drift)) {
      SchemaDrift drift = d.drift.value();
      if (drift.baseline()) {
        b.append(
                "<p class=\"empty\" id=\"drift-baseline\">First schema baseline: this run learned ")
            .append(Html.count(drift.pathsThisRun()))
            .append(
                " field paths. There was no earlier schema to compare with, so nothing is"
                    + " drift.</p>\n");
      } else if (drift.rows().isEmpty() && drift.newEntities().isEmpty()) {
        b.append("<p class=\"empty\" id=\"drift-none\">No new field paths in this run.</p>\n");
      } else {
        for (Map.Entry<String, Long> e : drift.newEntities().entrySet()) {
          b.append("<p class=\"note new-entity\">First records of <strong>")
              .append(Html.text(e.getKey()))
              .append("</strong>: ")
              .append(Html.count(e.getValue()))
              .append(" field paths learned (baseline, not drift).</p>\n");
        }
        if (!drift.rows().isEmpty()) {
          b.append(
                  "<table id=\"drift-table\"><thead><tr><th>Entity</th><th>Field path</th><th>JSON"
                      + " type</th>")
              .append("<th>Change</th></tr></thead><tbody>\n");
          for (DriftRow r : drift.rows()) {
            b.append("<tr class=\"drift\"><td>")
                .append(Html.text(r.entity()))
                .append("</td><td><code>")
                .append(Html.text(r.fieldPath()))
                .append("</code></td><td>")
                .append(Html.text(r.jsonType()))
                .append("</td><td>")
                .append(
                    r.knownTypes() == null
                        ? "new field"
                        : "new type (was " + Html.text(r.knownTypes()) + ")")
                .append("</td></tr>\n");
          }
          b.append("</tbody></table>\n");
          if (drift.moreRows() > 0) {
            b.append("<p class=\"note\">\u2026 and ")
                .append(Html.count(drift.moreRows()))
                .append(" more.</p>\n");
          }
        }
      }
    }
    closeSection();
  }

  // ---- charts ----------------------------------------------------------------------------------

  private void charts() {
    openSection("charts");
    List<StageRow> stages = d.stages.orElse(List.of());
    boolean rebuilt =
        stages.stream()
                .anyMatch(s -> GOLD_STAGES.contains(s.stage()) && "SUCCEEDED".equals(s.status()))
            && stages.stream()
                .noneMatch(s -> "BLOCKED".equals(s.status()) || "FAILED".equals(s.status()));
    if (!rebuilt && d.prices.present()) {
      b.append(
              "<p class=\"note\" id=\"charts-stale\">This run did not publish gold; the charts show"
                  + " the last")
          .append(" published state.</p>\n");
    }
    monthsChart();
    priceChart();
    segmentChart();
    closeSection();
  }

  private void monthsChart() {
    b.append("<figure id=\"chart-events-per-month\"><figcaption>Events per month ")
        .append(
            "<span class=\"muted\">gold.monthly_event_summary.total_events (non-test events, by"
                + " local event date)</span>")
        .append("</figcaption>\n");
    if (!absent(d.months)) {
      List<MonthBar> months = d.months.value();
      if (months.isEmpty()) {
        b.append("<p class=\"empty\">No months summarised.</p>\n");
      } else {
        List<Svg.Bar> bars = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
          MonthBar m = months.get(i);
          String name =
              Month.of(Math.max(1, Math.min(12, m.month())))
                  .getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
          boolean newYear = i == 0 || months.get(i - 1).year() != m.year();
          bars.add(
              new Svg.Bar(
                  name,
                  newYear ? Integer.toString(m.year()) : "",
                  m.events(),
                  String.format(
                      Locale.ROOT,
                      "%04d-%02d: %s events",
                      m.year(),
                      m.month(),
                      Html.count(m.events()))));
        }
        int every = (int) Math.ceil(months.size() / 24.0);
        b.append(Svg.verticalBars("svg-events-per-month", "Events per month", bars, every, false))
            .append('\n');
      }
    }
    b.append("</figure>\n");
  }

  private void priceChart() {
    b.append("<figure id=\"chart-price-distribution\"><figcaption>Ticket price distribution ")
        .append(
            "<span class=\"muted\">gold.fact_events.price_max of non-test events with a"
                + " price</span>")
        .append("</figcaption>\n");
    if (!absent(d.prices)) {
      PriceHistogram h = d.prices.value();
      if (h.buckets().isEmpty()) {
        b.append("<p class=\"empty\">No priced event.</p>\n");
      } else {
        List<Svg.Bar> bars = new ArrayList<>();
        for (Bucket k : h.buckets()) {
          String label =
              k.to() == null
                  ? "\u2265 " + Html.amount(k.from())
                  : Html.amount(k.from()) + "\u2013" + Html.amount(k.to());
          bars.add(
              new Svg.Bar(label, "", k.count(), label + ": " + Html.count(k.count()) + " events"));
        }
        b.append(
                Svg.verticalBars(
                    "svg-price-distribution", "Ticket price distribution", bars, 1, true))
            .append('\n');
        Map<String, Long> cur = h.currencies();
        StringBuilder list = new StringBuilder();
        cur.forEach(
            (c, n) ->
                list.append(list.length() == 0 ? "" : ", ")
                    .append(c)
                    .append(' ')
                    .append(Html.count(n)));
        if (cur.size() > 1) {
          b.append("<p class=\"note\" id=\"mixed-currencies\">Mixed currencies: ")
              .append(Html.text(list.toString()))
              .append(". Prices are counted as given, not converted.</p>\n");
        } else {
          b.append("<p class=\"note\">Currency: ")
              .append(Html.text(list.toString()))
              .append(".</p>\n");
        }
        b.append("<p class=\"note\">")
            .append(Html.count(h.priced()))
            .append(" priced events; ")
            .append(Html.count(h.unpriced()))
            .append(" without a price are not shown. Buckets are [from, to).</p>\n");
      }
    }
    b.append("</figure>\n");
  }

  private void segmentChart() {
    b.append("<figure id=\"chart-segments\"><figcaption>Events by segment");
    if (d.segments.present()) {
      b.append(" <span class=\"muted\">")
          .append(Html.text(d.segments.value().source()))
          .append("</span>");
    }
    b.append("</figcaption>\n");
    if (!absent(d.segments)) {
      Segments s = d.segments.value();
      if (s.bars().isEmpty()) {
        b.append("<p class=\"empty\">No events.</p>\n");
      } else {
        List<Svg.Bar> bars = new ArrayList<>();
        for (SegmentBar bar : s.bars()) {
          double pct = s.events() == 0 ? 0 : 100.0 * bar.events() / s.events();
          bars.add(
              new Svg.Bar(
                  bar.segment(),
                  "",
                  bar.events(),
                  String.format(
                      Locale.ROOT,
                      "%s: %s events (%.1f %%)",
                      bar.segment(),
                      Html.count(bar.events()),
                      pct)));
        }
        b.append(Svg.horizontalBars("svg-segments", "Events by segment", bars)).append('\n');
      }
    }
    b.append("</figure>\n");
  }
}
