package com.tixmaster.transforms.documents;

import com.tixmaster.transforms.gold.KeyRowsBy;
import com.tixmaster.transforms.io.Buckets;
import java.io.Serializable;
import javax.annotation.Nullable;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * A left join of items to a silver table on a foreign key (a CoGroupByKey, no side input): each
 * item whose key matches a row gets {@code setter(item, row)}; the others pass unchanged.
 */
public final class AttachRows<T> extends PTransform<PCollectionTuple, PCollection<T>> {

  /** Reads an item's foreign key (null when it has none). */
  public interface KeyFn<T> extends Serializable {
    @Nullable
    String key(T item);
  }

  /** Returns the item completed from the matching row. */
  public interface Setter<T> extends Serializable {
    T with(T item, Row row);
  }

  private final TupleTag<T> itemsTag = new TupleTag<>("items");
  private final TupleTag<Row> rowsTag = new TupleTag<>("rows");
  private final String table;
  private final String keyColumn;
  private final KeyFn<T> keyFn;
  private final Setter<T> setter;

  private AttachRows(String table, String keyColumn, KeyFn<T> keyFn, Setter<T> setter) {
    this.table = table;
    this.keyColumn = keyColumn;
    this.keyFn = keyFn;
    this.setter = setter;
  }

  /** Applies a join named {@code name} of items to {@code rows} on {@code rows.keyColumn}. */
  public static <T> PCollection<T> attach(
      String name,
      PCollection<T> items,
      PCollection<Row> rows,
      String table,
      String keyColumn,
      KeyFn<T> keyFn,
      Setter<T> setter) {
    AttachRows<T> t = new AttachRows<>(table, keyColumn, keyFn, setter);
    return PCollectionTuple.of(t.itemsTag, items).and(t.rowsTag, rows).apply(name, t);
  }

  @Override
  public PCollection<T> expand(PCollectionTuple input) {
    PCollection<T> items = input.get(itemsTag);
    Coder<T> coder = items.getCoder();
    TupleTag<KV<String, T>> keyed = new TupleTag<>("keyed");
    TupleTag<T> unkeyed = new TupleTag<>("unkeyed");
    PCollectionTuple split =
        items.apply(
            "KeyItems",
            ParDo.of(new SplitFn<>(keyFn, keyed, unkeyed))
                .withOutputTags(keyed, TupleTagList.of(unkeyed)));
    TupleTag<T> joinItems = new TupleTag<>("joinItems");
    TupleTag<Row> joinRows = new TupleTag<>("joinRows");
    PCollection<T> joined =
        KeyedPCollectionTuple.of(
                joinItems, split.get(keyed).setCoder(KvCoder.of(StringUtf8Coder.of(), coder)))
            .and(joinRows, input.get(rowsTag).apply("KeyRows", KeyRowsBy.column(table, keyColumn)))
            .apply("JoinRows", Buckets.coGroupByKey())
            .apply("SetFromRows", ParDo.of(new SetFn<>(setter, joinItems, joinRows)))
            .setCoder(coder);
    return PCollectionList.of(joined)
        .and(split.get(unkeyed).setCoder(coder))
        .apply("CombineItems", Flatten.pCollections())
        .setCoder(coder);
  }

  static final class SplitFn<T> extends DoFn<T, KV<String, T>> {
    private final KeyFn<T> keyFn;
    private final TupleTag<KV<String, T>> keyed;
    private final TupleTag<T> unkeyed;

    SplitFn(KeyFn<T> keyFn, TupleTag<KV<String, T>> keyed, TupleTag<T> unkeyed) {
      this.keyFn = keyFn;
      this.keyed = keyed;
      this.unkeyed = unkeyed;
    }

    @ProcessElement
    public void process(@Element T item, MultiOutputReceiver out) {
      String key = keyFn.key(item);
      if (key == null) {
        out.get(unkeyed).output(item);
      } else {
        out.get(keyed).output(KV.of(key, item));
      }
    }
  }

  static final class SetFn<T> extends DoFn<KV<String, CoGbkResult>, T> {
    private final Setter<T> setter;
    private final TupleTag<T> items;
    private final TupleTag<Row> rows;

    SetFn(Setter<T> setter, TupleTag<T> items, TupleTag<Row> rows) {
      this.setter = setter;
      this.items = items;
      this.rows = rows;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> element, OutputReceiver<T> out) {
      Row match = null;
      for (Row r : element.getValue().getAll(rows)) {
        if (match == null || r.toString().compareTo(match.toString()) < 0) {
          match = r;
        }
      }
      for (T item : element.getValue().getAll(items)) {
        out.output(match == null ? item : setter.with(item, match));
      }
    }
  }
}
