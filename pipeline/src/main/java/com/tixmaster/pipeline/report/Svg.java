package com.tixmaster.pipeline.report;

import java.util.List;

/**
 * Hand-written inline SVG charts: no scripts, no fonts, no styles beyond the page's own. Every bar
 * is a {@code <rect class="bar">} with a {@code <title>} tooltip, so a reader can hover for exact
 * numbers and tests can count bars.
 */
final class Svg {
  static final int WIDTH = 1000;

  private Svg() {}

  /** One bar: its axis label (may be empty), value and tooltip. */
  record Bar(String label, String subLabel, long value, String tooltip) {}

  /**
   * Vertical bars over a value axis from 0. Labels are shown every {@code labelEvery} bars (sub
   * labels, such as the year under a month, whenever they are non-empty).
   */
  static String verticalBars(
      String id, String ariaLabel, List<Bar> bars, int labelEvery, boolean touching) {
    int height = 280;
    int left = 56;
    int right = 12;
    int top = 16;
    int bottom = 48;
    double plotW = WIDTH - left - right;
    double plotH = height - top - bottom;
    long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
    long[] ticks = ticks(max);
    double yMax = ticks[ticks.length - 1];
    StringBuilder s = open(id, ariaLabel, height);
    for (long t : ticks) {
      double y = top + plotH - plotH * t / yMax;
      s.append("<line class=\"grid\" x1=\"")
          .append(left)
          .append("\" x2=\"")
          .append(WIDTH - right)
          .append("\" y1=\"")
          .append(Html.num(y))
          .append("\" y2=\"")
          .append(Html.num(y))
          .append("\"/>");
      s.append("<text class=\"tick\" x=\"")
          .append(left - 6)
          .append("\" y=\"")
          .append(Html.num(y + 4))
          .append("\" text-anchor=\"end\">")
          .append(Html.count(t))
          .append("</text>");
    }
    double slot = bars.isEmpty() ? plotW : plotW / bars.size();
    double gap = touching ? Math.min(2, slot * 0.1) : slot * 0.2;
    boolean valueLabels = bars.size() <= 24;
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double h = plotH * bar.value() / yMax;
      double x = left + i * slot + gap / 2;
      double y = top + plotH - h;
      s.append("<rect class=\"bar\" x=\"")
          .append(Html.num(x))
          .append("\" y=\"")
          .append(Html.num(y))
          .append("\" width=\"")
          .append(Html.num(Math.max(1, slot - gap)))
          .append("\" height=\"")
          .append(Html.num(h))
          .append("\"><title>")
          .append(Html.text(bar.tooltip()))
          .append("</title></rect>");
      double cx = left + i * slot + slot / 2;
      if (valueLabels && bar.value() > 0) {
        s.append("<text class=\"value\" x=\"")
            .append(Html.num(cx))
            .append("\" y=\"")
            .append(Html.num(y - 4))
            .append("\" text-anchor=\"middle\">")
            .append(Html.count(bar.value()))
            .append("</text>");
      }
      if (i % labelEvery == 0 && bar.label() != null && !bar.label().isEmpty()) {
        s.append("<text class=\"label\" x=\"")
            .append(Html.num(cx))
            .append("\" y=\"")
            .append(top + plotH + 16)
            .append("\" text-anchor=\"middle\">")
            .append(Html.text(bar.label()))
            .append("</text>");
      }
      if (bar.subLabel() != null && !bar.subLabel().isEmpty()) {
        s.append("<text class=\"sublabel\" x=\"")
            .append(Html.num(cx))
            .append("\" y=\"")
            .append(top + plotH + 32)
            .append("\" text-anchor=\"middle\">")
            .append(Html.text(bar.subLabel()))
            .append("</text>");
      }
    }
    s.append("<line class=\"axis\" x1=\"")
        .append(left)
        .append("\" x2=\"")
        .append(WIDTH - right)
        .append("\" y1=\"")
        .append(Html.num(top + plotH))
        .append("\" y2=\"")
        .append(Html.num(top + plotH))
        .append("\"/>");
    return s.append("</svg>").toString();
  }

  /** Horizontal bars, one row per item, labels on the left and values after the bar. */
  static String horizontalBars(String id, String ariaLabel, List<Bar> bars) {
    int row = 26;
    int top = 8;
    int labelW = 220;
    int valueW = 90;
    int height = top * 2 + row * Math.max(1, bars.size());
    double plotW = WIDTH - labelW - valueW;
    long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
    StringBuilder s = open(id, ariaLabel, height);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = top + i * row;
      double w = max == 0 ? 0 : plotW * bar.value() / max;
      s.append("<text class=\"label\" x=\"")
          .append(labelW - 8)
          .append("\" y=\"")
          .append(Html.num(y + row / 2.0 + 4))
          .append("\" text-anchor=\"end\">")
          .append(Html.text(Html.cut(bar.label(), 32)))
          .append("</text>");
      s.append("<rect class=\"bar\" x=\"")
          .append(labelW)
          .append("\" y=\"")
          .append(Html.num(y + 4))
          .append("\" width=\"")
          .append(Html.num(Math.max(w, bar.value() > 0 ? 1 : 0)))
          .append("\" height=\"")
          .append(row - 8)
          .append("\"><title>")
          .append(Html.text(bar.tooltip()))
          .append("</title></rect>");
      s.append("<text class=\"value\" x=\"")
          .append(Html.num(labelW + w + 6))
          .append("\" y=\"")
          .append(Html.num(y + row / 2.0 + 4))
          .append("\">")
          .append(Html.count(bar.value()))
          .append("</text>");
    }
    return s.append("</svg>").toString();
  }

  private static StringBuilder open(String id, String ariaLabel, int height) {
    return new StringBuilder(4096)
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"")
        .append(Html.escape(id))
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"")
        .append(Html.text(ariaLabel))
        .append("\">");
  }

  /** Axis ticks from 0 to a nice maximum at or above {@code max}: 0 plus 4 or 5 steps. */
  static long[] ticks(long max) {
    if (max <= 0) {
      return new long[] {0, 1};
    }
    long step = Math.max(1, (long) Math.ceil(PriceBuckets.nice(max / 4.0)));
    int n = (int) Math.ceil((double) max / step);
    long[] ticks = new long[n + 1];
    for (int i = 0; i <= n; i++) {
      ticks[i] = i * step;
    }
    return ticks;
  }
}
