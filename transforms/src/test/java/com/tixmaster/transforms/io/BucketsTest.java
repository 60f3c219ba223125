package com.tixmaster.transforms.io;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.sameInstance;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.CrashingRunner;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * The bucketed groupings give Beam's groups (several bundles per bucket, more keys than buckets),
 * with chunks passed by reference (the DirectRunner's choice) and encoded (Spark's); chunks by
 * reference travel only within the JVM that made them.
 */
@RunWith(Parameterized.class)
public class BucketsTest {
  private static final int KEYS = 50;
  private static final int PER_KEY = 7;

  @Parameterized.Parameters(name = "{0}")
  public static List<Object[]> modes() {
    return List.of(new Object[] {"by reference"}, new Object[] {"encoded"});
  }

  private final boolean encoded;

  @Rule public final transient TestPipeline pipeline;

  public BucketsTest(String mode) {
    this.encoded = mode.equals("encoded");
    this.pipeline = TestPipeline.fromOptions(encoded ? threeEncodedBuckets() : threeBuckets());
  }

  private static InMemoryGroupingOptions threeBuckets() {
    InMemoryGroupingOptions options =
        PipelineOptionsFactory.create().as(InMemoryGroupingOptions.class);
    options.setInMemoryGroupingBuckets(3);
    return options;
  }

  private static DistributedGraphOptions threeEncodedBuckets() {
    DistributedGraphOptions options =
        PipelineOptionsFactory.create().as(DistributedGraphOptions.class);
    options.setEncodedGroupingBuckets(3);
    return options;
  }

  /** The grouping went through this mode's buckets, not Beam's per-key primitive. */
  private void assertBucketed() {
    String step = encoded ? "EncodeIntoBuckets" : "AssignBuckets";
    assertThat(GraphSteps.of(pipeline), hasItem(containsString(step)));
    assertThat(
        GraphSteps.of(pipeline),
        not(hasItem(containsString(encoded ? "AssignBuckets" : "Encode"))));
  }

  /** key-i values 0..6, as several Creates so that each bucket receives several bundles. */
  private PCollection<KV<String, Integer>> keyed(String name) {
    PCollectionList<KV<String, Integer>> parts = PCollectionList.empty(pipeline);
    for (int part = 0; part < PER_KEY; part++) {
      List<KV<String, Integer>> elements = new ArrayList<>();
      for (int key = 0; key < KEYS; key++) {
        elements.add(KV.of("key-" + key, part));
      }
      parts = parts.and(pipeline.apply(name + part, Create.of(elements)));
    }
    return parts.apply(name + "Flatten", Flatten.pCollections());
  }

  private static List<String> expectedGroups(String suffix) {
    List<String> groups = new ArrayList<>();
    for (int key = 0; key < KEYS; key++) {
      groups.add("key-" + key + "=[0, 1, 2, 3, 4, 5, 6]" + suffix);
    }
    return groups;
  }

  private static String sorted(Iterable<Integer> values) {
    return StreamSupport.stream(values.spliterator(), false)
        .sorted()
        .collect(Collectors.toList())
        .toString();
  }

  @Test
  public void groupByKeyGivesEveryKeyWithAllItsValues() {
    PCollection<String> groups =
        keyed("In")
            .apply(Buckets.groupByKey())
            .apply(
                MapElements.into(TypeDescriptors.strings())
                    .via(g -> g.getKey() + "=" + sorted(g.getValue())));
    PAssert.that(groups).containsInAnyOrder(expectedGroups(""));
    assertBucketed();
    pipeline.run();
  }

  @Test
  public void coGroupByKeyKeepsEachTableApartAndKeysPresentInOneTableOnly() {
    TupleTag<Integer> left = new TupleTag<>("left");
    TupleTag<Integer> right = new TupleTag<>("right");
    PCollection<KV<String, Integer>> onlyRight =
        pipeline.apply("OnlyRight", Create.of(KV.of("lonely", 42)));
    PCollection<KV<String, Integer>> rights =
        PCollectionList.of(keyed("Right")).and(onlyRight).apply("Rights", Flatten.pCollections());
    PCollection<String> joined =
        KeyedPCollectionTuple.of(left, keyed("Left"))
            .and(right, rights)
            .apply(Buckets.coGroupByKey())
            .apply(
                MapElements.into(TypeDescriptors.strings())
                    .via(
                        (KV<String, CoGbkResult> g) ->
                            g.getKey()
                                + "="
                                + sorted(g.getValue().getAll(left))
                                + sorted(g.getValue().getAll(right))));
    List<String> expected = expectedGroups("[0, 1, 2, 3, 4, 5, 6]");
    expected.add("lonely=[][42]");
    PAssert.that(joined).containsInAnyOrder(expected);
    assertBucketed();
    pipeline.run();
  }

