package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.schemas.silver.AccountingRow;
import com.tixmaster.schemas.silver.AttractionRow;
import com.tixmaster.schemas.silver.ClassificationRow;
import com.tixmaster.schemas.silver.EventAttractionRow;
import com.tixmaster.schemas.silver.EventPriceRangeRow;
import com.tixmaster.schemas.silver.EventRow;
import com.tixmaster.schemas.silver.EventVenueRow;
import com.tixmaster.schemas.silver.MarketRow;
import com.tixmaster.schemas.silver.RejectedRow;
import com.tixmaster.schemas.silver.SilverLineage;
import com.tixmaster.schemas.silver.VenueMarketRow;
import com.tixmaster.schemas.silver.VenueRow;
import com.tixmaster.transforms.json.Fixtures;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.joda.time.Instant;

/**
 * Test records and one-line renderings of silver rows, so that PAssert can check every output of a
 * transform with readable expectations. Lineage renders as {@code file#index/origin/run}.
 */
final class SilverFixtures {
  private SilverFixtures() {}

  static Instant t(long seconds) {
    return new Instant(1_700_000_000_000L + seconds * 1000);
  }

  /** A bronze record: payload written with single quotes. */
  static RawRecord raw(String entity, String payload, String file, long index, long seconds) {
    String json = Fixtures.json(payload);
    String id = null;
    int i = json.indexOf("\"id\":\"");
    if (json.startsWith("{\"id\":\"")) {
      id = json.substring(i + 6, json.indexOf('"', i + 6));
    }
    return RawRecord.builder()
        .setEntity(entity)
        .setRecordId(id)
        .setPayload(json)
        .setSourceFile(file)
        .setRecordIndex(index)
        .setIngestionTimestamp(t(seconds))
        .setIngestionDate("2023-11-14")
        .setRunId("bronze")
        .build();
  }

  static String lin(SilverLineage r) {
    return r.getSourceFile() + "#" + r.getRecordIndex() + "/" + r.getOrigin() + "/" + r.getRunId();
  }

  static String event(EventRow e) {
    return e.getEventId()
        + " "
        + e.getEventName()
        + " v="
        + e.getPrimaryVenueId()
        + " a="
        + e.getHeadlinerAttractionId()
        + " c="
        + e.getClassificationId()
        + " p="
        + e.getPriceMin()
        + "-"
        + e.getPriceMax()
        + " "
        + e.getPriceCurrency()
        + " s="
        + e.getStatusCode()
        + " tz="
        + e.getEventTimezone()
        + " "
        + lin(e);
  }

  static String priceRange(EventPriceRangeRow r) {
    return r.getEventId()
        + " "
        + r.getPriceType()
        + " "
        + r.getCurrency()
        + " "
        + r.getPriceMin()
        + "-"
        + r.getPriceMax()
        + " "
        + lin(r);
  }

  static String eventVenue(EventVenueRow r) {
    return r.getEventId() + " " + r.getVenueId() + " " + r.getVenueOrder() + " " + lin(r);
  }

  static String eventAttraction(EventAttractionRow r) {
    return r.getEventId() + " " + r.getAttractionId() + " " + r.getBillingOrder() + " " + lin(r);
  }

  static String venue(VenueRow v) {
    return v.getVenueId()
        + " "
        + v.getVenueName()
        + " tz="
        + v.getTimezone()
        + " lat="
        + v.getLatitude()
        + " lon="
        + v.getLongitude()
        + " "
        + lin(v);
  }

  static String market(MarketRow m) {
    return m.getMarketId() + " " + m.getMarketName() + " " + lin(m);
  }

  static String venueMarket(VenueMarketRow r) {
    return r.getVenueId() + " " + r.getMarketId() + " " + lin(r);
  }

  static String attraction(AttractionRow a) {
    return a.getAttractionId()
        + " "
        + a.getAttractionName()
        + " c="
        + a.getClassificationId()
        + " "
        + lin(a);
  }

  static String classification(ClassificationRow c) {
    return c.getClassificationId()
        + " "
        + c.getSegmentName()
        + "/"
        + c.getGenreName()
        + "/"
        + c.getSubgenreName()
        + " "
        + lin(c);
  }

