/**
 * The run report: a self-contained HTML page per run under {@code <lakehouse>/_reports/}, written
 * from the lake's tables by {@link com.tixmaster.pipeline.report.HtmlReport}, and an index of all
 * runs. Charts are hand-written inline SVG; the pages have no scripts and load nothing.
 */
package com.tixmaster.pipeline.report;
