package com.tixmaster.transforms.io;

import com.tixmaster.schemas.TableSpec;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;

/**
 * Reads the Parquet files of one table snapshot as schema'd rows. The caller (the lake) decides
 * which files form the snapshot; an empty list reads as an empty collection with the table's
 * schema, so a first run needs no special case.
 */
public final class ReadTable extends PTransform<PBegin, PCollection<Row>> {
  private final TableSpec spec;
  private final List<String> files;

  private ReadTable(TableSpec spec, List<String> files) {
    this.spec = spec;
    this.files = List.copyOf(files);
  }

  public static ReadTable of(TableSpec spec, List<String> files) {
    return new ReadTable(spec, files);
  }

  @Override
  public PCollection<Row> expand(PBegin input) {
    TableCodec codec = TableCodec.of(spec);
    if (files.isEmpty()) {
      return input.apply("CreateEmpty", Create.empty(RowCoder.of(codec.beamSchema())));
    }
    return input
        .apply("ListFiles", Create.of(files))
        .apply("MatchFiles", FileIO.matchAll())
        .apply("OpenFiles", FileIO.readMatches())
        .apply("ReadParquet", ParquetIO.readFiles(codec.avroSchema()))
        .apply("ToRows", ParDo.of(new ToRowFn(codec)))
        .setRowSchema(codec.beamSchema());
  }

  /** Avro record → Beam row. */
  static final class ToRowFn extends DoFn<GenericRecord, Row> {
    private final TableCodec codec;

    ToRowFn(TableCodec codec) {
      this.codec = codec;
    }

    @ProcessElement
    public void process(@Element GenericRecord record, OutputReceiver<Row> out) {
      out.output(codec.toRow(record));
    }
  }
}
