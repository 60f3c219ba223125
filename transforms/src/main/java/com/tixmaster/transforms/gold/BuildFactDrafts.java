package com.tixmaster.transforms.gold;

import com.tixmaster.schemas.gold.FactEvent;
import com.tixmaster.schemas.gold.GoldRejectedRow;
import com.tixmaster.transforms.io.Buckets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.Nullable;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * One {@link FactDraft} per silver event ({@link #DRAFTS}): events, event_venues and
 * event_attractions grouped by event_id; the measures and the date key computed; the foreign keys
 * left at -1 for the resolve steps. Rejected ({@link #REJECTED}): the links whose event is not in
 * silver.events ({@code unknown_event}), and all but one of the rows of an event_id that silver
 * holds twice ({@code duplicate_key}).
 */
public final class BuildFactDrafts extends PTransform<SilverInputs, PCollectionTuple> {
  public static final TupleTag<FactDraft> DRAFTS = new TupleTag<FactDraft>("drafts") {};
  public static final TupleTag<GoldRejectedRow> REJECTED =
      new TupleTag<GoldRejectedRow>("rejected") {};

  static final TupleTag<Row> EVENTS = new TupleTag<Row>("events") {};
  static final TupleTag<Row> EVENT_VENUES = new TupleTag<Row>("event_venues") {};
  static final TupleTag<Row> EVENT_ATTRACTIONS = new TupleTag<Row>("event_attractions") {};

  private final GoldConfig config;
  private final DeadLetters letters;

  public BuildFactDrafts(GoldConfig config, DeadLetters letters) {
    this.config = config;
    this.letters = letters;
  }

  @Override
  public PCollectionTuple expand(SilverInputs silver) {
    PCollectionTuple drafts =
        KeyedPCollectionTuple.of(
                EVENTS, silver.events().apply("KeyEvents", KeyRowsBy.column("events", "event_id")))
            .and(
                EVENT_VENUES,
                silver
                    .eventVenues()
                    .apply("KeyEventVenues", KeyRowsBy.column("event_venues", "event_id")))
            .and(
                EVENT_ATTRACTIONS,
                silver
                    .eventAttractions()
                    .apply(
                        "KeyEventAttractions", KeyRowsBy.column("event_attractions", "event_id")))
            .apply("GroupByEvent", Buckets.coGroupByKey())
            .apply(
                "DraftFacts",
                ParDo.of(new DraftFactFn(config, letters))
                    .withOutputTags(DRAFTS, TupleTagList.of(REJECTED)));
    drafts.get(DRAFTS).setCoder(SchemaCoders.of(silver.getPipeline(), FactDraft.class));
    drafts.get(REJECTED).setCoder(SchemaCoders.of(silver.getPipeline(), GoldRejectedRow.class));
    return drafts;
  }

  /** Builds the draft of one event from its row and its links. */
  static final class DraftFactFn extends DoFn<KV<String, CoGbkResult>, FactDraft> {
    private final GoldConfig config;
    private final DeadLetters letters;
    private final Counter orphanLinks = Metrics.counter("gold", "fact_links_without_event");
    private final Counter duplicates = Metrics.counter("gold", "fact_duplicate_silver_events");

    DraftFactFn(GoldConfig config, DeadLetters letters) {
      this.config = config;
      this.letters = letters;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> element, MultiOutputReceiver out) {
      String eventId = element.getKey();
      CoGbkResult parts = element.getValue();
      Duplicates<Row> events = Duplicates.split(parts.getAll(EVENTS), Row::toString);
      for (Row other : events.others) {
        duplicates.inc();
        out.get(REJECTED)
            .output(
                letters.reject(
                    "silver.events",
                    eventId,
                    GoldReasons.DUPLICATE_KEY,
                    events.detail("silver.events", "event_id", eventId),
                    other));
      }
      if (events.kept == null) {
        orphanLinks.inc();
        rejectOrphans(eventId, parts.getAll(EVENT_VENUES), "event_venues", "venue_id", out);
        rejectOrphans(
            eventId, parts.getAll(EVENT_ATTRACTIONS), "event_attractions", "attraction_id", out);
        return;
      }
      out.get(DRAFTS)
          .output(
              draft(
                  eventId,
                  events.kept,
                  parts.getAll(EVENT_VENUES),
                  parts.getAll(EVENT_ATTRACTIONS),
                  config));
    }

    private void rejectOrphans(
        String eventId,
        Iterable<Row> links,
        String table,
        String otherId,
        MultiOutputReceiver out) {
      for (Row link : links) {
        out.get(REJECTED)
            .output(
                letters.reject(
                    "silver." + table,
                    DeadLetters.key(eventId, RowValues.string(link, otherId)),
                    GoldReasons.UNKNOWN_EVENT,
                    "event " + eventId + " of silver." + table + " is not in silver.events",
                    link));
      }
    }
  }

  /** The draft of one event (plain Java, for tests). */
  public static FactDraft draft(
      String eventId,
      Row event,
      Iterable<Row> eventVenues,
      Iterable<Row> eventAttractions,
      GoldConfig config) {
    List<String> venueIds = orderedIds(eventVenues, "venue_id", "venue_order");
    List<String> attractionIds = orderedIds(eventAttractions, "attraction_id", "billing_order");
    String venueId =
        RowValues.firstNonNull(RowValues.string(event, "primary_venue_id"), first(venueIds));
    String headlinerId =
        RowValues.firstNonNull(
            RowValues.string(event, "headliner_attraction_id"), first(attractionIds));
    LocalDate eventDate = RowValues.date(event, "event_date");
    boolean dateTba = RowValues.isTrue(event, "date_tba");
    FactEvent fact =
        FactEvent.builder()
            .setEventSk(0L)
            .setEventId(eventId)
            .setEventName(RowValues.string(event, "event_name"))
            .setDateKey(FactRules.eventDateKey(eventDate, dateTba))
            .setVenueSk(DimensionSpec.UNKNOWN_SK)
            .setAttractionSk(DimensionSpec.UNKNOWN_SK)
            .setClassificationSk(DimensionSpec.UNKNOWN_SK)
            .setMarketSk(DimensionSpec.UNKNOWN_SK)
            .setPriceMin(RowValues.doubleValue(event, "price_min"))
            .setPriceMax(RowValues.doubleValue(event, "price_max"))
            .setPriceCurrency(RowValues.string(event, "price_currency"))
            .setVenueCount(countDistinct(venueIds, venueId))
            .setAttractionCount(countDistinct(attractionIds, headlinerId))
            .setDaysOnSale(
                FactRules.daysOnSale(
                    RowValues.instant(event, "sales_public_start_utc"),
                    eventDate,
                    dateTba,
                    RowValues.string(event, "event_timezone")))
            .setStatusCode(RowValues.string(event, "status_code"))
            .setEventDatetimeUtc(RowValues.instant(event, "event_datetime_utc"))
            .setSalesPublicStartUtc(RowValues.instant(event, "sales_public_start_utc"))
            .setIsTest(RowValues.isTrue(event, "is_test"))
            .setRunId(config.runId())
            .build();
    return FactDraft.of(fact, venueId, headlinerId, RowValues.string(event, "classification_id"));
  }

  /** The ids of link rows, ordered by their order column (nulls last), then id. */
  static List<String> orderedIds(Iterable<Row> links, String idColumn, String orderColumn) {
    List<Row> rows = new ArrayList<>();
    links.forEach(rows::add);
    rows.sort(
        Comparator.comparing(
                (Row r) -> RowValues.longValue(r, orderColumn),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(
                r -> RowValues.string(r, idColumn),
                Comparator.nullsLast(Comparator.naturalOrder())));
    List<String> ids = new ArrayList<>();
    for (Row r : rows) {
      String id = RowValues.string(r, idColumn);
      if (id != null && !ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  private static @Nullable String first(List<String> ids) {
    return ids.isEmpty() ? null : ids.get(0);
  }

  private static int countDistinct(List<String> ids, @Nullable String primary) {
    Set<String> all = new LinkedHashSet<>(ids);
    if (primary != null) {
      all.add(primary);
    }
    return all.size();
  }
}
