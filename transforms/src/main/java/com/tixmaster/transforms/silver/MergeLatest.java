package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.silver.AccountingRow;
import com.tixmaster.schemas.silver.SilverLineage;
import com.tixmaster.transforms.io.Buckets;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableComparator;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Dedup and merge in one shuffle: for each natural key, the current row (input 0) and this run's
 * observations (input 1) are grouped, and the winner by {@link ObservationOrder} is the key's new
 * row. Outputs, in a {@link PCollectionTuple}:
 *
 * <ul>
 *   <li>{@link #mergedTag()}: the new state, one row per key;
 *   <li>{@link #WINNERS}: key → {@link #CURRENT_WON} or {@code NEW:<lineage key>}, which the
 *       children ({@link KeepWinningChildren}) follow;
 *   <li>{@link SilverTags#ACCOUNTING}: partial accounting rows (inserted / updated / unchanged,
 *       superseded, observations_in, rows_out), summed per bundle.
 * </ul>
 */
public final class MergeLatest<T extends SilverLineage>
    extends PTransform<PCollectionList<T>, PCollectionTuple> {
  private static final long serialVersionUID = 1L;

  public static final TupleTag<KV<String, String>> WINNERS =
      new TupleTag<KV<String, String>>("winners") {};

  /** The winner ref of a key whose current row was kept. */
  public static final String CURRENT_WON = "CURRENT";

  /** The prefix of the winner ref of a key won by a new observation. */
  public static final String NEW_WON_PREFIX = "NEW:";

  private final SilverConfig config;
  private final String entity;
  private final SerializableFunction<T, String> key;
  private final @Nullable SerializableComparator<T> preference;
  private final TupleTag<T> mergedTag = new TupleTag<>("merged");

  private MergeLatest(
      SilverConfig config,
      String entity,
      SerializableFunction<T, String> key,
      @Nullable SerializableComparator<T> preference) {
    this.config = config;
    this.entity = entity;
    this.key = key;
    this.preference = preference;
  }

  /** Merges {@code entity} rows keyed by {@code key}, newest observation first. */
  public static <T extends SilverLineage> MergeLatest<T> of(
      SilverConfig config, String entity, SerializableFunction<T, String> key) {
    return new MergeLatest<>(config, entity, key, null);
  }

  /** The same, with {@code preference} deciding before recency (e.g. named markets first). */
  public MergeLatest<T> preferring(SerializableComparator<T> preference) {
    return new MergeLatest<>(config, entity, key, preference);
  }

  /** The tag of the new state in the output tuple. */
  public TupleTag<T> mergedTag() {
    return mergedTag;
  }

  /** Shortcut: {@code [current, observations]} merged; returns the output tuple. */
  public PCollectionTuple apply(String name, PCollection<T> current, PCollection<T> observations) {
    return PCollectionList.of(current).and(observations).apply(name, this);
  }

  @Override
  public PCollectionTuple expand(PCollectionList<T> input) {
    if (input.size() != 2) {
      throw new IllegalArgumentException("MergeLatest takes [current, observations]");
    }
    PCollection<T> current = input.get(0);
    Coder<T> coder = current.getCoder();
    KvCoder<String, T> kvCoder = KvCoder.of(StringUtf8Coder.of(), coder);
    TupleTag<T> currentTag = new TupleTag<>("current");
    TupleTag<T> observedTag = new TupleTag<>("observed");

    PCollection<KV<String, T>> keyedCurrent =
        current.apply("KeyCurrentRows", ParDo.of(new KeyByFn<>(key))).setCoder(kvCoder);
    PCollection<KV<String, T>> keyedObserved =
        input.get(1).apply("KeyObservations", ParDo.of(new KeyByFn<>(key))).setCoder(kvCoder);
    PCollectionTuple picked =
        KeyedPCollectionTuple.of(currentTag, keyedCurrent)
            .and(observedTag, keyedObserved)
            .apply("GroupByNaturalKey", Buckets.coGroupByKey())
            .apply(
                "PickNewest",
                ParDo.of(
                        new PickNewestFn<>(
                            config.runId(), entity, currentTag, observedTag, mergedTag, preference))
                    .withOutputTags(
                        mergedTag, TupleTagList.of(WINNERS).and(SilverTags.ACCOUNTING)));
    picked.get(mergedTag).setCoder(coder);
    picked.get(WINNERS).setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    picked
        .get(SilverTags.ACCOUNTING)
        .setCoder(SilverCoders.of(input.getPipeline(), AccountingRow.class));
    return picked;
  }

  /** Keys a row by its natural key. */
  static final class KeyByFn<T> extends DoFn<T, KV<String, T>> {
    private static final long serialVersionUID = 1L;
    private final SerializableFunction<T, String> key;

    KeyByFn(SerializableFunction<T, String> key) {
      this.key = key;
    }

    @ProcessElement
    public void processElement(@Element T row, OutputReceiver<KV<String, T>> out) {
      out.output(KV.of(key.apply(row), row));
    }
  }

  /** Picks each key's winner and tallies the outcome. */
  static final class PickNewestFn<T extends SilverLineage>
      extends DoFn<KV<String, CoGbkResult>, T> {
    private static final long serialVersionUID = 1L;
    private final String runId;
    private final String entity;
    private final TupleTag<T> currentTag;
    private final TupleTag<T> observedTag;
    private final TupleTag<T> mergedTag;
    private final @Nullable SerializableComparator<T> preference;
    private transient @Nullable AccountingRow tallies;

    PickNewestFn(
        String runId,
        String entity,
        TupleTag<T> currentTag,
        TupleTag<T> observedTag,
        TupleTag<T> mergedTag,
        @Nullable SerializableComparator<T> preference) {
      this.runId = runId;
      this.entity = entity;
      this.currentTag = currentTag;
      this.observedTag = observedTag;
      this.mergedTag = mergedTag;
      this.preference = preference;
    }

    @ProcessElement
    public void processElement(@Element KV<String, CoGbkResult> group, MultiOutputReceiver out) {
      List<T> current = new ArrayList<>();
      group.getValue().getAll(currentTag).forEach(current::add);
      List<T> observed = new ArrayList<>();
      group.getValue().getAll(observedTag).forEach(observed::add);

      T best = null;
      boolean bestIsCurrent = false;
      for (T row : current) {
        if (best == null
            || ObservationOrder.compare(row, true, best, bestIsCurrent, preference) < 0) {
          best = row;
          bestIsCurrent = true;
        }
      }
      for (T row : observed) {
        if (best == null
            || ObservationOrder.compare(row, false, best, bestIsCurrent, preference) < 0) {
          best = row;
          bestIsCurrent = false;
        }
      }
      if (best == null) {
        return;
      }
      out.get(mergedTag).output(best);
      out.get(WINNERS)
          .output(
              KV.of(
                  group.getKey(),
                  bestIsCurrent
                      ? CURRENT_WON
                      : NEW_WON_PREFIX + ObservationOrder.lineageKey(best)));

      // Every observation but the winner is superseded, and so is every current row but a
      // kept one; hence observations_in = inserted + superseded for each key.
      long nCurrent = current.size();
      long nObserved = observed.size();
      AccountingRow.Builder tally =
          Tallies.zero(runId, entity).setRowsOut(1).setObservationsIn(nObserved);
      if (nCurrent == 0) {
        tally.setInserted(1).setSuperseded(nObserved - 1);
      } else if (bestIsCurrent) {
        tally.setUnchanged(1).setSuperseded(nObserved + nCurrent - 1);
      } else {
        tally.setUpdated(1).setSuperseded(nObserved - 1 + nCurrent);
      }
      AccountingRow row = tally.build();
      tallies = tallies == null ? row : Tallies.sum(tallies, row);
    }

    @StartBundle
    public void startBundle() {
      tallies = null;
    }

    /** One accounting row per bundle: the sum of its keys' tallies. */
    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      if (tallies != null) {
        context.output(
            SilverTags.ACCOUNTING,
            tallies,
            GlobalWindow.INSTANCE.maxTimestamp(),
            GlobalWindow.INSTANCE);
      }
      tallies = null;
    }
  }
}
