package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.silver.SilverLineage;
import com.tixmaster.transforms.io.Buckets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Children follow their parent's winning observation. Grouped by parent key with the parent's
 * winner ref ({@link MergeLatest#WINNERS}): when the current parent row was kept, the current
 * children stay; when a new observation won, exactly the children parsed from that observation
 * (same lineage key) replace the old ones, even when there are none. A child whose parent is not in
 * the new state is dropped (it cannot happen with a consistent state). Within the selection, one
 * row per child key, chosen deterministically.
 *
 * <p>Input: a {@link PCollectionTuple} with {@link #currentTag()} (current children), {@link
 * #observedTag()} (this run's children) and {@link MergeLatest#WINNERS}; see {@link #input}.
 */
public final class KeepWinningChildren<C extends SilverLineage>
    extends PTransform<PCollectionTuple, PCollection<C>> {
  private static final long serialVersionUID = 1L;

  private final SerializableFunction<C, String> parentKey;
  private final SerializableFunction<C, String> childKey;
  private final TupleTag<C> currentTag = new TupleTag<>("current_children");
  private final TupleTag<C> observedTag = new TupleTag<>("observed_children");

  private KeepWinningChildren(
      SerializableFunction<C, String> parentKey, SerializableFunction<C, String> childKey) {
    this.parentKey = parentKey;
    this.childKey = childKey;
  }

  /**
   * Children keyed to their parent by {@code parentKey}, unique within a parent by {@code
   * childKey}.
   */
  public static <C extends SilverLineage> KeepWinningChildren<C> of(
      SerializableFunction<C, String> parentKey, SerializableFunction<C, String> childKey) {
    return new KeepWinningChildren<>(parentKey, childKey);
  }

  public TupleTag<C> currentTag() {
    return currentTag;
  }

  public TupleTag<C> observedTag() {
    return observedTag;
  }

  /** Applies this transform to its three inputs. */
  public PCollection<C> apply(
      String name,
      PCollection<KV<String, String>> winners,
      PCollection<C> current,
      PCollection<C> observed) {
    return input(winners, current, observed).apply(name, this);
  }

  /** Builds the input tuple. */
  public PCollectionTuple input(
      PCollection<KV<String, String>> winners, PCollection<C> current, PCollection<C> observed) {
    return PCollectionTuple.of(MergeLatest.WINNERS, winners)
        .and(currentTag, current)
        .and(observedTag, observed);
  }

  @Override
  public PCollection<C> expand(PCollectionTuple input) {
    PCollection<C> current = input.get(currentTag);
    Coder<C> coder = current.getCoder();
    KvCoder<String, C> kvCoder = KvCoder.of(StringUtf8Coder.of(), coder);
    TupleTag<C> cur = new TupleTag<>("current");
    TupleTag<C> obs = new TupleTag<>("observed");
    TupleTag<String> win = new TupleTag<>("winner");

    PCollection<KV<String, C>> keyedCurrent =
        current
            .apply("KeyCurrentChildren", ParDo.of(new MergeLatest.KeyByFn<>(parentKey)))
            .setCoder(kvCoder);
    PCollection<KV<String, C>> keyedObserved =
        input
            .get(observedTag)
            .apply("KeyObservedChildren", ParDo.of(new MergeLatest.KeyByFn<>(parentKey)))
            .setCoder(kvCoder);
    return KeyedPCollectionTuple.of(win, input.get(MergeLatest.WINNERS))
        .and(cur, keyedCurrent)
        .and(obs, keyedObserved)
        .apply("GroupByParentKey", Buckets.coGroupByKey())
        .apply("SelectWinnersChildren", ParDo.of(new SelectChildrenFn<>(win, cur, obs, childKey)))
        .setCoder(coder);
  }

  /** Keeps the children of the parent's winning observation. */
  static final class SelectChildrenFn<C extends SilverLineage>
      extends DoFn<KV<String, CoGbkResult>, C> {
    private static final long serialVersionUID = 1L;
    private final TupleTag<String> win;
    private final TupleTag<C> cur;
    private final TupleTag<C> obs;
    private final SerializableFunction<C, String> childKey;

    SelectChildrenFn(
        TupleTag<String> win,
        TupleTag<C> cur,
        TupleTag<C> obs,
        SerializableFunction<C, String> childKey) {
      this.win = win;
      this.cur = cur;
      this.obs = obs;
      this.childKey = childKey;
    }

    @ProcessElement
    public void processElement(@Element KV<String, CoGbkResult> group, OutputReceiver<C> out) {
      String winner = null;
      for (String ref : group.getValue().getAll(win)) {
        winner = winner == null || ref.compareTo(winner) < 0 ? ref : winner;
      }
      if (winner == null) {
        return;
      }
      List<C> candidates = new ArrayList<>();
      if (MergeLatest.CURRENT_WON.equals(winner)) {
        group.getValue().getAll(cur).forEach(candidates::add);
      } else {
        String lineage = winner.substring(MergeLatest.NEW_WON_PREFIX.length());
        for (C child : group.getValue().getAll(obs)) {
          if (ObservationOrder.lineageKey(child).equals(lineage)) {
            candidates.add(child);
          }
        }
      }
      TreeMap<String, C> byKey = new TreeMap<>();
      for (C child : candidates) {
        byKey.merge(
            childKey.apply(child),
            child,
            (a, b) -> a.toString().compareTo(b.toString()) <= 0 ? a : b);
      }
      byKey.values().forEach(out::output);
    }
  }
}
