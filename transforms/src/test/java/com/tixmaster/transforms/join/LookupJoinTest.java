package com.tixmaster.transforms.join;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.tixmaster.transforms.io.DistributedGraphOptions;
import com.tixmaster.transforms.io.GraphSteps;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * A lookup join gives every item exactly once: with the smallest value of its key, or through the
 * fallback when it has no key or the table lacks it; with Beam's plain graph and with Spark's
 * (groupings through encoded buckets).
 */
@RunWith(Parameterized.class)
public class LookupJoinTest {
  @Parameterized.Parameters(name = "{0}")
  public static List<Object[]> graphs() {
    return List.of(new Object[] {"plain"}, new Object[] {"spark"});
  }

  @Rule public final transient TestPipeline pipeline;
  private final boolean spark;

  public LookupJoinTest(String graph) {
    spark = graph.equals("spark");
    DistributedGraphOptions options =
        PipelineOptionsFactory.create().as(DistributedGraphOptions.class);
    if (spark) {
      options.setEncodedGroupingBuckets(5);
    }
    pipeline = TestPipeline.fromOptions(options);
  }

  /** Items are "id:key" strings; an empty key is no key. */
  private static String keyOf(String item) {
    String key = item.substring(item.indexOf(':') + 1);
    return key.isEmpty() ? null : key;
  }

  @Test
  public void everyItemComesOutOnceWithTheSmallestValueOrTheFallback() {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      items.add("i" + i + ":" + (i % 4 == 3 ? "" : "k" + (i % 4)));
    }
    items.add("lonely:k9");
    PCollection<String> in = pipeline.apply("Items", Create.of(items));
    PCollection<KV<String, Long>> table =
        pipeline.apply(
            "Table",
            Create.of(KV.of("k0", 7L), KV.of("k0", 3L), KV.of("k1", 10L), KV.of("k2", 20L))
                .withCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())));
    PCollection<String> joined =
        LookupJoin.<String, String, Long>of(
                LookupJoinTest::keyOf, Long::compare, (item, value) -> item + "=" + value)
            .otherwise(item -> item + "=none")
            .countingMisses("test", "misses")
            .join("ResolveKeys", in, table);

    List<String> expected = new ArrayList<>();
    long[] values = {3L, 10L, 20L};
    for (int i = 0; i < 40; i++) {
      expected.add(
          i % 4 == 3 ? "i" + i + ":=none" : "i" + i + ":k" + (i % 4) + "=" + values[i % 4]);
    }
    expected.add("lonely:k9=none");
    PAssert.that(joined).containsInAnyOrder(expected);

    assertThat(GraphSteps.has(pipeline, "EncodeIntoBuckets"), is(spark));
    MetricQueryResults metrics =
        pipeline
            .run()
            .metrics()
            .queryMetrics(
                MetricsFilter.builder()
                    .addNameFilter(MetricNameFilter.named("test", "misses"))
                    .build());
    // only a key the table lacks is a miss, not an item without a key
    assertThat(metrics.getCounters().iterator().next().getAttempted(), is(1L));
  }

  @Test
  public void noItemsGiveNothing() {
    PCollection<String> none = pipeline.apply("Items", Create.empty(StringUtf8Coder.of()));
    PCollection<KV<String, Long>> table =
        pipeline.apply(
            "Table",
            Create.of(KV.of("k0", 7L))
                .withCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())));
    PAssert.that(
            LookupJoin.<String, String, Long>of(
                    LookupJoinTest::keyOf, Long::compare, (item, value) -> item + "=" + value)
                .join("ResolveKeys", none, table))
        .empty();
    pipeline.run();
  }
}
