package com.tixmaster.transforms.gold;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;

/**
 * Keys silver rows by the string value of one column; rows whose key is null are dropped and
 * counted ({@code gold/<table>_rows_without_<column>}).
 */
public final class KeyRowsBy extends PTransform<PCollection<Row>, PCollection<KV<String, Row>>> {
  private final String table;
  private final String column;

  private KeyRowsBy(String table, String column) {
    this.table = table;
    this.column = column;
  }

  public static KeyRowsBy column(String table, String column) {
    return new KeyRowsBy(table, column);
  }

  static String camel(String column) {
    StringBuilder b = new StringBuilder();
    for (String part : column.split("_")) {
      if (!part.isEmpty()) {
        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return b.toString();
  }

  @Override
  public PCollection<KV<String, Row>> expand(PCollection<Row> rows) {
    return rows.apply("KeyBy" + camel(column), ParDo.of(new KeyFn(table, column)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), RowCoder.of(rows.getSchema())));
  }

  static final class KeyFn extends DoFn<Row, KV<String, Row>> {
    private final String column;
    private final Counter missing;

    KeyFn(String table, String column) {
      this.column = column;
      this.missing = Metrics.counter("gold", table + "_rows_without_" + column);
    }

    @ProcessElement
    public void process(@Element Row row, OutputReceiver<KV<String, Row>> out) {
      String key = RowValues.string(row, column);
      if (key == null) {
        missing.inc();
      } else {
        out.output(KV.of(key, row));
      }
    }
  }
}
