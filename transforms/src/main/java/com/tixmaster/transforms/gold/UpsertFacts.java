package com.tixmaster.transforms.gold;

import com.tixmaster.schemas.gold.FactEvent;
import com.tixmaster.schemas.gold.GoldRejectedRow;
import com.tixmaster.transforms.io.Buckets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Upserts this run's facts into the previous fact_events by event_id and returns the complete new
 * table.
 *
 * <ul>
 *   <li>an event already in gold keeps its {@code event_sk}; its row is replaced by this run's
 *       version when any column differs (and then carries this run's {@code _run_id}), and is kept
 *       byte-identical otherwise;
 *   <li>a new event gets a new {@code event_sk} from {@link AssignSurrogateKeys}, in event_id
 *       order;
 *   <li>an event that is no longer in silver keeps its last row: facts are upserted, never deleted.
 * </ul>
 *
 * <p>Output: the table ({@link #FACTS}) and, rejected ({@link #REJECTED}, {@code duplicate_key}),
 * the extra rows of an event_id that the previous fact_events holds twice; the row with the lowest
 * {@code event_sk} is the one kept.
 */
public final class UpsertFacts extends PTransform<PCollectionTuple, PCollectionTuple> {
  /** This run's facts, with {@code event_sk} not yet assigned. */
  public static final TupleTag<FactEvent> NEW_FACTS = new TupleTag<FactEvent>("new_facts") {};

  /** The previous fact_events. */
  public static final TupleTag<FactEvent> EXISTING = new TupleTag<FactEvent>("existing") {};

  /** The complete new fact_events. */
  public static final TupleTag<FactEvent> FACTS = new TupleTag<FactEvent>("facts") {};

  public static final TupleTag<GoldRejectedRow> REJECTED =
      new TupleTag<GoldRejectedRow>("rejected") {};

  static final TupleTag<FactEvent> KEPT = new TupleTag<FactEvent>("kept") {};
  static final TupleTag<KV<String, FactEvent>> PENDING =
      new TupleTag<KV<String, FactEvent>>("pending") {};

  private final DeadLetters letters;

  public UpsertFacts(DeadLetters letters) {
    this.letters = letters;
  }

  public static PCollectionTuple inputs(
      PCollection<FactEvent> newFacts, PCollection<FactEvent> existing) {
    return PCollectionTuple.of(NEW_FACTS, newFacts).and(EXISTING, existing);
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple input) {
    SchemaCoder<FactEvent> coder = SchemaCoders.of(input.getPipeline(), FactEvent.class);
    KvCoder<String, FactEvent> keyedCoder = KvCoder.of(StringUtf8Coder.of(), coder);
    PCollection<FactEvent> existing = input.get(EXISTING);
    PCollectionView<Long> maxKey =
        existing
            .apply(
                "ReadExistingEventKeys",
                MapElements.into(TypeDescriptors.longs()).via(FactEvent::getEventSk))
            .apply("FindMaxEventKey", AssignSurrogateKeys.maxKey());
    PCollectionTuple matched =
        KeyedPCollectionTuple.of(
                NEW_FACTS,
                input
                    .get(NEW_FACTS)
                    .apply("KeyNewFacts", WithKeys.of(FactEvent::getEventId))
                    .setCoder(keyedCoder))
            .and(
                EXISTING,
                existing
                    .apply("KeyExistingFacts", WithKeys.of(FactEvent::getEventId))
                    .setCoder(keyedCoder))
            .apply("GroupByEventId", Buckets.coGroupByKey())
            .apply(
                "MatchExistingFacts",
                ParDo.of(new MatchFactFn(letters, coder.getToRowFunction()))
                    .withOutputTags(KEPT, TupleTagList.of(PENDING).and(REJECTED)));
    PCollection<FactEvent> inserted =
        matched
            .get(PENDING)
            .setCoder(keyedCoder)
            .apply("NumberNewEvents", AssignSurrogateKeys.after(maxKey))
            .apply("ApplyEventKeys", ParDo.of(new ApplyEventKeyFn()))
            .setCoder(coder);
    PCollection<FactEvent> facts =
        PCollectionList.of(matched.get(KEPT).setCoder(coder))
            .and(inserted)
            .apply("CombineFacts", Flatten.pCollections())
            .setCoder(coder);
    PCollection<GoldRejectedRow> rejected =
        matched.get(REJECTED).setCoder(SchemaCoders.of(input.getPipeline(), GoldRejectedRow.class));
    return PCollectionTuple.of(FACTS, facts).and(REJECTED, rejected);
  }

  /** Decides, per event_id, whether the fact is kept, updated or new. */
  static final class MatchFactFn extends DoFn<KV<String, CoGbkResult>, FactEvent> {
    private final Counter inserted = Metrics.counter("gold", "fact_events_inserted");
    private final Counter updated = Metrics.counter("gold", "fact_events_updated");
    private final Counter unchanged = Metrics.counter("gold", "fact_events_unchanged");
    private final Counter absent = Metrics.counter("gold", "fact_events_absent_from_silver");
    private final Counter duplicates =
        Metrics.counter("gold", "fact_events_duplicate_rows_dropped");
    private final DeadLetters letters;
    private final SerializableFunction<FactEvent, Row> toRow;

    MatchFactFn(DeadLetters letters, SerializableFunction<FactEvent, Row> toRow) {
      this.letters = letters;
      this.toRow = toRow;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> element, MultiOutputReceiver out) {
      List<FactEvent> previous = new ArrayList<>();
      element.getValue().getAll(EXISTING).forEach(previous::add);
      FactEvent old =
          previous.stream().min(Comparator.comparingLong(FactEvent::getEventSk)).orElse(null);
      for (FactEvent extra : previous) {
        if (extra != old) {
          duplicates.inc();
          out.get(REJECTED)
              .output(
                  letters.reject(
                      "gold.fact_events",
                      element.getKey(),
                      GoldReasons.DUPLICATE_KEY,
                      "the previous gold.fact_events holds "
                          + previous.size()
                          + " rows for event_id "
                          + element.getKey()
                          + ": the lowest event_sk is kept",
                      toRow.apply(extra)));
        }
      }
      FactEvent fresh = null;
      for (FactEvent f : element.getValue().getAll(NEW_FACTS)) {
        fresh = f;
      }
      if (fresh == null) {
        absent.inc();
        out.get(KEPT).output(old);
      } else if (old == null) {
        inserted.inc();
        out.get(PENDING).output(KV.of(element.getKey(), fresh));
      } else {
        FactEvent same =
            fresh.toBuilder().setEventSk(old.getEventSk()).setRunId(old.getRunId()).build();
        if (same.equals(old)) {
          unchanged.inc();
          out.get(KEPT).output(old);
        } else {
          updated.inc();
          out.get(KEPT).output(fresh.toBuilder().setEventSk(old.getEventSk()).build());
        }
      }
    }
  }

  /** {@code KV<new key, fact>} → the fact with that event_sk. */
  static final class ApplyEventKeyFn extends DoFn<KV<Long, FactEvent>, FactEvent> {
    @ProcessElement
    public void process(@Element KV<Long, FactEvent> element, OutputReceiver<FactEvent> out) {
      out.output(element.getValue().toBuilder().setEventSk(element.getKey()).build());
    }
  }
}
