package com.tixmaster.transforms.gold;

import com.tixmaster.schemas.gold.BridgeEventAttraction;
import com.tixmaster.schemas.gold.FactEvent;
import com.tixmaster.schemas.gold.GoldRejectedRow;
import com.tixmaster.transforms.io.Buckets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
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
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * bridge_event_attraction: one row per (event, attraction) of silver.event_attractions, with the
 * event's {@code event_sk}, the attraction's current {@code attraction_sk} (-1 when unknown) and
 * its {@code billing_order}. An event still in silver gets exactly this run's rows; an event no
 * longer in silver keeps its previous rows (like its fact). When two links of an event resolve to
 * the same attraction_sk (two unknown attractions), the lowest billing order wins, so the key stays
 * unique, and the other link is rejected ({@code duplicate_key}). A link whose event is not in
 * silver makes no row; {@link BuildFactDrafts} has rejected it already ({@code unknown_event}).
 */
public final class BuildBridge extends PTransform<PCollectionTuple, PCollectionTuple> {
  /** The complete new bridge_event_attraction. */
  public static final TupleTag<BridgeEventAttraction> BRIDGE =
      new TupleTag<BridgeEventAttraction>("bridge") {};

  public static final TupleTag<GoldRejectedRow> REJECTED =
      new TupleTag<GoldRejectedRow>("rejected") {};

  public static final TupleTag<Row> EVENT_ATTRACTIONS = new TupleTag<Row>("event_attractions") {};
  public static final TupleTag<Row> EVENTS = new TupleTag<Row>("events") {};
  public static final TupleTag<KV<String, Long>> ATTRACTION_KEYS =
      new TupleTag<KV<String, Long>>("attraction_keys") {};
  public static final TupleTag<FactEvent> FACTS = new TupleTag<FactEvent>("facts") {};
  public static final TupleTag<BridgeEventAttraction> PREVIOUS =
      new TupleTag<BridgeEventAttraction>("previous") {};

  static final TupleTag<Row> SILVER_EVENT = new TupleTag<Row>("silver_event") {};
  static final TupleTag<BridgeEventAttraction> FRESH =
      new TupleTag<BridgeEventAttraction>("fresh") {};
  static final TupleTag<BridgeEventAttraction> OLD = new TupleTag<BridgeEventAttraction>("old") {};

  private final DeadLetters letters;

  public BuildBridge(DeadLetters letters) {
    this.letters = letters;
  }

