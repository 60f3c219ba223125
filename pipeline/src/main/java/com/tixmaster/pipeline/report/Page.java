package com.tixmaster.pipeline.report;

/** The page frame shared by the run report and the index: head, inline style, foot. */
final class Page {
  private Page() {}

  /** The sections of a run report, in order; each is a {@code <section id=…>}. */
  static final String[] SECTIONS = {"stages", "audits", "rejections", "schema-drift", "charts"};

  static final String STYLE =
      """
      :root{--ok:#1a7f37;--ok-bg:#dafbe1;--warn:#9a6700;--warn-bg:#fff8c5;--fail:#cf222e;--fail-bg:#ffebe9;\
      --muted:#57606a;--line:#d0d7de;--soft:#f6f8fa;--bar:#3b6ea5}
      *{box-sizing:border-box}
      body{margin:0 auto;max-width:1100px;padding:20px 24px 40px;color:#1f2328;background:#fff;\
      font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
      h1{font-size:22px;margin:0 0 4px}
      h2{font-size:18px;margin:30px 0 8px;padding-bottom:4px;border-bottom:1px solid var(--line)}
      h3{font-size:15px;margin:18px 0 6px}
      a{color:#0969da}
      code,pre{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace}
      code{background:var(--soft);padding:1px 4px;border-radius:4px;overflow-wrap:break-word}
      pre{background:var(--soft);padding:8px 10px;border-radius:6px;overflow:auto;max-height:320px}
      table{border-collapse:collapse;width:100%;margin:6px 0 10px}
      th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line);vertical-align:top}
      th{font-size:12px;color:var(--muted);font-weight:600;background:var(--soft)}
      td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      td.small{font-size:12px;color:var(--muted)}
      .muted{color:var(--muted)}
      .nowrap,.nowrap code{white-space:nowrap}
      .badge{display:inline-block;padding:0 8px;border-radius:10px;font-size:12px;font-weight:600;\
      white-space:nowrap;border:1px solid transparent}
      .b-ok{color:var(--ok);background:var(--ok-bg);border-color:#aceebb}
      .b-warn{color:var(--warn);background:var(--warn-bg);border-color:#eac54f}
      .b-fail{color:var(--fail);background:var(--fail-bg);border-color:#ffcecb}
      .b-muted{color:var(--muted);background:var(--soft);border-color:var(--line)}
      .sev{font-size:11px;font-weight:600;letter-spacing:.03em}
      .sev-critical{color:#82071e}.sev-high{color:var(--fail)}.sev-medium{color:var(--warn)}.sev-low{color:var(--muted)}
      tr.status-passed td:first-child{box-shadow:inset 4px 0 var(--ok)}
      tr.status-warning td:first-child{box-shadow:inset 4px 0 #d4a72c}
      tr.status-warning{background:#fffdf0}
      tr.status-failed td:first-child{box-shadow:inset 4px 0 var(--fail)}
      tr.status-failed{background:#fff6f5}
      header{border-bottom:1px solid var(--line);padding-bottom:10px}
      .verdict{font-size:14px;vertical-align:middle;margin-left:8px;padding:2px 10px}
      .verdict-detail{margin:2px 0 8px}
      dl.facts{display:grid;grid-template-columns:max-content 1fr max-content 1fr;gap:2px 14px;margin:6px 0}
      dl.facts dt{color:var(--muted)} dl.facts dd{margin:0}
      nav{margin-top:8px;font-size:13px} nav a{margin-right:12px}
      .dur{display:inline-block;width:80px;height:8px;background:var(--soft);border-radius:4px;\
      margin-left:6px;vertical-align:middle;overflow:hidden}
      .dur span{display:block;height:8px;background:var(--bar)}
      .not-built,.unreadable,.empty{padding:8px 12px;border-radius:6px;margin:6px 0}
      .not-built{background:var(--soft);color:var(--muted);border:1px dashed var(--line)}
      .unreadable{background:var(--fail-bg);color:var(--fail)}
      .empty{color:var(--muted);padding-left:0}
      figure{margin:12px 0 22px} figcaption{font-weight:600;margin-bottom:2px}
      figcaption .muted{font-weight:400;font-size:12px}
      .note{font-size:12px;color:var(--muted);margin:2px 0}
      svg.chart{width:100%;height:auto;display:block}
      svg .bar{fill:var(--bar)} svg .bar:hover{fill:#1f4f80}
      svg .grid{stroke:#eaeef2} svg .axis{stroke:#8c959f}
      svg text{font-size:11px;fill:#57606a} svg .value{fill:#1f2328}
      svg .sublabel{font-weight:600}
      footer{margin-top:32px;font-size:12px;color:var(--muted)}
      """;

  static StringBuilder open(String title, String... metas) {
    StringBuilder b = new StringBuilder(32 * 1024);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<meta name=\"generator\" content=\"tix-master\"/>\n");
    for (int i = 0; i + 1 < metas.length; i += 2) {
      b.append("<meta name=\"")
          .append(Html.escape(metas[i]))
          .append("\" content=\"")
          .append(Html.text(metas[i + 1]))
          .append("\"/>\n");
    }
    b.append("<title>")
        .append(Html.text(title))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    return b;
  }

  static String close() {
    return "<footer>Written by tix-master from the lake's tables. Self-contained: no scripts, no"
        + " external resources.</footer>\n"
        + "</body>\n"
        + "</html>\n";
  }

  /** The badge class of a stage, audit or verdict status. */
  static String badge(String status) {
    if (status == null) {
      return "b-muted";
    }
    return switch (status) {
      case "SUCCEEDED", "PASSED", "OK", "ok" -> "b-ok";
      case "WARNING", "warn" -> "b-warn";
      case "FAILED", "BLOCKED", "fail" -> "b-fail";
      default -> "b-muted";
    };
  }
}
