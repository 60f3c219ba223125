package com.tixmaster.transforms.io;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;

/**
 * Encoded chunks hold each element once, in its key's bucket, and a full buffer is emitted as a
 * chunk of its own before the bundle ends.
 */
public class EncodedChunksTest {
  private static final KvCoder<String, Integer> CODER =
      KvCoder.of(StringUtf8Coder.of(), VarIntCoder.of());

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private static List<KV<String, Integer>> elements(int n) {
    List<KV<String, Integer>> elements = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      elements.add(KV.of("key-" + (i % 40), i));
    }
    return elements;
  }

  @Test
  public void everyElementComesBackOnceFromItsKeysBucketInSmallChunks() {
    int buckets = 4;
    List<KV<String, Integer>> input = elements(2_000);
    // 64-byte chunks: every bucket's buffer fills many times within one bundle
    PCollection<KV<Integer, byte[]>> chunks =
        pipeline
            .apply(Create.of(input).withCoder(CODER))
            .apply(ParDo.of(new EncodedChunks.EncodeFn<String, Integer>(CODER, buckets, 64)))
            .setCoder(KvCoder.of(VarIntCoder.of(), ByteArrayCoder.of()));
    PAssert.that(chunks)
        .satisfies(
            all -> {
              EncodedChunks.Reader<String, Integer> reader = new EncodedChunks.Reader<>(CODER);
              List<KV<String, Integer>> decoded = new ArrayList<>();
              int count = 0;
              for (KV<Integer, byte[]> chunk : all) {
                count++;
                for (KV<String, Integer> element : reader.elements(chunk.getValue())) {
                  assertThat(
                      Buckets.bucketOf(StringUtf8Coder.of(), element.getKey(), buckets),
                      is(chunk.getKey()));
                  decoded.add(element);
                }
              }
              assertThat(decoded, containsInAnyOrder(input.toArray()));
              assertThat(count, greaterThan(2_000 * 8 / 64 / 2));
              return null;
            });
    pipeline.run();
  }

  @Test
  public void anEmptyBundleEmitsNoChunks() {
    PCollection<KV<Integer, byte[]>> chunks =
        pipeline
            .apply(Create.empty(CODER))
            .apply(ParDo.of(new EncodedChunks.EncodeFn<String, Integer>(CODER, 4, 64)))
            .setCoder(KvCoder.of(VarIntCoder.of(), ByteArrayCoder.of()));
    PAssert.that(chunks).empty();
    pipeline.run();
  }

  @Test
  public void anEmptyChunkHasNoElements() {
    List<KV<String, Integer>> none = new ArrayList<>();
    new EncodedChunks.Reader<>(CODER).elements(new byte[0]).forEach(none::add);
    assertThat(none, is(empty()));
  }
}