  @Test
  public void distinctKeepsOneOfEachElement() {
    PCollection<String> keys =
        keyed("In").apply(MapElements.into(TypeDescriptors.strings()).via(KV::getKey));
    List<String> expected = new ArrayList<>();
    for (int key = 0; key < KEYS; key++) {
      expected.add("key-" + key);
    }
    PAssert.that(keys.apply(Buckets.distinct())).containsInAnyOrder(expected);
    assertBucketed();
    pipeline.run();
  }

  @Test
  public void combinePerKeyCombinesEveryValueOfAKeyOnce() {
    PCollection<KV<String, Integer>> sums =
        keyed("In").apply(Buckets.combinePerKey(Sum.ofIntegers()));
    List<KV<String, Integer>> expected = new ArrayList<>();
    for (int key = 0; key < KEYS; key++) {
      expected.add(KV.of("key-" + key, 21));
    }
    PAssert.that(sums).containsInAnyOrder(expected);
    assertBucketed();
    pipeline.run();
  }

  @Test
  public void anEmptyInputGivesNoGroups() {
    PCollection<KV<String, Integer>> none =
        pipeline.apply(Create.empty(KvCoder.of(StringUtf8Coder.of(), VarIntCoder.of())));
    PAssert.that(none.apply(Buckets.groupByKey())).empty();
    assertBucketed();
    pipeline.run();
  }

  @Test
  public void bucketsAreWhatTheDriverChoseAndNoneByDefault() {
    assertThat(Buckets.bucketsFor(threeBuckets()), is(3));
    assertThat(Buckets.bucketsFor(PipelineOptionsFactory.create()), is(0));
    assertThat(Buckets.modeFor(PipelineOptionsFactory.create()).buckets, is(0));
    Buckets.Mode mode = Buckets.modeFor(threeEncodedBuckets());
    assertThat(mode.buckets, is(3));
    assertThat(mode.encoded, is(true));
    assertThat(Buckets.bucketsFor(threeEncodedBuckets()), is(0));
  }

  @Test
  public void encodedBucketsAreForAnyRunner() {
    DistributedGraphOptions other = threeEncodedBuckets();
    other.setRunner(CrashingRunner.class);
    assertThat(Buckets.modeFor(other).buckets, is(3));
  }

  @Test
  public void inMemoryGroupingIsRefusedOnAnyOtherRunner() {
    InMemoryGroupingOptions other = threeBuckets();
    other.setRunner(CrashingRunner.class);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Buckets.bucketsFor(other));
    assertThat(e.getMessage(), containsString("DirectRunner only"));
    other.setInMemoryGroupingBuckets(0);
    assertThat(Buckets.bucketsFor(other), is(0));
  }

  @Test
  public void aChunkDecodesToItselfWhileItIsReachable() throws CoderException {
    LocalChunk chunk = LocalChunk.of(List.of(KV.of("k", 1)));
    byte[] handle = CoderUtils.encodeToByteArray(LocalChunk.CODER, chunk);
    assertThat(CoderUtils.decodeFromByteArray(LocalChunk.CODER, handle), is(sameInstance(chunk)));
  }

  @Test
  public void aHandleFromElsewhereFailsLoudly() {
    byte[] unknown = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f};
    CoderException e =
        assertThrows(
            CoderException.class, () -> CoderUtils.decodeFromByteArray(LocalChunk.CODER, unknown));
    assertThat(e.getMessage(), containsString("not in this JVM"));
  }

  @Test
  public void collectedChunksAreForgotten() throws InterruptedException {
    int before = LocalChunk.live();
    for (int i = 0; i < 1000; i++) {
      LocalChunk.of(List.of(KV.of("k", i)));
    }
    for (int attempt = 0; attempt < 50 && LocalChunk.live() > before + 10; attempt++) {
      System.gc();
      Thread.sleep(20);
    }
    assertThat(LocalChunk.live() <= before + 10, is(true));
  }

  @Test
  public void theHandleOfACollectedChunkFailsLoudly() throws Exception {
    LocalChunk chunk = LocalChunk.of(List.of(KV.of("gone", 1)));
    byte[] handle = CoderUtils.encodeToByteArray(LocalChunk.CODER, chunk);
    java.lang.ref.WeakReference<LocalChunk> watch = new java.lang.ref.WeakReference<>(chunk);
    chunk = null;
    for (int attempt = 0; attempt < 100 && watch.get() != null; attempt++) {
      System.gc();
      Thread.sleep(10);
    }
    org.junit.Assume.assumeTrue("the JVM did not collect the chunk", watch.get() == null);
    CoderException e =
        assertThrows(
            CoderException.class, () -> CoderUtils.decodeFromByteArray(LocalChunk.CODER, handle));
    assertThat(e.getMessage(), containsString("not in this JVM"));
  }
}
