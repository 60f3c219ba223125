package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.schemas.silver.AccountingRow;
import com.tixmaster.schemas.silver.AttractionRow;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * The attractions family: bronze attraction records + the attractions embedded in this run's events
 * + the current state → new {@code attractions}.
 *
 * <p>Input tags (missing = empty): {@code RECORDS} (attraction records), {@code ATTRACTIONS}
 * (embedded observations from {@link EventsTransform}), {@code CURRENT_ATTRACTIONS}. Output tags:
 * {@code ATTRACTIONS} (new state), {@code CLASSIFICATIONS} (observations from the attraction
 * records, for {@link ClassificationsTransform}), {@code REJECTED}, {@code ACCOUNTING}.
 */
public final class AttractionsTransform extends PTransform<PCollectionTuple, PCollectionTuple> {
  private static final long serialVersionUID = 1L;
  private final SilverConfig config;

  public AttractionsTransform(SilverConfig config) {
    this.config = config;
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple in) {
    PCollectionTuple parsed =
        SilverInputs.orEmpty(in, SilverTags.RECORDS, RawRecord.class)
            .apply(
                "ParseAttractions", ParseRecordsFn.parDo(ParseRecordsFn.Kind.ATTRACTIONS, config));
    MergeLatest<AttractionRow> merge =
        MergeLatest.of(config, Tallies.ATTRACTIONS, AttractionRow::getAttractionId);
    PCollectionTuple merged =
        merge.apply(
            "MergeCurrentAttractions",
            SilverInputs.orEmpty(in, SilverTags.CURRENT_ATTRACTIONS, AttractionRow.class),
            SilverInputs.union(
                "CollectAttractionObservations",
                parsed.get(SilverTags.ATTRACTIONS),
                SilverInputs.orEmpty(in, SilverTags.ATTRACTIONS, AttractionRow.class)));
    PCollection<AccountingRow> tallies =
        PCollectionList.of(parsed.get(SilverTags.ACCOUNTING))
            .and(merged.get(SilverTags.ACCOUNTING))
            .and(
                SilverInputs.tallyRejections(
                    "TallyRejections", parsed.get(SilverTags.REJECTED), config))
            .apply("CollectTallies", Flatten.pCollections());
    return PCollectionTuple.of(SilverTags.ATTRACTIONS, merged.get(merge.mergedTag()))
        .and(SilverTags.CLASSIFICATIONS, parsed.get(SilverTags.CLASSIFICATIONS))
        .and(SilverTags.REJECTED, parsed.get(SilverTags.REJECTED))
        .and(SilverTags.ACCOUNTING, tallies);
  }
}
