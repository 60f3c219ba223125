package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.schemas.silver.RejectedRow;
import com.tixmaster.transforms.json.AttractionParser;
import com.tixmaster.transforms.json.ClassificationParser;
import com.tixmaster.transforms.json.EventParser;
import com.tixmaster.transforms.json.Observation;
import com.tixmaster.transforms.json.ParsedRows;
import com.tixmaster.transforms.json.VenueParser;
import javax.annotation.Nullable;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Parses each bronze record once, and emits everything it yields to the {@link SilverTags} outputs:
 * rows (main output: {@link SilverTags#REJECTED}), embedded copies, and partial accounting rows
 * ({@code records_in}, {@code embedded_in}), summed per entity over the bundle. Raises a Beam
 * counter per rejection and per parse quirk. Never throws on data. The work per record is {@link
 * RecordParser}'s.
 *
 * <p>Of one {@link Kind} (a family composite's own records), or of any entity ({@link
 * #parDoAnyEntity}: routed by the {@code entity} column, observations pre-merged per bundle).
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

  private final RecordParser parser;

  private ParseRecordsFn(@Nullable Kind kind, SilverConfig config) {
    this.parser = new RecordParser(kind, config);
  }

  /** The ParDo for records of {@code kind}, with every output tag registered. */
  public static ParDo.MultiOutput<RawRecord, RejectedRow> parDo(Kind kind, SilverConfig config) {
    return ParDo.of(new ParseRecordsFn(kind, config)).withOutputTags(SilverTags.REJECTED, OUTPUTS);
  }

  /**
   * The ParDo for records of every entity: routed by their {@code entity} column, with the event,
   * venue, market, attraction and classification observations pre-merged per bundle ({@link
   * BundleWinners}).
   */
  public static ParDo.MultiOutput<RawRecord, RejectedRow> parDoAnyEntity(SilverConfig config) {
    return ParDo.of(new ParseRecordsFn(null, config)).withOutputTags(SilverTags.REJECTED, OUTPUTS);
  }

  /** The additional outputs of the parse DoFns. */
  static final TupleTagList OUTPUTS =
      TupleTagList.of(SilverTags.EVENTS)
          .and(SilverTags.PRICE_RANGES)
          .and(SilverTags.EVENT_VENUES)
          .and(SilverTags.EVENT_ATTRACTIONS)
          .and(SilverTags.VENUES)
          .and(SilverTags.MARKETS)
          .and(SilverTags.VENUE_MARKETS)
          .and(SilverTags.ATTRACTIONS)
          .and(SilverTags.CLASSIFICATIONS)
          .and(SilverTags.ACCOUNTING);

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
    parser.startBundle();
  }

  @ProcessElement
  public void processElement(@Element RawRecord record, MultiOutputReceiver out) {
    parser.process(record, receiverSink(out));
  }

  @FinishBundle
  public void finishBundle(FinishBundleContext context) {
    parser.finishBundle(finishSink(context));
  }

  /** A sink over a DoFn's receiver. */
  static RecordParser.Sink receiverSink(MultiOutputReceiver out) {
    return new RecordParser.Sink() {
      @Override
      public <T> void output(TupleTag<T> tag, T value) {
        out.get(tag).output(value);
      }
    };
  }

  /** A sink over a finish-bundle context (global window). */
  static RecordParser.Sink finishSink(DoFn<?, ?>.FinishBundleContext context) {
    return new RecordParser.Sink() {
      @Override
      public <T> void output(TupleTag<T> tag, T value) {
        context.output(tag, value, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
      }
    };
  }
}
