package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.schemas.silver.RejectedRow;
import com.tixmaster.transforms.io.FileSplit;
import com.tixmaster.transforms.io.ReadTable;
import com.tixmaster.transforms.io.TableCodec;
import java.io.IOException;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.Row;

/**
 * Reads row groups of bronze raw Parquet files ({@code <entity>_raw}, any entity) record by record
 * and parses each record as it is read, exactly as {@link ParseRecordsFn#parDoAnyEntity} does (same
 * outputs, same pre-merge per bundle, here about one row group). A raw payload lives only while its
 * record is parsed: on the DirectRunner, which holds every collection in memory, the payloads (6 GB
 * at 1M events) never form a collection. The unit is a row group rather than a file so that a few
 * large raw files still spread over every worker.
 */
public final class ReadAndParseRowGroupsFn extends DoFn<FileSplit, RejectedRow> {
  private static final long serialVersionUID = 1L;

  private final TableCodec codec = TableCodec.of(BronzeTables.EVENTS_RAW);
  private final SerializableFunction<Row, RawRecord> toRecord;
  private final RecordParser parser;

  private ReadAndParseRowGroupsFn(
      SerializableFunction<Row, RawRecord> toRecord, SilverConfig config) {
    this.toRecord = toRecord;
    this.parser = new RecordParser(null, config);
  }

  /**
   * The ParDo with every output tag registered; {@code toRecord} converts a raw table row to a
   * {@link RawRecord} (the schema registry's from-row function).
   */
  public static ParDo.MultiOutput<FileSplit, RejectedRow> parDo(
      SerializableFunction<Row, RawRecord> toRecord, SilverConfig config) {
    return ParDo.of(new ReadAndParseRowGroupsFn(toRecord, config))
        .withOutputTags(SilverTags.REJECTED, ParseRecordsFn.OUTPUTS);
  }

  @StartBundle
  public void startBundle() {
    parser.startBundle();
  }

  @ProcessElement
  public void processElement(@Element FileSplit rowGroup, MultiOutputReceiver out)
      throws IOException {
    RecordParser.Sink sink = ParseRecordsFn.receiverSink(out);
    ReadTable.readSplit(rowGroup, codec, row -> parser.process(toRecord.apply(row), sink));
  }

  @FinishBundle
  public void finishBundle(FinishBundleContext context) {
    parser.finishBundle(ParseRecordsFn.finishSink(context));
  }
}
