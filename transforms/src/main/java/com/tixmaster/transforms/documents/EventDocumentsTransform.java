package com.tixmaster.transforms.documents;

import com.tixmaster.schemas.gold.EventDocument;
import com.tixmaster.schemas.gold.GoldRejectedRow;
import com.tixmaster.transforms.gold.CollectDeadLetters;
import com.tixmaster.transforms.gold.DeadLetters;
import com.tixmaster.transforms.gold.GoldConfig;
import com.tixmaster.transforms.gold.KeyRowsBy;
import com.tixmaster.transforms.gold.KeyedSilver;
import com.tixmaster.transforms.gold.RejectRowsWithoutKeys;
import com.tixmaster.transforms.gold.RowValues;
import com.tixmaster.transforms.gold.SchemaCoders;
import com.tixmaster.transforms.gold.SilverInputs;
import com.tixmaster.transforms.io.Buckets;
import com.tixmaster.transforms.join.LookupJoin;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.transforms.DoFn;
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
 * event_documents: one document per upcoming, non-test event of silver, for the assistant. The
 * complete table of this run (write mode REPLACE): past events drop out as time passes.
 *
 * <p>An event is upcoming when its local {@code event_date} is on or after the as-of date (UTC), or
 * its {@code event_datetime_utc} is at or after the as-of instant. An event with neither (date TBA
 * and no date) is left out: it cannot be placed in time. The venue is the event's primary venue,
 * the classification its primary classification, the attractions those of event_attractions in
 * billing order; {@code attraction_name} is the headliner.
 *
 * <p>Output: the documents ({@link #DOCUMENTS}) and the rows of the silver tables it reads that
 * lack their key ({@link #REJECTED}, {@code missing_key}).
 */
public final class EventDocumentsTransform extends PTransform<SilverInputs, PCollectionTuple> {
  /** The stage name on this stage's dead letters and counters. */
  public static final String STAGE = "documents";

  /** The silver tables the documents read, checked for keys. */
  static final Set<String> TABLES =
      Set.of("events", "venues", "classifications", "attractions", "event_attractions");

  /** The complete new event_documents. */
  public static final TupleTag<EventDocument> DOCUMENTS =
      new TupleTag<EventDocument>("documents") {};

  /** This run's dead letters, for gold._rejected. */
  public static final TupleTag<GoldRejectedRow> REJECTED =
      new TupleTag<GoldRejectedRow>("rejected") {};

  static final TupleTag<DocumentDraft> DRAFTS = new TupleTag<DocumentDraft>("drafts") {};
  static final TupleTag<BilledAttraction> BILLED = new TupleTag<BilledAttraction>("billed") {};
  static final TupleTag<Row> LINKS = new TupleTag<Row>("links") {};
  static final TupleTag<Row> ATTRACTIONS = new TupleTag<Row>("attractions") {};

  private final GoldConfig config;

  private EventDocumentsTransform(GoldConfig config) {
    this.config = config;
  }

  public static EventDocumentsTransform of(GoldConfig config) {
    return new EventDocumentsTransform(config);
  }

  @Override
  public PCollectionTuple expand(SilverInputs input) {
    KeyedSilver keyed =
        input.apply(
            "RejectRowsWithoutKeys",
            RejectRowsWithoutKeys.in(TABLES, DeadLetters.of(STAGE, config.runId())));
    SilverInputs silver = keyed.silver();
    SchemaCoder<DocumentDraft> draftCoder =
        SchemaCoders.of(silver.getPipeline(), DocumentDraft.class);
    SchemaCoder<BilledAttraction> billedCoder =
        SchemaCoders.of(silver.getPipeline(), BilledAttraction.class);

    PCollection<DocumentDraft> drafts =
        silver
            .events()
            .apply("SelectUpcomingEvents", ParDo.of(new UpcomingEventFn(config)))
            .setCoder(draftCoder);
    drafts =
        LookupJoin.<DocumentDraft, String, Row>of(
                DocumentDraft::getVenueId,
                EventDocumentsTransform::compareRows,
                EventDocumentsTransform::withVenue)
            .join(
                "AttachVenues",
                drafts,
                silver.venues().apply("KeyVenues", KeyRowsBy.column("venues", "venue_id")));
    drafts =
        LookupJoin.<DocumentDraft, String, Row>of(
                DocumentDraft::getClassificationId,
                EventDocumentsTransform::compareRows,
                EventDocumentsTransform::withClassification)
            .join(
                "AttachClassifications",
                drafts,
                silver
                    .classifications()
                    .apply(
                        "KeyClassifications",
                        KeyRowsBy.column("classifications", "classification_id")));

    PCollection<BilledAttraction> billed =
        KeyedPCollectionTuple.of(
                LINKS,
                silver
                    .eventAttractions()
                    .apply(
                        "KeyEventAttractions",
                        KeyRowsBy.column("event_attractions", "attraction_id")))
            .and(
                ATTRACTIONS,
                silver
                    .attractions()
                    .apply("KeyAttractions", KeyRowsBy.column("attractions", "attraction_id")))
            .apply("GroupByAttraction", Buckets.coGroupByKey())
            .apply("NameEventAttractions", ParDo.of(new NameAttractionsFn()))
            .setCoder(billedCoder);
    drafts =
        KeyedPCollectionTuple.of(
                DRAFTS,
                drafts
                    .apply(
                        "KeyDraftsByEvent",
                        WithKeys.of(DocumentDraft::getEventId)
                            .withKeyType(TypeDescriptors.strings()))
                    .setCoder(KvCoder.of(StringUtf8Coder.of(), draftCoder)))
            .and(
                BILLED,
                billed
                    .apply(
                        "KeyBilledByEvent",
                        WithKeys.of(BilledAttraction::getEventId)
                            .withKeyType(TypeDescriptors.strings()))
                    .setCoder(KvCoder.of(StringUtf8Coder.of(), billedCoder)))
            .apply("GroupAttractionsByEvent", Buckets.coGroupByKey())
            .apply("AttachAttractions", ParDo.of(new AttachAttractionsFn()))
            .setCoder(draftCoder);

    PCollection<EventDocument> documents =
        drafts
            .apply("FormatEventTexts", ParDo.of(new WriteDocumentFn(config)))
            .setCoder(SchemaCoders.of(silver.getPipeline(), EventDocument.class));
    PCollection<GoldRejectedRow> rejected =
        keyed.rejected().apply("CollectDeadLetters", CollectDeadLetters.of(STAGE));
    return PCollectionTuple.of(DOCUMENTS, documents).and(REJECTED, rejected);
  }

  /** Of several silver rows for one key, the smallest (by its text) is the one attached. */
  static int compareRows(Row a, Row b) {
    return a.toString().compareTo(b.toString());
  }

  static DocumentDraft withVenue(DocumentDraft d, Row venue) {
    return d.toBuilder()
        .setVenueName(RowValues.string(venue, "venue_name"))
        .setCity(RowValues.string(venue, "city"))
        .setState(RowValues.string(venue, "state"))
        .setCountry(RowValues.string(venue, "country"))
        .build();
  }

  static DocumentDraft withClassification(DocumentDraft d, Row c) {
    return d.toBuilder()
        .setSegmentName(RowValues.string(c, "segment_name"))
        .setGenreName(RowValues.string(c, "genre_name"))
        .setSubgenreName(RowValues.string(c, "subgenre_name"))
        .build();
  }

  /** Whether an event is upcoming at {@code config}'s as-of. */
  public static boolean isUpcoming(Row event, GoldConfig config) {
    LocalDate date = RowValues.date(event, "event_date");
    org.joda.time.Instant utc = RowValues.instant(event, "event_datetime_utc");
    return (date != null && !date.isBefore(config.asOfDate()))
        || (utc != null && !utc.isBefore(config.asOf()));
  }

  /** Upcoming non-test silver events → drafts. */
  static final class UpcomingEventFn extends DoFn<Row, DocumentDraft> {
    private final GoldConfig config;

    UpcomingEventFn(GoldConfig config) {
      this.config = config;
    }

    // Silver never writes an event without its key (NOT NULL), and RejectRowsWithoutKeys has
    // already rejected any; counted, in case a caller skips that step.
    private final Counter withoutId = Metrics.counter("documents", "events_without_id");

    @ProcessElement
    public void process(@Element Row event, OutputReceiver<DocumentDraft> out) {
      String id = RowValues.string(event, "event_id");
      if (id == null) {
        withoutId.inc();
        return;
      }
      if (RowValues.isTrue(event, "is_test") || !isUpcoming(event, config)) {
        return;
      }
      LocalDate date = RowValues.date(event, "event_date");
      out.output(
          DocumentDraft.builder()
              .setEventId(id)
              .setEventName(RowValues.string(event, "event_name"))
              .setEventUrl(RowValues.string(event, "event_url"))
              .setEventDate(date == null ? null : date.toString())
              .setEventLocalTime(RowValues.localTime(event, "event_local_time"))
              .setEventDatetimeUtc(RowValues.instant(event, "event_datetime_utc"))
              .setDateTba(RowValues.isTrue(event, "date_tba"))
              .setTimeTba(
                  RowValues.isTrue(event, "time_tba")
                      || RowValues.isTrue(event, "no_specific_time"))
              .setStatusCode(RowValues.string(event, "status_code"))
              .setPriceMin(RowValues.doubleValue(event, "price_min"))
              .setPriceMax(RowValues.doubleValue(event, "price_max"))
              .setPriceCurrency(RowValues.string(event, "price_currency"))
              .setVenueId(RowValues.string(event, "primary_venue_id"))
              .setHeadlinerAttractionId(RowValues.string(event, "headliner_attraction_id"))
              .setClassificationId(RowValues.string(event, "classification_id"))
              .build());
    }
  }

  /** attraction_id → links + attraction row → one named link per event. */
  static final class NameAttractionsFn extends DoFn<KV<String, CoGbkResult>, BilledAttraction> {
    @ProcessElement
    public void process(
        @Element KV<String, CoGbkResult> element, OutputReceiver<BilledAttraction> out) {
      String name = null;
      for (Row a : element.getValue().getAll(ATTRACTIONS)) {
        String n = RowValues.string(a, "attraction_name");
        if (n != null && (name == null || n.compareTo(name) < 0)) {
          name = n;
        }
      }
      for (Row link : element.getValue().getAll(LINKS)) {
        String eventId = RowValues.string(link, "event_id");
        if (eventId != null) {
          out.output(
              BilledAttraction.of(
                  eventId, element.getKey(), RowValues.intValue(link, "billing_order"), name));
        }
      }
    }
  }

  /** Sets the attraction names, in billing order, and the headliner's name. */
  static final class AttachAttractionsFn extends DoFn<KV<String, CoGbkResult>, DocumentDraft> {
    private static final Comparator<BilledAttraction> BILLING =
        Comparator.comparing(
                BilledAttraction::getBillingOrder,
                Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
            .thenComparing(BilledAttraction::getAttractionId);

    @ProcessElement
    public void process(
        @Element KV<String, CoGbkResult> element, OutputReceiver<DocumentDraft> out) {
      List<BilledAttraction> billed = new ArrayList<>();
      element.getValue().getAll(BILLED).forEach(billed::add);
      billed.sort(BILLING);
      for (DocumentDraft d : element.getValue().getAll(DRAFTS)) {
        List<String> names = new ArrayList<>();
        String headliner = null;
        for (BilledAttraction b : billed) {
          if (b.getAttractionName() == null) {
            continue;
          }
          if (!names.contains(b.getAttractionName())) {
            names.add(b.getAttractionName());
          }
          if (b.getAttractionId().equals(d.getHeadlinerAttractionId())) {
            headliner = b.getAttractionName();
          }
        }
        if (headliner == null && d.getHeadlinerAttractionId() == null && !names.isEmpty()) {
          headliner = names.get(0);
        }
        out.output(d.toBuilder().setAttractions(names).setAttractionName(headliner).build());
      }
    }
  }

  /** Draft → document. */
  static final class WriteDocumentFn extends DoFn<DocumentDraft, EventDocument> {
    private final GoldConfig config;

    WriteDocumentFn(GoldConfig config) {
      this.config = config;
    }

    @ProcessElement
    public void process(@Element DocumentDraft d, OutputReceiver<EventDocument> out) {
      out.output(
          EventDocument.builder()
              .setEventId(d.getEventId())
              .setEventText(EventTextFormatter.format(d))
              .setEventName(d.getEventName())
              .setEventDate(d.getEventDate())
              .setEventLocalTime(d.getEventLocalTime())
              .setEventDatetimeUtc(d.getEventDatetimeUtc())
              .setCity(d.getCity())
              .setState(d.getState())
              .setCountry(d.getCountry())
              .setSegmentName(d.getSegmentName())
              .setGenreName(d.getGenreName())
              .setSubgenreName(d.getSubgenreName())
              .setPriceMin(d.getPriceMin())
              .setPriceMax(d.getPriceMax())
              .setPriceCurrency(d.getPriceCurrency())
              .setVenueName(d.getVenueName())
              .setAttractionName(d.getAttractionName())
              .setStatusCode(d.getStatusCode())
              .setEventUrl(d.getEventUrl())
              .setRunId(config.runId())
              .build());
    }
  }
}
