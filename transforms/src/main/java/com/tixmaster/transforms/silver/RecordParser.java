package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.schemas.silver.AccountingRow;
import com.tixmaster.schemas.silver.EventAttractionRow;
import com.tixmaster.schemas.silver.EventPriceRangeRow;
import com.tixmaster.schemas.silver.EventVenueRow;
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
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.Nullable;
import org.apache.beam.sdk.values.TupleTag;

/**
 * The per-record work of silver's parse DoFn ({@link ReadAndParseRowGroupsFn}): parse a bronze
 * record once, with the parser its {@code entity} column names (unknown: an {@code unknown_entity}
 * rejection), emit its rejections to {@link SilverTags#REJECTED}, count rejections and quirks, and
 * keep this bundle's partial accounting (one row per entity per bundle). The event, venue, market,
 * attraction and classification observations of the bundle are pre-merged ({@link BundleWinners})
 * and emitted to their {@link SilverTags} outputs when the bundle finishes.
 */
final class RecordParser implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Which parser to run. */
  enum Kind {
    EVENTS(EventParser.ENTITY),
    VENUES(VenueParser.ENTITY),
    ATTRACTIONS(AttractionParser.ENTITY),
    CLASSIFICATIONS(ClassificationParser.ENTITY);

    private final String entity;

    Kind(String entity) {
      this.entity = entity;
    }

    String entity() {
      return entity;
    }
  }

  /** Where rows go: a DoFn's receiver, or its finish-bundle context. */
  interface Sink {
    <T> void output(TupleTag<T> tag, T value);
  }

  private final String runId;
  private transient Map<String, AccountingRow> tallies;
  private transient BundleWinners winners;

  RecordParser(SilverConfig config) {
    this.runId = config.runId();
  }

  void startBundle() {
    tallies = new TreeMap<>();
    winners = new BundleWinners(runId);
  }

  void finishBundle(Sink out) {
    winners.flush(
        r -> out.output(SilverTags.EVENTS, r),
        r -> outputEventChild(r, out),
        r -> out.output(SilverTags.VENUES, r),
        r -> out.output(SilverTags.MARKETS, r),
        r -> out.output(SilverTags.VENUE_MARKETS, r),
        r -> out.output(SilverTags.ATTRACTIONS, r),
        r -> out.output(SilverTags.CLASSIFICATIONS, r),
        this::tally);
    winners = null;
    for (AccountingRow tally : tallies.values()) {
      out.output(SilverTags.ACCOUNTING, tally);
    }
    tallies = null;
  }

  void process(RawRecord record, Sink out) {
    Kind k = route(record);
    if (k == null) {
      SilverCounters.counter(SilverCounters.rejected(ReasonCodes.UNKNOWN_ENTITY, false)).inc();
      out.output(
          SilverTags.REJECTED,
          Rejections.row(
              String.valueOf(record.getEntity()),
              record.getRecordId(),
              ReasonCodes.UNKNOWN_ENTITY,
              "unknown entity '" + record.getEntity() + "'",
              record.getPayload(),
              Observation.standalone(record, runId)));
      return;
    }
    ParsedRows rows;
    try {
      rows = parse(k, record, runId);
    } catch (RuntimeException e) {
      SilverCounters.counter(SilverCounters.PARSER_FAILED).inc();
      rows = new ParsedRows();
      rows.rejected.add(
          Rejections.row(
              k.entity(),
              record.getRecordId(),
              ReasonCodes.UNPARSEABLE_PAYLOAD,
              "the parser failed: " + e,
              record.getPayload(),
              Observation.standalone(record, runId)));
    }
    rows.events.forEach(winners::event);
    rows.priceRanges.forEach(r -> winners.eventChild(r.getEventId(), r));
    rows.eventVenues.forEach(r -> winners.eventChild(r.getEventId(), r));
    rows.eventAttractions.forEach(r -> winners.eventChild(r.getEventId(), r));
    rows.venues.forEach(winners::venue);
    rows.markets.forEach(winners::market);
    rows.venueMarkets.forEach(winners::venueMarket);
    rows.attractions.forEach(winners::attraction);
    rows.classifications.forEach(winners::classification);
    for (RejectedRow r : rows.rejected) {
      out.output(SilverTags.REJECTED, r);
      SilverCounters.counter(
              SilverCounters.rejected(
                  r.getReasonCode(), SilverLineage.EMBEDDED.equals(r.getOrigin())))
          .inc();
    }
    for (Map.Entry<String, Long> issue : rows.issues.counts().entrySet()) {
      SilverCounters.counter(issue.getKey()).inc(issue.getValue());
    }

    // Accounting: this record, and the embedded copies it carried (usable or rejected), so that
    // records_in + embedded_in = inserted + rejected + superseded holds for venues and attractions.
    tally(Tallies.recordsIn(runId, k.entity(), 1));
    long venues = rows.venues.stream().filter(RecordParser::embedded).count();
    long attractions = rows.attractions.stream().filter(RecordParser::embedded).count();
    long classifications = rows.classifications.stream().filter(RecordParser::embedded).count();
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

  /** Parses one record with the parser of {@code kind}. */
  private static ParsedRows parse(Kind kind, RawRecord record, String runId) {
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

  private static void outputEventChild(SilverLineage row, Sink out) {
    if (row instanceof EventPriceRangeRow) {
      out.output(SilverTags.PRICE_RANGES, (EventPriceRangeRow) row);
    } else if (row instanceof EventVenueRow) {
      out.output(SilverTags.EVENT_VENUES, (EventVenueRow) row);
    } else {
      out.output(SilverTags.EVENT_ATTRACTIONS, (EventAttractionRow) row);
    }
  }

  /** The parser for the record's {@code entity} column, or null for an unknown entity. */
  static @Nullable Kind route(RawRecord record) {
    String entity =
        record.getEntity() == null ? "" : record.getEntity().strip().toLowerCase(Locale.ROOT);
    for (Kind k : Kind.values()) {
      if (k.entity().equals(entity)) {
        return k;
      }
    }
    return null;
  }

  private void tally(AccountingRow row) {
    tallies.merge(row.getEntity(), row, Tallies::sum);
  }

  private void tallyEmbedded(String entity, long n) {
    if (n > 0) {
      tally(Tallies.embeddedIn(runId, entity, n));
    }
  }

  private static boolean embedded(SilverLineage row) {
    return SilverLineage.EMBEDDED.equals(row.getOrigin());
  }
}
