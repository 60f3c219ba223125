package com.tixmaster.pipeline.report;

import com.tixmaster.pipeline.report.RunData.Bucket;
import java.util.ArrayList;
import java.util.List;

/**
 * Histogram buckets for ticket prices: equal "nice" widths (1, 2, 2.5 or 5 times a power of ten)
 * covering the 95th percentile in about eight buckets, and one open bucket for the long tail, so a
 * few 5,000-dollar VIP packages do not squash every other bar.
 */
final class PriceBuckets {
  static final int TARGET_BUCKETS = 8;
  private static final double[] NICE = {1, 2, 2.5, 5, 10};

  private PriceBuckets() {}

  static List<Bucket> of(List<Double> prices) {
    if (prices.isEmpty()) {
      return List.of();
    }
    double[] sorted = prices.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double max = sorted[sorted.length - 1];
    double p95 = sorted[(int) Math.floor(0.95 * (sorted.length - 1))];
    double top = p95 > 0 ? p95 : max;
    double step = top > 0 ? nice(top / TARGET_BUCKETS) : 1;
    int n = Math.max(1, (int) Math.ceil(top / step - 1e-9));
    if (n * step <= top) {
      n++; // the 95th percentile itself falls inside a closed bucket
    }
    long[] counts = new long[n + 1];
    for (double p : sorted) {
      int i = (int) Math.floor(p / step);
      counts[Math.min(Math.max(i, 0), n)]++;
    }
    List<Bucket> buckets = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      buckets.add(new Bucket(i * step, (i + 1) * step, counts[i]));
    }
    if (counts[n] > 0) {
      buckets.add(new Bucket(n * step, null, counts[n]));
    }
    return buckets;
  }

  /** The smallest nice number at least {@code x}. */
  static double nice(double x) {
    double power = Math.pow(10, Math.floor(Math.log10(x)));
    for (double m : NICE) {
      if (m * power >= x - 1e-12) {
        return m * power;
      }
    }
    return 10 * power;
  }
}
