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
    PCollectionList<DataQualityResult> results = PCollectionList.empty(in.getPipeline());
    for (CheckDefinition check : QualityChecks.ALL) {
      results = results.and(in.apply(stepName(check), check.beamCheck(config)));
    }
    return results.apply("CollectResults", Flatten.pCollections());
  }

  /** {@code orphaned_event_venues} → {@code CheckOrphanedEventVenues}. */
  static String stepName(CheckDefinition check) {
    StringBuilder name = new StringBuilder("Check");
    for (String word : check.name().split("_")) {
      name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return name.toString();
  }
}
