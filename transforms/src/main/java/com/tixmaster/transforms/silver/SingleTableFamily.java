package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.silver.AttractionRow;
import com.tixmaster.schemas.silver.ClassificationRow;
import com.tixmaster.schemas.silver.SilverLineage;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;

/**
 * A family of one state table and no children: this run's observations of it (standalone records
 * and the copies embedded in other records) + its current rows → its new state, newest observation
 * winning per natural key ({@link MergeLatest}). Serves {@code attractions} ({@link #attractions})
 * and {@code classifications} ({@link #classifications}).
 *
 * <p>Input tags: the table's row tag (this run's observations) and its {@code CURRENT_*} tag
 * (missing = empty). Output tags: the row tag (the new state) and {@code ACCOUNTING} (partial
 * rows).
 */
public final class SingleTableFamily<T extends SilverLineage>
    extends PTransform<PCollectionTuple, PCollectionTuple> {
  private static final long serialVersionUID = 1L;
  private final MergeLatest<T> merge;
  private final Class<T> type;
  private final TupleTag<T> observed;
  private final TupleTag<T> current;

  private SingleTableFamily(
      MergeLatest<T> merge, Class<T> type, TupleTag<T> observed, TupleTag<T> current) {
    this.merge = merge;
    this.type = type;
    this.observed = observed;
    this.current = current;
  }

  /** {@code attractions}, keyed by attraction id. */
  public static SingleTableFamily<AttractionRow> attractions(SilverConfig config) {
    return new SingleTableFamily<>(
        MergeLatest.of(config, Tallies.ATTRACTIONS, AttractionRow::getAttractionId),
        AttractionRow.class,
        SilverTags.ATTRACTIONS,
        SilverTags.CURRENT_ATTRACTIONS);
  }

  /** {@code classifications}, keyed by the five-level classification id. */
  public static SingleTableFamily<ClassificationRow> classifications(SilverConfig config) {
    return new SingleTableFamily<>(
        MergeLatest.of(config, Tallies.CLASSIFICATIONS, ClassificationRow::getClassificationId),
        ClassificationRow.class,
        SilverTags.CLASSIFICATIONS,
        SilverTags.CURRENT_CLASSIFICATIONS);
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple in) {
    String table = observed.getId();
    PCollectionTuple merged =
        merge.apply(
            "MergeCurrent" + Character.toUpperCase(table.charAt(0)) + table.substring(1),
            SilverInputs.orEmpty(in, current, type),
            in.get(observed));
    return PCollectionTuple.of(observed, merged.get(merge.mergedTag()))
        .and(SilverTags.ACCOUNTING, merged.get(SilverTags.ACCOUNTING));
  }
}