  public static PCollectionTuple inputs(
      PCollection<Row> eventAttractions,
      PCollection<Row> events,
      PCollection<KV<String, Long>> attractionKeys,
      PCollection<FactEvent> facts,
      PCollection<BridgeEventAttraction> previous) {
    return PCollectionTuple.of(EVENT_ATTRACTIONS, eventAttractions)
        .and(EVENTS, events)
        .and(ATTRACTION_KEYS, attractionKeys)
        .and(FACTS, facts)
        .and(PREVIOUS, previous);
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple input) {
    SchemaCoder<BridgeEventAttraction> coder =
        SchemaCoders.of(input.getPipeline(), BridgeEventAttraction.class);
    SchemaCoder<GoldRejectedRow> rejectedCoder =
        SchemaCoders.of(input.getPipeline(), GoldRejectedRow.class);
    KvCoder<String, BridgeEventAttraction> keyedCoder = KvCoder.of(StringUtf8Coder.of(), coder);
    PCollectionTuple draftsAndRejects =
        input
            .get(EVENT_ATTRACTIONS)
            .apply(
                "DraftBridgeRows",
                ParDo.of(new DraftBridgeRowFn(letters))
                    .withOutputTags(BRIDGE, TupleTagList.of(REJECTED)));
    PCollection<BridgeEventAttraction> drafts = draftsAndRejects.get(BRIDGE).setCoder(coder);
    PCollection<BridgeEventAttraction> withAttractions =
        LookupKeys.resolve(
            "ResolveBridgeAttractionKeys",
            drafts,
            input.get(ATTRACTION_KEYS),
            BridgeEventAttraction::getAttractionId,
            (row, sk) -> row.toBuilder().setAttractionSk(sk).build());
    PCollection<KV<String, Long>> eventKeys =
        input
            .get(FACTS)
            .apply(
                "ReadEventKeys",
                MapElements.into(
                        TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
                    .via((FactEvent f) -> KV.of(f.getEventId(), f.getEventSk())))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()));
    PCollection<BridgeEventAttraction> fresh =
        LookupKeys.resolve(
            "ResolveBridgeEventKeys",
            withAttractions,
            eventKeys,
            BridgeEventAttraction::getEventId,
            (row, sk) -> row.toBuilder().setEventSk(sk).build());
    PCollectionTuple chosen =
        KeyedPCollectionTuple.of(
                SILVER_EVENT,
                input.get(EVENTS).apply("KeySilverEvents", KeyRowsBy.column("events", "event_id")))
            .and(
                FRESH,
                fresh
                    .apply("KeyFreshRows", WithKeys.of(BridgeEventAttraction::getEventId))
                    .setCoder(keyedCoder))
            .and(
                OLD,
                input
                    .get(PREVIOUS)
                    .apply("KeyPreviousRows", WithKeys.of(BridgeEventAttraction::getEventId))
                    .setCoder(keyedCoder))
            .apply("GroupByEvent", Buckets.coGroupByKey())
            .apply(
                "ChooseBridgeRows",
                ParDo.of(new ChooseRowsFn(letters, coder.getToRowFunction()))
                    .withOutputTags(BRIDGE, TupleTagList.of(REJECTED)));
    PCollection<GoldRejectedRow> rejected =
        PCollectionList.of(draftsAndRejects.get(REJECTED).setCoder(rejectedCoder))
            .and(chosen.get(REJECTED).setCoder(rejectedCoder))
            .apply("CombineRejectedLinks", Flatten.pCollections())
            .setCoder(rejectedCoder);
    return PCollectionTuple.of(BRIDGE, chosen.get(BRIDGE).setCoder(coder)).and(REJECTED, rejected);
  }

  /** silver.event_attractions row → a bridge row with unresolved keys. */
  static final class DraftBridgeRowFn extends DoFn<Row, BridgeEventAttraction> {
    // Silver never writes such a link (its keys are NOT NULL), and GoldTransform rejects it first.
    private final Counter withoutKey = Metrics.counter("gold", "bridge_links_without_key");
    private final DeadLetters letters;

    DraftBridgeRowFn(DeadLetters letters) {
      this.letters = letters;
    }

    @ProcessElement
    public void process(@Element Row link, MultiOutputReceiver out) {
      String eventId = RowValues.string(link, "event_id");
      String attractionId = RowValues.string(link, "attraction_id");
      if (eventId == null || attractionId == null) {
        withoutKey.inc();
        out.get(REJECTED)
            .output(
                letters.reject(
                    "silver.event_attractions",
                    DeadLetters.key(eventId, attractionId),
                    GoldReasons.MISSING_KEY,
                    "silver.event_attractions row without event_id or attraction_id",
                    link));
        return;
      }
      out.get(BRIDGE)
          .output(
              BridgeEventAttraction.builder()
                  .setEventSk(DimensionSpec.UNKNOWN_SK)
                  .setAttractionSk(DimensionSpec.UNKNOWN_SK)
                  .setBillingOrder(RowValues.intValue(link, "billing_order"))
                  .setEventId(eventId)
                  .setAttractionId(attractionId)
                  .build());
    }
  }

  /** This run's rows for events in silver, the previous rows for the others. */
  static final class ChooseRowsFn extends DoFn<KV<String, CoGbkResult>, BridgeEventAttraction> {
    private static final Comparator<BridgeEventAttraction> PRIORITY =
        Comparator.comparing(
                BridgeEventAttraction::getBillingOrder,
                Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
            .thenComparing(BridgeEventAttraction::getAttractionId);

    private final DeadLetters letters;
    private final SerializableFunction<BridgeEventAttraction, Row> toRow;

    ChooseRowsFn(DeadLetters letters, SerializableFunction<BridgeEventAttraction, Row> toRow) {
      this.letters = letters;
      this.toRow = toRow;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> element, MultiOutputReceiver out) {
      CoGbkResult group = element.getValue();
      if (!group.getAll(SILVER_EVENT).iterator().hasNext()) {
        group.getAll(OLD).forEach(out.get(BRIDGE)::output);
        return;
      }
      Map<Long, BridgeEventAttraction> byAttraction = new TreeMap<>();
      List<BridgeEventAttraction> collided = new ArrayList<>();
      for (BridgeEventAttraction row : group.getAll(FRESH)) {
        if (row.getEventSk() == DimensionSpec.UNKNOWN_SK) {
          continue;
        }
        BridgeEventAttraction held = byAttraction.get(row.getAttractionSk());
        if (held == null || PRIORITY.compare(row, held) < 0) {
          byAttraction.put(row.getAttractionSk(), row);
          if (held != null) {
            collided.add(held);
          }
        } else {
          collided.add(row);
        }
      }
      byAttraction.values().forEach(out.get(BRIDGE)::output);
      for (BridgeEventAttraction row : collided) {
        BridgeEventAttraction kept = byAttraction.get(row.getAttractionSk());
        out.get(REJECTED)
            .output(
                letters.reject(
                    "silver.event_attractions",
                    DeadLetters.key(row.getEventId(), row.getAttractionId()),
                    GoldReasons.DUPLICATE_KEY,
                    "attraction "
                        + row.getAttractionId()
                        + " resolves to attraction_sk "
                        + row.getAttractionSk()
                        + " like "
                        + kept.getAttractionId()
                        + " of the same event, which has the lower billing order",
                    toRow.apply(row)));
      }
    }
  }
}
