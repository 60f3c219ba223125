package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.schemas.silver.RejectedRow;
import com.tixmaster.transforms.json.Observation;
import com.tixmaster.transforms.json.ReasonCodes;
import com.tixmaster.transforms.json.Rejections;
import java.util.Locale;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Routes mixed bronze records by their {@code entity} column. A record of an unknown entity goes
 * to the main output as an {@code unknown_entity} rejection.
 */
public final class RouteByEntityFn extends DoFn<RawRecord, RejectedRow> {
  private static final long serialVersionUID = 1L;

  public static final TupleTag<RawRecord> EVENT_RECORDS = new TupleTag<RawRecord>("event_records") {};
  public static final TupleTag<RawRecord> VENUE_RECORDS = new TupleTag<RawRecord>("venue_records") {};
  public static final TupleTag<RawRecord> ATTRACTION_RECORDS =
      new TupleTag<RawRecord>("attraction_records") {};
  public static final TupleTag<RawRecord> CLASSIFICATION_RECORDS =
      new TupleTag<RawRecord>("classification_records") {};

  private final String runId;

  public RouteByEntityFn(SilverConfig config) {
    this.runId = config.runId();
  }

  public static ParDo.MultiOutput<RawRecord, RejectedRow> parDo(SilverConfig config) {
    return ParDo.of(new RouteByEntityFn(config))
        .withOutputTags(
            SilverTags.REJECTED,
            TupleTagList.of(EVENT_RECORDS)
                .and(VENUE_RECORDS)
                .and(ATTRACTION_RECORDS)
                .and(CLASSIFICATION_RECORDS));
  }

  @ProcessElement
  public void processElement(@Element RawRecord record, MultiOutputReceiver out) {
    String entity = record.getEntity() == null ? "" : record.getEntity().strip().toLowerCase(Locale.ROOT);
    switch (entity) {
      case Tallies.EVENTS:
        out.get(EVENT_RECORDS).output(record);
        return;
      case Tallies.VENUES:
        out.get(VENUE_RECORDS).output(record);
        return;
      case Tallies.ATTRACTIONS:
        out.get(ATTRACTION_RECORDS).output(record);
        return;
      case Tallies.CLASSIFICATIONS:
        out.get(CLASSIFICATION_RECORDS).output(record);
        return;
      default:
        SilverCounters.counter(SilverCounters.rejected(ReasonCodes.UNKNOWN_ENTITY, false)).inc();
        out.get(SilverTags.REJECTED)
            .output(
                Rejections.row(
                    String.valueOf(record.getEntity()),
                    record.getRecordId(),
                    ReasonCodes.UNKNOWN_ENTITY,
                    "unknown entity '" + record.getEntity() + "'",
                    record.getPayload(),
                    Observation.standalone(record, runId)));
    }
  }
}
