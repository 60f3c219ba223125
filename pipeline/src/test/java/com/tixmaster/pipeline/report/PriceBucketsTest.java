package com.tixmaster.pipeline.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import com.tixmaster.pipeline.report.RunData.Bucket;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class PriceBucketsTest {
  @Test
  public void niceNumbers() {
    assertThat(PriceBuckets.nice(12.5), is(20.0));
    assertThat(PriceBuckets.nice(20), is(20.0));
    assertThat(PriceBuckets.nice(21), is(25.0));
    assertThat(PriceBuckets.nice(0.3), closeTo(0.5, 1e-12));
    assertThat(PriceBuckets.nice(700), is(1000.0));
  }

  @Test
  public void bucketsCoverTheBulkAndTheTailGoesToAnOpenBucket() {
    List<Double> prices = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      prices.add(10.0 + i * 2); // 10 .. 208
    }
    prices.add(5000.0);
    List<Bucket> buckets = PriceBuckets.of(prices);
    assertThat(buckets.get(0).from(), is(0.0));
    assertThat(buckets.size(), lessThanOrEqualTo(PriceBuckets.TARGET_BUCKETS + 2));
    Bucket last = buckets.get(buckets.size() - 1);
    assertThat(last.to(), nullValue());
    assertThat(last.count(), is(1L));
    assertThat(buckets.stream().mapToLong(Bucket::count).sum(), is(101L));
    for (int i = 1; i < buckets.size(); i++) {
      assertThat(buckets.get(i).from(), is(buckets.get(i - 1).to()));
    }
  }

  @Test
  public void edgeCases() {
    assertThat(PriceBuckets.of(List.of()), empty());
    List<Bucket> zeros = PriceBuckets.of(List.of(0.0, 0.0));
    assertThat(zeros.size(), is(1));
    assertThat(zeros.get(0).count(), is(2L));
    List<Bucket> one = PriceBuckets.of(List.of(40.0));
    assertThat(one.stream().mapToLong(Bucket::count).sum(), is(1L));
    assertThat(one.get(one.size() - 1).to() == null, is(false));
  }
}
