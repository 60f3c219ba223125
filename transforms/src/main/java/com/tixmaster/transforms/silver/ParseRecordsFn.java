package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.schemas.silver.AccountingRow;
import com.tixmaster.schemas.silver.RejectedRow;
import com.tixmaster.schemas.silver.SilverLineage;
import com.tixmaster.transforms.json.AttractionParser;
import com.tixmaster.transforms.json.ClassificationParser;
import com.tixmaster.transforms.json.EventParser;
import com.tixmaster.transforms.json.Observation;
import com.tixmaster.transforms.json.ParsedRows;
import com.tixmaster.transforms.json.ReasonCodes;
import com.tixmaster.transforms.json.Rejections;
import com.tixmaster.transforms.json.VenueParser;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Parses each bronze record of one entity once, and emits everything it yields to the {@link
 * SilverTags} outputs: rows (main output: {@link SilverTags#REJECTED}), embedded copies, and
 * partial accounting rows ({@code records_in}, {@code embedded_in}), summed per entity over the
 * bundle. Raises a Beam counter per
 * rejection and per parse quirk. Never throws on data.
 */
public final class ParseRecordsFn extends DoFn<RawRecord, RejectedRow> {
  private static final long serialVersionUID = 1L;

  /** Which parser to run. */
  public enum Kind {
    EVENTS(EventParser.ENTITY),
    VENUES(VenueParser.ENTITY),
    ATTRACTIONS(AttractionParser.ENTITY),
    CLASSIFICATIONS(ClassificationParser.ENTITY);

    private final String entity;

    Kind(String entity) {
      this.entity = entity;
    }

    public String entity() {
      return entity;
    }
  }

  private final Kind kind;
  private final SilverConfig config;
  /** This bundle's accounting, summed per entity: one row per entity per bundle, not per record. */
  private transient Map<String, AccountingRow> tallies;

  public ParseRecordsFn(Kind kind, SilverConfig config) {
    this.kind = kind;
    this.config = config;
  }

  /** The ParDo with every output tag registered. */
  public static ParDo.MultiOutput<RawRecord, RejectedRow> parDo(Kind kind, SilverConfig config) {
    return ParDo.of(new ParseRecordsFn(kind, config))
        .withOutputTags(
            SilverTags.REJECTED,
            TupleTagList.of(SilverTags.EVENTS)
                .and(SilverTags.PRICE_RANGES)
                .and(SilverTags.EVENT_VENUES)
                .and(SilverTags.EVENT_ATTRACTIONS)
                .and(SilverTags.VENUES)
                .and(SilverTags.MARKETS)
                .and(SilverTags.VENUE_MARKETS)
                .and(SilverTags.ATTRACTIONS)
                .and(SilverTags.CLASSIFICATIONS)
                .and(SilverTags.ACCOUNTING));
  }

  /** Parses one record with the parser of {@code kind}; exposed for tests. */
  public static ParsedRows parse(Kind kind, RawRecord record, String runId) {
    Observation obs = Observation.standalone(record, runId);
    ParsedRows rows = new ParsedRows();
    switch (kind) {
      case EVENTS:
        EventParser.parseRecord(record.getPayload(), record.getRecordId(), obs, rows);
        break;
      case VENUES:
        VenueParser.parseRecord(record.getPayload(), record.getRecordId(), obs, rows);
        break;
      case ATTRACTIONS:
        AttractionParser.parseRecord(record.getPayload(), record.getRecordId(), obs, rows);
        break;
      case CLASSIFICATIONS:
        ClassificationParser.parseRecord(record.getPayload(), record.getRecordId(), obs, rows);
        break;
      default:
        throw new IllegalStateException("unknown kind " + kind);
    }
    return rows;
  }

  @StartBundle
  public void startBundle() {
    tallies = new TreeMap<>();
  }

  @FinishBundle
  public void finishBundle(FinishBundleContext context) {
    for (AccountingRow tally : tallies.values()) {
      context.output(
          SilverTags.ACCOUNTING, tally, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
    }
    tallies = null;
  }

  private void tally(AccountingRow row) {
    tallies.merge(row.getEntity(), row, Tallies::sum);
  }

  @ProcessElement
  public void processElement(@Element RawRecord record, MultiOutputReceiver out) {
    ParsedRows rows;
    try {
      rows = parse(kind, record, config.runId());
    } catch (RuntimeException e) {
      SilverCounters.counter(SilverCounters.PARSER_FAILED).inc();
      rows = new ParsedRows();
      rows.rejected.add(
          Rejections.row(
              kind.entity(),
              record.getRecordId(),
              ReasonCodes.UNPARSEABLE_PAYLOAD,
              "the parser failed: " + e,
              record.getPayload(),
              Observation.standalone(record, config.runId())));
    }
    rows.events.forEach(r -> out.get(SilverTags.EVENTS).output(r));
    rows.priceRanges.forEach(r -> out.get(SilverTags.PRICE_RANGES).output(r));
    rows.eventVenues.forEach(r -> out.get(SilverTags.EVENT_VENUES).output(r));
    rows.eventAttractions.forEach(r -> out.get(SilverTags.EVENT_ATTRACTIONS).output(r));
    rows.venues.forEach(r -> out.get(SilverTags.VENUES).output(r));
    rows.markets.forEach(r -> out.get(SilverTags.MARKETS).output(r));
    rows.venueMarkets.forEach(r -> out.get(SilverTags.VENUE_MARKETS).output(r));
    rows.attractions.forEach(r -> out.get(SilverTags.ATTRACTIONS).output(r));
    rows.classifications.forEach(r -> out.get(SilverTags.CLASSIFICATIONS).output(r));
    for (RejectedRow r : rows.rejected) {
      out.get(SilverTags.REJECTED).output(r);
      SilverCounters.counter(
              SilverCounters.rejected(r.getReasonCode(), SilverLineage.EMBEDDED.equals(r.getOrigin())))
          .inc();
    }
    for (Map.Entry<String, Long> issue : rows.issues.counts().entrySet()) {
      SilverCounters.counter(issue.getKey()).inc(issue.getValue());
    }

    // Accounting: this record, and the embedded copies it carried (usable or rejected), so that
    // records_in + embedded_in = inserted + rejected + superseded holds for venues and attractions.
    tally(Tallies.recordsIn(config.runId(), kind.entity(), 1));
    long venues = rows.venues.stream().filter(ParseRecordsFn::embedded).count();
    long attractions = rows.attractions.stream().filter(ParseRecordsFn::embedded).count();
    long classifications = rows.classifications.stream().filter(ParseRecordsFn::embedded).count();
    for (RejectedRow r : rows.rejected) {
      if (SilverLineage.EMBEDDED.equals(r.getOrigin())) {
        if (VenueParser.ENTITY.equals(r.getEntity())) {
          venues++;
        } else if (AttractionParser.ENTITY.equals(r.getEntity())) {
          attractions++;
        }
      }
    }
    tallyEmbedded(VenueParser.ENTITY, venues);
    tallyEmbedded(AttractionParser.ENTITY, attractions);
    tallyEmbedded(ClassificationParser.ENTITY, classifications);
    tallyEmbedded(Tallies.MARKETS, rows.markets.size());
  }

  private void tallyEmbedded(String entity, long n) {
    if (n > 0) {
      tally(Tallies.embeddedIn(config.runId(), entity, n));
    }
  }

  private static boolean embedded(SilverLineage row) {
    return SilverLineage.EMBEDDED.equals(row.getOrigin());
  }
}
