package com.tixmaster.transforms.gold;

import com.tixmaster.schemas.gold.GoldRejectedRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * A stage's first step over silver: each row of the tables it reads that lacks its natural key (or
 * one of a link's two ids, {@link SilverInputs#NATURAL_KEYS}) becomes a dead letter ({@code
 * missing_key}) here, once, and the later steps see only keyed rows. Tables the stage does not read
 * pass through unchecked, so that no stage rejects a row it never looked at.
 */
public final class RejectRowsWithoutKeys extends PTransform<SilverInputs, KeyedSilver> {
  static final TupleTag<Row> KEYED = new TupleTag<Row>("keyed") {};
  static final TupleTag<GoldRejectedRow> REJECTED = new TupleTag<GoldRejectedRow>("rejected") {};

  private final DeadLetters letters;
  private final Set<String> tables;

  private RejectRowsWithoutKeys(DeadLetters letters, Set<String> tables) {
    this.letters = letters;
    this.tables = Set.copyOf(tables);
  }

  /** Checks the {@code tables} (names of {@link SilverInputs#NATURAL_KEYS}) a stage reads. */
  public static RejectRowsWithoutKeys in(Set<String> tables, DeadLetters letters) {
    for (String table : tables) {
      if (!SilverInputs.NATURAL_KEYS.containsKey(table)) {
        throw new IllegalArgumentException("Unknown silver table: " + table);
      }
    }
    return new RejectRowsWithoutKeys(letters, tables);
  }

  @Override
  public KeyedSilver expand(SilverInputs silver) {
    SilverInputs.Builder keyed = SilverInputs.builder();
    List<PCollection<GoldRejectedRow>> rejected = new ArrayList<>();
    for (String table : SilverInputs.NATURAL_KEYS.keySet()) {
      PCollection<Row> rows = silver.table(table);
      if (!tables.contains(table)) {
        keyed.table(table, rows);
        continue;
      }
      PCollectionTuple split =
          rows.apply(
              "Check" + KeyRowsBy.camel(table) + "Keys",
              ParDo.of(new SplitByKeyFn(table, SilverInputs.NATURAL_KEYS.get(table), letters))
                  .withOutputTags(KEYED, TupleTagList.of(REJECTED)));
      keyed.table(table, split.get(KEYED).setRowSchema(rows.getSchema()));
      rejected.add(
          split
              .get(REJECTED)
              .setCoder(SchemaCoders.of(silver.getPipeline(), GoldRejectedRow.class)));
    }
    List<String> checked = new ArrayList<>(SilverInputs.NATURAL_KEYS.keySet());
    checked.retainAll(tables);
    return new KeyedSilver(keyed.build(), checked, PCollectionList.of(rejected));
  }

  /** A row with every key column set passes; any other becomes a {@code missing_key} letter. */
  static final class SplitByKeyFn extends DoFn<Row, Row> {
    private final String table;
    private final List<String> keys;
    private final DeadLetters letters;

    SplitByKeyFn(String table, List<String> keys, DeadLetters letters) {
      this.table = table;
      this.keys = keys;
      this.letters = letters;
    }

    @ProcessElement
    public void process(@Element Row row, MultiOutputReceiver out) {
      String[] parts = new String[keys.size()];
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < parts.length; i++) {
        parts[i] = RowValues.string(row, keys.get(i));
        if (parts[i] == null) {
          missing.add(keys.get(i));
        }
      }
      if (missing.isEmpty()) {
        out.get(KEYED).output(row);
        return;
      }
      out.get(REJECTED)
          .output(
              letters.reject(
                  "silver." + table,
                  DeadLetters.key(parts),
                  GoldReasons.MISSING_KEY,
                  "silver." + table + " row without " + String.join(" or ", missing),
                  row));
    }
  }
}
