package com.tixmaster.transforms.gold;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.junit.Rule;
import org.junit.Test;

public class AssignSurrogateKeysTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  private PCollection<KV<String, String>> pending(String name, KV<String, String>... kvs) {
    return p.apply(
        name,
        Create.of(java.util.List.of(kvs))
            .withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
  }

  @Test
  @SuppressWarnings("unchecked")
  public void numbersInSortKeyOrderAboveTheHighestKey() {
    // existing keys 5, 3 and the unknown member -1: new keys start at 6, in sort-key order
    PCollectionView<Long> max =
        p.apply("Existing", Create.of(5L, -1L, 3L).withCoder(VarLongCoder.of()))
            .apply("Max", AssignSurrogateKeys.maxKey());
    PCollection<KV<Long, String>> keyed =
        pending("Pending", KV.of("b", "B"), KV.of("c", "C"), KV.of("a", "A"))
            .apply("Assign", AssignSurrogateKeys.after(max));

    // no existing keys (or only the unknown member): keys start at 1
    PCollectionView<Long> none =
        p.apply("OnlyUnknown", Create.of(-1L).withCoder(VarLongCoder.of()))
            .apply("MaxOfUnknown", AssignSurrogateKeys.maxKey());
    PCollection<KV<Long, String>> first =
        pending("FirstPending", KV.of("y", "Y"), KV.of("x", "X"))
            .apply("AssignFirst", AssignSurrogateKeys.after(none));

    PCollectionView<Long> emptyMax =
        p.apply("NoKeys", Create.empty(VarLongCoder.of()))
            .apply("MaxOfNothing", AssignSurrogateKeys.maxKey());
    PCollection<KV<Long, String>> nothing =
        pending("NothingPending").apply("AssignNothing", AssignSurrogateKeys.after(emptyMax));

    PAssert.that(keyed).containsInAnyOrder(KV.of(6L, "A"), KV.of(7L, "B"), KV.of(8L, "C"));
    PAssert.that(first).containsInAnyOrder(KV.of(1L, "X"), KV.of(2L, "Y"));
    PAssert.that(nothing).empty();
    p.run().waitUntilFinish();
  }
}
