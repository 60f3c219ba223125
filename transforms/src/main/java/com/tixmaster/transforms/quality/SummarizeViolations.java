package com.tixmaster.transforms.quality;

import com.tixmaster.schemas.gold.DataQualityResult;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * A check's violations ({@code KV<part, sample key>}, one per offending record) to its one result:
 * exactly one element, whether there are violations or not.
 */
final class SummarizeViolations
    extends PTransform<PCollection<KV<String, String>>, PCollection<DataQualityResult>> {
  private final CheckDefinition check;
  private final QualityConfig config;

  SummarizeViolations(CheckDefinition check, QualityConfig config) {
    this.check = check;
    this.config = config;
  }

  @Override
  public PCollection<DataQualityResult> expand(PCollection<KV<String, String>> violations) {
    return violations
        .apply("CountViolations", Combine.globally(new ViolationSummaryFn(check)))
        .apply("EmitResult", new EmitResult(check, config));
  }
}
