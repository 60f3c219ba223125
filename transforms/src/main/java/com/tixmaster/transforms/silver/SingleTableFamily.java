package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.silver.AttractionRow;
import com.tixmaster.schemas.silver.ClassificationRow;
import com.tixmaster.schemas.silver.SilverLineage;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
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
  private final SilverConfig config;
  private final String entity;
  private final Class<T> type;
  private final TupleTag<T> observed;
  private final TupleTag<T> current;
  private final SerializableFunction<T, String> key;

  private SingleTableFamily(
      SilverConfig config,
      String entity,
      Class<T> type,
      TupleTag<T> observed,
      TupleTag<T> current,
      SerializableFunction<T, String> key) {
    this.config = config;
    this.entity = entity;
    this.type = type;
    this.observed = observed;
    this.current = current;
    this.key = key;
  }

  /** {@code attractions}, keyed by attraction id. */
  public static SingleTableFamily<AttractionRow> attractions(SilverConfig config) {
    return new SingleTableFamily<>(
        config,
        Tallies.ATTRACTIONS,
        AttractionRow.class,
        SilverTags.ATTRACTIONS,
        SilverTags.CURRENT_ATTRACTIONS,
        AttractionRow::getAttractionId);
  }

  /** {@code classifications}, keyed by the five-level classification id. */
  public static SingleTableFamily<ClassificationRow> classifications(SilverConfig config) {
    return new SingleTableFamily<>(
        config,
        Tallies.CLASSIFICATIONS,
        ClassificationRow.class,
        SilverTags.CLASSIFICATIONS,
        SilverTags.CURRENT_CLASSIFICATIONS,
        ClassificationRow::getClassificationId);
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple in) {
    MergeLatest<T> merge = MergeLatest.of(config, entity, key);
    PCollectionTuple merged =
        merge.apply(
            "MergeCurrent" + Character.toUpperCase(entity.charAt(0)) + entity.substring(1),
            SilverInputs.orEmpty(in, current, type),
            in.get(observed));
    return PCollectionTuple.of(observed, merged.get(merge.mergedTag()))
        .and(SilverTags.ACCOUNTING, merged.get(SilverTags.ACCOUNTING));
  }
}
