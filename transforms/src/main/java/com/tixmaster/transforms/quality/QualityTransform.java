package com.tixmaster.transforms.quality;

import com.tixmaster.schemas.gold.DataQualityResult;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;

/**
 * The data-quality audits (write-audit-publish): the eleven checks of {@link QualityChecks} over
 * this run's silver tables and its staged gold star schema, before gold is published.
 *
 * <p>Output: {@code gold.data_quality_results} rows, exactly one per check and run, PASSED, FAILED
 * or WARNING, with {@code checked_at} = the config's as-of instant (a rerun gives the same rows).
 * Deciding whether to publish gold is the caller's: block on a FAILED result at or above the
 * configured severity. Each FAILED check counts {@code quality/<check_name>_failed} (a WARNING,
 * {@code _warning}).
 */
public final class QualityTransform
    extends PTransform<QualityInput, PCollection<DataQualityResult>> {
  private final QualityConfig config;

  private QualityTransform(QualityConfig config) {
    this.config = config;
  }

  public static QualityTransform of(QualityConfig config) {
    return new QualityTransform(config);
  }

  @Override
  public PCollection<DataQualityResult> expand(QualityInput in) {
    return PCollectionList.of(
            in.apply("CheckOrphanedEventVenues", check(QualityChecks.ORPHANED_EVENT_VENUES)))
        .and(in.apply("CheckFactNullKeys", check(QualityChecks.FACT_NULL_KEYS)))
        .and(in.apply("CheckDuplicateFactEventIds", check(QualityChecks.DUPLICATE_FACT_EVENT_IDS)))
        .and(in.apply("CheckFactDateKeys", check(QualityChecks.FACT_DATE_KEY_NOT_IN_DIM_DATE)))
        .and(in.apply("CheckPriceRanges", check(QualityChecks.INVALID_PRICE_RANGES)))
        .and(in.apply("CheckFactVenueKeys", check(QualityChecks.FACT_VENUE_SK_NOT_IN_DIM_VENUE)))
        .and(
            in.apply(
                "CheckBronzeSilverReconciliation",
                check(QualityChecks.BRONZE_SILVER_RECONCILIATION)))
        .and(in.apply("CheckScd2Integrity", check(QualityChecks.SCD2_INTEGRITY)))
        .and(in.apply("CheckSilverPrimaryKeys", check(QualityChecks.SILVER_PRIMARY_KEY_UNIQUENESS)))
        .and(in.apply("CheckForeignKeys", check(QualityChecks.FOREIGN_KEY_INTEGRITY)))
        .and(in.apply("CheckSilverFreshness", check(QualityChecks.SILVER_FRESHNESS)))
        .apply("CollectResults", Flatten.pCollections());
  }

  private PTransform<QualityInput, PCollection<DataQualityResult>> check(CheckDefinition check) {
    return Checks.of(check, config);
  }
}
