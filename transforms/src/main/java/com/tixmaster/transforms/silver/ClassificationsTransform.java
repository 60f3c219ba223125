package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.schemas.silver.AccountingRow;
import com.tixmaster.schemas.silver.ClassificationRow;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * The classifications family: bronze classification records (segment and type trees) + the
 * classifications of this run's events and attractions + the current state → new {@code
 * classifications}.
 *
 * <p>Input tags (missing = empty): {@code RECORDS} (classification records), {@code
 * CLASSIFICATIONS} (observations from events and attractions), {@code CURRENT_CLASSIFICATIONS}.
 * Output tags: {@code CLASSIFICATIONS}, {@code REJECTED}, {@code ACCOUNTING}.
 */
public final class ClassificationsTransform extends PTransform<PCollectionTuple, PCollectionTuple> {
  private static final long serialVersionUID = 1L;
  private final SilverConfig config;

  public ClassificationsTransform(SilverConfig config) {
    this.config = config;
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple in) {
    PCollectionTuple parsed =
        SilverInputs.orEmpty(in, SilverTags.RECORDS, RawRecord.class)
            .apply(
                "ParseClassifications",
                ParseRecordsFn.parDo(ParseRecordsFn.Kind.CLASSIFICATIONS, config));
    MergeLatest<ClassificationRow> merge =
        MergeLatest.of(config, Tallies.CLASSIFICATIONS, ClassificationRow::getClassificationId);
    PCollectionTuple merged =
        merge.apply(
            "MergeCurrentClassifications",
            SilverInputs.orEmpty(in, SilverTags.CURRENT_CLASSIFICATIONS, ClassificationRow.class),
            SilverInputs.union(
                "CollectClassificationObservations",
                parsed.get(SilverTags.CLASSIFICATIONS),
                SilverInputs.orEmpty(in, SilverTags.CLASSIFICATIONS, ClassificationRow.class)));
    PCollection<AccountingRow> tallies =
        PCollectionList.of(parsed.get(SilverTags.ACCOUNTING))
            .and(merged.get(SilverTags.ACCOUNTING))
            .and(
                SilverInputs.tallyRejections(
                    "TallyRejections", parsed.get(SilverTags.REJECTED), config))
            .apply("CollectTallies", Flatten.pCollections());
    return PCollectionTuple.of(SilverTags.CLASSIFICATIONS, merged.get(merge.mergedTag()))
        .and(SilverTags.REJECTED, parsed.get(SilverTags.REJECTED))
        .and(SilverTags.ACCOUNTING, tallies);
  }
}
