package com.tixmaster.transforms.gold;

import com.tixmaster.schemas.gold.DimDate;
import com.tixmaster.schemas.gold.FactEvent;
import com.tixmaster.transforms.io.Buckets;
import java.time.LocalDate;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.Impulse;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;

/**
 * dim_date: the base calendar (2020-01-01..2030-12-31 and row -1) plus every date of fact_events
 * outside it, so that every {@code date_key} of the facts has its row.
 */
public final class BuildDimDate extends PTransform<PCollection<FactEvent>, PCollection<DimDate>> {

  @Override
  public PCollection<DimDate> expand(PCollection<FactEvent> facts) {
    SchemaCoder<DimDate> coder = SchemaCoders.of(facts.getPipeline(), DimDate.class);
    PCollection<DimDate> base =
        PBegin.in(facts.getPipeline())
            .apply("StartCalendar", Impulse.create())
            .apply("GenerateCalendar", ParDo.of(new GenerateCalendarFn()))
            .setCoder(coder);
    PCollection<DimDate> extra =
        facts
            .apply("CollectEventDates", ParDo.of(new OutsideDateKeyFn()))
            .setCoder(VarIntCoder.of())
            .apply("DistinctEventDates", Buckets.distinct())
            .apply("DescribeEventDates", ParDo.of(new DescribeDateFn()))
            .setCoder(coder);
    return PCollectionList.of(base)
        .and(extra)
        .apply("CombineCalendar", Flatten.pCollections())
        .setCoder(coder);
  }

  /** Emits the base calendar once. */
  static final class GenerateCalendarFn extends DoFn<byte[], DimDate> {
    @ProcessElement
    public void process(OutputReceiver<DimDate> out) {
      DimDateGenerator.baseCalendar().forEach(out::output);
    }
  }

  /** The fact's date key when it is known and outside the base range. */
  static final class OutsideDateKeyFn extends DoFn<FactEvent, Integer> {
    @ProcessElement
    public void process(@Element FactEvent fact, OutputReceiver<Integer> out) {
      int key = fact.getDateKey();
      if (key != DimDate.UNKNOWN_KEY
          && !DimDateGenerator.inBaseRange(key)
          && FactRules.dateOf(key) != null) {
        out.output(key);
      }
    }
  }

  /** Date key → its dim_date row. */
  static final class DescribeDateFn extends DoFn<Integer, DimDate> {
    @ProcessElement
    public void process(@Element Integer key, OutputReceiver<DimDate> out) {
      LocalDate date = FactRules.dateOf(key);
      if (date != null) {
        out.output(DimDateGenerator.row(date));
      }
    }
  }
}
