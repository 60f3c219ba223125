package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.schemas.silver.RejectedRow;
import com.tixmaster.transforms.io.FileSplit;
import java.io.IOException;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reads row groups of bronze raw Parquet files ({@code <entity>_raw}, any entity) record by record
 * and parses each record as it is read ({@link RecordParser}: routed by its {@code entity} column,
 * its observations pre-merged per bundle, here about one row group), to every {@link SilverTags}
 * output ({@link SilverTags#REJECTED} the main one). A raw payload lives only while its record is
 * parsed: on the DirectRunner, which holds every collection in memory, the payloads (6 GB at 1M
 * events) never form a collection. The unit is a row group rather than a file so that a few large
 * raw files still spread over every worker.
 */
public final class ReadAndParseRowGroupsFn extends RowGroupParseFn<RejectedRow> {
  private static final long serialVersionUID = 1L;

  private ReadAndParseRowGroupsFn(
      SerializableFunction<Row, RawRecord> toRecord, SilverConfig config) {
    super(toRecord, config);
  }

  /**
   * The ParDo with every output tag registered; {@code toRecord} converts a raw table row to a
   * {@link RawRecord} (the schema registry's from-row function).
   */
  public static ParDo.MultiOutput<FileSplit, RejectedRow> parDo(
      SerializableFunction<Row, RawRecord> toRecord, SilverConfig config) {
    return ParDo.of(new ReadAndParseRowGroupsFn(toRecord, config))
        .withOutputTags(SilverTags.REJECTED, OUTPUTS);
  }

  /** The additional outputs. */
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

  @StartBundle
  public void startBundle() {
    start();
  }

  @ProcessElement
  public void processElement(@Element FileSplit rowGroup, MultiOutputReceiver out)
      throws IOException {
    RecordParser.Sink sink =
        new RecordParser.Sink() {
          @Override
          public <T> void output(TupleTag<T> tag, T value) {
            out.get(tag).output(value);
          }
        };
    read(rowGroup, sink);
  }

  @FinishBundle
  public void finishBundle(FinishBundleContext context) {
    finish(
        new RecordParser.Sink() {
          @Override
          public <T> void output(TupleTag<T> tag, T value) {
            context.output(tag, value, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
          }
        });
  }
}