  static String rejected(RejectedRow r) {
    return r.getEntity()
        + " "
        + r.getRecordId()
        + " "
        + r.getReasonCode()
        + " "
        + r.getSourceFile()
        + "#"
        + r.getRecordIndex()
        + "/"
        + r.getOrigin()
        + "/"
        + r.getRunId();
  }

  static String accounting(AccountingRow a) {
    return a.getRunId()
        + " "
        + a.getEntity()
        + " in="
        + a.getRecordsIn()
        + " emb="
        + a.getEmbeddedIn()
        + " obs="
        + a.getObservationsIn()
        + " out="
        + a.getRowsOut()
        + " ins="
        + a.getInserted()
        + " upd="
        + a.getUpdated()
        + " unch="
        + a.getUnchanged()
        + " rej="
        + a.getRejected()
        + " sup="
        + a.getSuperseded();
  }

  /** The accounting row, as {@link #accounting} renders it, of an entity this run did not touch. */
  static String idle(String run, String entity) {
    return run + " " + entity + " in=0 emb=0 obs=0 out=0 ins=0 upd=0 unch=0 rej=0 sup=0";
  }

  /** PAsserts that each of {@code tables} is empty. */
  static void assertEmpty(PCollection<?>... tables) {
    for (PCollection<?> table : tables) {
      empty(table);
    }
  }

  private static <T> void empty(PCollection<T> table) {
    PAssert.that(table).empty();
  }

  /**
   * Renders every field of every row ({@code toString}). A named class, not {@code
   * Object::toString}: serializable method references of one class that differ only in their
   * element type deserialize to the same lambda, casts included.
   */
  static <T> PCollection<String> showAll(String name, PCollection<T> rows) {
    return rows.apply(name, MapElements.into(TypeDescriptors.strings()).via(new ToStringFn<T>()));
  }

  static final class ToStringFn<T> implements SerializableFunction<T, String> {
    @Override
    public String apply(T row) {
      return String.valueOf(row);
    }
  }

  /** Renders a collection with {@code f}; {@code name} must be unique in the pipeline. */
  static <T> PCollection<String> show(
      String name, PCollection<T> rows, SerializableFunction<T, String> f) {
    return rows.apply(name, MapElements.into(TypeDescriptors.strings()).via(f));
  }

  // Row builders for current-state inputs.

  static EventRow.Builder eventRow(
      String id, String name, String file, long index, long seconds, String run) {
    return EventRow.builder()
        .setEventId(id)
        .setEventName(name)
        .setSourceFile(file)
        .setRecordIndex(index)
        .setOrigin(SilverLineage.STANDALONE)
        .setRunId(run)
        .setIngestionTimestamp(t(seconds));
  }

  static VenueRow venueRow(
      String id, String name, String file, long index, long seconds, String origin, String run) {
    return VenueRow.builder()
        .setVenueId(id)
        .setVenueName(name)
        .setSourceFile(file)
        .setRecordIndex(index)
        .setOrigin(origin)
        .setRunId(run)
        .setIngestionTimestamp(t(seconds))
        .build();
  }

  static AttractionRow attractionRow(
      String id, String name, String file, long index, long seconds, String run) {
    return AttractionRow.builder()
        .setAttractionId(id)
        .setAttractionName(name)
        .setSourceFile(file)
        .setRecordIndex(index)
        .setOrigin(SilverLineage.STANDALONE)
        .setRunId(run)
        .setIngestionTimestamp(t(seconds))
        .build();
  }

  static VenueMarketRow venueMarketRow(String venue, String market, VenueRow parent) {
    return VenueMarketRow.builder()
        .setVenueId(venue)
        .setMarketId(market)
        .setSourceFile(parent.getSourceFile())
        .setRecordIndex(parent.getRecordIndex())
        .setOrigin(parent.getOrigin())
        .setRunId(parent.getRunId())
        .setIngestionTimestamp(parent.getIngestionTimestamp())
        .build();
  }
}
