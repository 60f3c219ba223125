package com.tixmaster.transforms.io;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

import java.util.List;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.junit.Rule;
import org.junit.Test;

/** Tagged outputs come back as the same outputs, each with its own values and coder. */
public class TaggedOutputsTest {
  private static final TupleTag<String> WORDS = new TupleTag<String>("words") {};
  private static final TupleTag<Long> NUMBERS = new TupleTag<Long>("numbers") {};
  private static final TupleTag<String> NONE = new TupleTag<String>("none") {};

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  @Test
  public void everyValueReachesItsOwnOutputOnlyAndAnUnusedOutputIsEmpty() {
    TaggedOutputs outputs = TaggedOutputs.of(pipeline, List.of(WORDS, NUMBERS, NONE));
    PCollectionTuple split =
        outputs.split(
            pipeline.apply(
                Create.of(
                        outputs.encode(WORDS, "a"),
                        outputs.encode(NUMBERS, 1L),
                        outputs.encode(WORDS, "b"),
                        outputs.encode(NUMBERS, 2L))
                    .withCoder(KvCoder.of(VarIntCoder.of(), ByteArrayCoder.of()))));
    PAssert.that(split.get(WORDS)).containsInAnyOrder("a", "b");
    PAssert.that(split.get(NUMBERS)).containsInAnyOrder(1L, 2L);
    PAssert.that(split.get(NONE)).empty();
    assertThat(split.get(WORDS).getCoder(), is(StringUtf8Coder.of()));
    assertThat(split.get(NUMBERS).getCoder(), is(VarLongCoder.of()));
    pipeline.run();
  }

  @Test
  public void aTagThatIsNotAnOutputIsRefused() {
    TaggedOutputs outputs = TaggedOutputs.of(pipeline, List.of(WORDS));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> outputs.encode(NONE, "x"));
    assertThat(e.getMessage(), containsString("none"));
    KV<Integer, byte[]> encoded = outputs.encode(WORDS, "x");
    assertThat(encoded.getKey(), is(0));
  }

  @Test
  public void onlyTheDriversChoiceTurnsThemOn() {
    DistributedGraphOptions options =
        PipelineOptionsFactory.create().as(DistributedGraphOptions.class);
    assertThat(TaggedOutputs.wanted(options), is(false));
    options.setTaggedOutputs(true);
    assertThat(TaggedOutputs.wanted(options), is(true));
  }
}
