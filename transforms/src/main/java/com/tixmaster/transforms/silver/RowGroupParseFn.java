package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.transforms.io.FileSplit;
import com.tixmaster.transforms.io.ReadTable;
import com.tixmaster.transforms.io.TableCodec;
import java.io.IOException;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.Row;

/**
 * What silver's two parse DoFns share: read a row group of a bronze raw Parquet file record by
 * record and parse each record into its observations ({@link RecordParser}), into a {@link
 * RecordParser.Sink}. {@link ReadAndParseRowGroupsFn} gives every kind of observation an output of
 * its own; {@link ReadAndParseRowGroupsTaggedFn} emits them as one tagged collection.
 */
abstract class RowGroupParseFn<OutT> extends DoFn<FileSplit, OutT> {
  private static final long serialVersionUID = 1L;

  private final TableCodec codec = TableCodec.of(BronzeTables.EVENTS_RAW);
  private final SerializableFunction<Row, RawRecord> toRecord;
  private final RecordParser parser;

  RowGroupParseFn(SerializableFunction<Row, RawRecord> toRecord, SilverConfig config) {
    this.toRecord = toRecord;
    this.parser = new RecordParser(config);
  }

  final void start() {
    parser.startBundle();
  }

  final void read(FileSplit rowGroup, RecordParser.Sink sink) throws IOException {
    ReadTable.readSplit(rowGroup, codec, row -> parser.process(toRecord.apply(row), sink));
  }

  final void finish(RecordParser.Sink sink) {
    parser.finishBundle(sink);
  }
}
