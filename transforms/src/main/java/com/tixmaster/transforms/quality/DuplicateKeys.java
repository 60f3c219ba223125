package com.tixmaster.transforms.quality;

import com.tixmaster.transforms.io.Buckets;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;

/**
 * The key values of a table that occur in more than one row (and, when asked, those with a null
 * part), as violations {@code KV<table, key>}: one per offending key value, not per row. A count of
 * rows per key (a row of the key columns), grouped with {@link Buckets}.
 */
final class DuplicateKeys extends PTransform<PCollection<Row>, PCollection<KV<String, String>>> {
  private final TableKey key;
  private final boolean flagNullKeys;
  private final boolean prefixSamples;

  private DuplicateKeys(TableKey key, boolean flagNullKeys, boolean prefixSamples) {
    this.key = key;
    this.flagNullKeys = flagNullKeys;
    this.prefixSamples = prefixSamples;
  }

  /**
   * Duplicated values of {@code key}, without a breakdown by table; a value with a null part counts
   * only when duplicated.
   */
  static DuplicateKeys of(TableKey key) {
    return new DuplicateKeys(key, false, false);
  }

  /** A primary key: unique and never null; samples read {@code <table>:<key>}. */
  static DuplicateKeys primaryKey(TableKey key) {
    return new DuplicateKeys(key, true, true);
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<Row> rows) {
    Schema.Builder keySchema = Schema.builder();
    for (String column : key.columns()) {
      keySchema.addField(rows.getSchema().getField(column));
    }
    Schema schema = keySchema.build();
    return rows.apply("KeyRowsByKey", ParDo.of(new KeyFn(key.columns(), schema)))
        .setCoder(KvCoder.of(RowCoder.of(schema), VarLongCoder.of()))
        .apply("CountRowsPerKey", Buckets.combinePerKey(Count.<Long>combineFn()))
        .setCoder(KvCoder.of(RowCoder.of(schema), VarLongCoder.of()))
        .apply("KeepDuplicates", ParDo.of(new DuplicateFn(key, flagNullKeys, prefixSamples)))
        .setCoder(Violations.CODER);
  }

  /** A row as {@code KV<its key columns, 1>}. */
  static final class KeyFn extends DoFn<Row, KV<Row, Long>> {
    private final List<String> columns;
    private final Schema schema;

    KeyFn(List<String> columns, Schema schema) {
      this.columns = columns;
      this.schema = schema;
    }

    @ProcessElement
    public void process(@Element Row row, OutputReceiver<KV<Row, Long>> out) {
      Row.Builder key = Row.withSchema(schema);
      for (String column : columns) {
        key.addValue(row.getValue(column));
      }
      out.output(KV.of(key.build(), 1L));
    }
  }

  /** A grouped key whose count is over one (or that has a null part) as a violation. */
  static final class DuplicateFn extends DoFn<KV<Row, Long>, KV<String, String>> {
    private final TableKey key;
    private final boolean flagNullKeys;
    private final boolean prefixSamples;

    DuplicateFn(TableKey key, boolean flagNullKeys, boolean prefixSamples) {
      this.key = key;
      this.flagNullKeys = flagNullKeys;
      this.prefixSamples = prefixSamples;
    }

    @ProcessElement
    public void process(@Element KV<Row, Long> group, OutputReceiver<KV<String, String>> out) {
      Row keyRow = group.getKey();
      long rows = group.getValue();
      boolean hasNull = key.columns().stream().anyMatch(c -> Values.key(keyRow, c) == null);
      if (rows > 1 || (flagNullKeys && hasNull)) {
        String sample = Values.recordKey(keyRow, key.columns());
        out.output(
            prefixSamples
                ? Violations.of(key.table(), key.shortName() + ":" + sample)
                : Violations.of("", sample));
      }
    }
  }
}
