package com.tixmaster.transforms.quality;

import com.tixmaster.schemas.gold.DataQualityResult;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/** Turns a check's single {@link Outcome} into its schema'd {@link DataQualityResult}. */
final class EmitResult extends PTransform<PCollection<Outcome>, PCollection<DataQualityResult>> {
  private final CheckDefinition check;
  private final QualityConfig config;

  EmitResult(CheckDefinition check, QualityConfig config) {
    this.check = check;
    this.config = config;
  }

  @Override
  public PCollection<DataQualityResult> expand(PCollection<Outcome> outcome) {
    try {
      SchemaCoder<DataQualityResult> coder =
          outcome.getPipeline().getSchemaRegistry().getSchemaCoder(DataQualityResult.class);
      return outcome
          .apply("StampResult", ParDo.of(new EmitResultFn(check, config)))
          .setCoder(coder);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException("DataQualityResult has no schema", e);
    }
  }
}
