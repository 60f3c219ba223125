package com.tixmaster.transforms.gold;

import com.tixmaster.schemas.gold.BridgeEventAttraction;
import com.tixmaster.schemas.gold.FactEvent;
import com.tixmaster.transforms.io.Buckets;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * bridge_event_attraction: one row per (event, attraction) of silver.event_attractions, with the
 * event's {@code event_sk}, the attraction's current {@code attraction_sk} (-1 when unknown) and
 * its {@code billing_order}. An event still in silver gets exactly this run's rows; an event no
 * longer in silver keeps its previous rows (like its fact). When two links of an event resolve to
 * the same attraction_sk (two unknown attractions), the lowest billing order wins, so the key stays
 * unique.
 */
public final class BuildBridge
    extends PTransform<PCollectionTuple, PCollection<BridgeEventAttraction>> {
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
  public PCollection<BridgeEventAttraction> expand(PCollectionTuple input) {
    SchemaCoder<BridgeEventAttraction> coder =
        SchemaCoders.of(input.getPipeline(), BridgeEventAttraction.class);
    KvCoder<String, BridgeEventAttraction> keyedCoder = KvCoder.of(StringUtf8Coder.of(), coder);
    PCollection<BridgeEventAttraction> drafts =
        input
            .get(EVENT_ATTRACTIONS)
            .apply("DraftBridgeRows", ParDo.of(new DraftBridgeRowFn()))
            .setCoder(coder);
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
    return KeyedPCollectionTuple.of(
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
        .apply("ChooseBridgeRows", ParDo.of(new ChooseRowsFn()))
        .setCoder(coder);
  }

  /** silver.event_attractions row → a bridge row with unresolved keys. */
  static final class DraftBridgeRowFn extends DoFn<Row, BridgeEventAttraction> {
    // Silver never writes such a link (its keys are NOT NULL); counted, not silently dropped.
    private final Counter withoutKey = Metrics.counter("gold", "bridge_links_without_key");

    @ProcessElement
    public void process(@Element Row link, OutputReceiver<BridgeEventAttraction> out) {
      String eventId = RowValues.string(link, "event_id");
      String attractionId = RowValues.string(link, "attraction_id");
      if (eventId == null || attractionId == null) {
        withoutKey.inc();
        return;
      }
      out.output(
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

    @ProcessElement
    public void process(
        @Element KV<String, CoGbkResult> element, OutputReceiver<BridgeEventAttraction> out) {
      CoGbkResult group = element.getValue();
      if (!group.getAll(SILVER_EVENT).iterator().hasNext()) {
        group.getAll(OLD).forEach(out::output);
        return;
      }
      Map<Long, BridgeEventAttraction> byAttraction = new TreeMap<>();
      for (BridgeEventAttraction row : group.getAll(FRESH)) {
        if (row.getEventSk() == DimensionSpec.UNKNOWN_SK) {
          continue;
        }
        byAttraction.merge(
            row.getAttractionSk(), row, (a, b) -> PRIORITY.compare(a, b) <= 0 ? a : b);
      }
      byAttraction.values().forEach(out::output);
    }
  }
}
