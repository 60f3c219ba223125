package com.tixmaster.transforms.quality;

import org.apache.beam.sdk.schemas.transforms.Group;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;

/**
 * The key values of a table that occur in more than one row (and, when asked, those with a null
 * part), as violations {@code KV<table, key>}: one per offending key value, not per row. A schema
 * {@link Group} by the key columns with a row count.
 */
final class DuplicateKeys extends PTransform<PCollection<Row>, PCollection<KV<String, String>>> {
  static final String ROW_COUNT = "row_count";

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
    return rows.apply(
            "CountRowsPerKey",
            Group.<Row>byFieldNames(key.columns())
                .aggregateField(key.columns().get(0), Count.combineFn(), ROW_COUNT))
        .apply("KeepDuplicates", ParDo.of(new DuplicateFn(key, flagNullKeys, prefixSamples)))
        .setCoder(Violations.CODER);
  }

  /** A grouped key whose count is over one (or that has a null part) as a violation. */
  static final class DuplicateFn extends DoFn<Row, KV<String, String>> {
    private final TableKey key;
    private final boolean flagNullKeys;
    private final boolean prefixSamples;

    DuplicateFn(TableKey key, boolean flagNullKeys, boolean prefixSamples) {
      this.key = key;
      this.flagNullKeys = flagNullKeys;
      this.prefixSamples = prefixSamples;
    }

    @ProcessElement
    public void process(@Element Row group, OutputReceiver<KV<String, String>> out) {
      Row keyRow = group.getRow("key");
      long rows = group.getRow("value").getInt64(ROW_COUNT);
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
