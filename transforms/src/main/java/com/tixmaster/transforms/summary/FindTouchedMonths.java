package com.tixmaster.transforms.summary;

import com.tixmaster.schemas.gold.FactEvent;
import com.tixmaster.schemas.gold.MonthlyEventSummary;
import com.tixmaster.transforms.gold.SchemaCoders;
import com.tixmaster.transforms.io.Buckets;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The months ({@code yyyyMM}) this run touched, which the summary recomputes:
 *
 * <ul>
 *   <li>the month of every fact that was inserted or changed (compared with the previous
 *       fact_events row of the same event_id), and the month it moved out of;
 *   <li>every month that has a non-test fact with a known date but no row in the previous summary
 *       (a first run, or a lost summary, is filled in).
 * </ul>
 *
 * Facts with date_key -1 belong to no month. An unchanged re-run touches nothing.
 */
public final class FindTouchedMonths extends PTransform<MonthlySummaryInput, PCollection<Integer>> {
  static final TupleTag<FactEvent> NEW = new TupleTag<FactEvent>("new") {};
  static final TupleTag<FactEvent> OLD = new TupleTag<FactEvent>("old") {};
  static final TupleTag<Integer> FACT_MONTH = new TupleTag<Integer>("fact_month") {};
  static final TupleTag<Integer> SUMMARY_MONTH = new TupleTag<Integer>("summary_month") {};

  /** {@code yyyyMM} of a date key; -1 when the date is unknown. */
  public static int monthOf(int dateKey) {
    return dateKey <= 0 ? -1 : dateKey / 100;
  }

  @Override
  public PCollection<Integer> expand(MonthlySummaryInput input) {
    KvCoder<String, FactEvent> factCoder =
        KvCoder.of(StringUtf8Coder.of(), SchemaCoders.of(input.getPipeline(), FactEvent.class));
    KvCoder<Integer, Integer> monthCoder = KvCoder.of(VarIntCoder.of(), VarIntCoder.of());
    PCollection<Integer> changed =
        KeyedPCollectionTuple.of(
                NEW,
                input
                    .factEvents()
                    .apply("KeyNewFacts", WithKeys.of(FactEvent::getEventId))
                    .setCoder(factCoder))
            .and(
                OLD,
                input
                    .previousFactEvents()
                    .apply("KeyPreviousFacts", WithKeys.of(FactEvent::getEventId))
                    .setCoder(factCoder))
            .apply("GroupByEventId", Buckets.coGroupByKey())
            .apply("ListMonthsOfChangedFacts", ParDo.of(new ChangedMonthsFn()))
            .setCoder(VarIntCoder.of());
    PCollection<KV<Integer, Integer>> factMonths =
        input
            .factEvents()
            .apply("ListMonthsOfFacts", ParDo.of(new FactMonthFn()))
            .setCoder(monthCoder);
    PCollection<KV<Integer, Integer>> summaryMonths =
        input
            .previousSummary()
            .apply(
                "ListMonthsOfSummary",
                MapElements.into(
                        TypeDescriptors.kvs(TypeDescriptors.integers(), TypeDescriptors.integers()))
                    .via((MonthlyEventSummary s) -> KV.of(KpiEvent.monthKeyOf(s), 1)))
            .setCoder(monthCoder);
    PCollection<Integer> unsummarized =
        KeyedPCollectionTuple.of(FACT_MONTH, factMonths)
            .and(SUMMARY_MONTH, summaryMonths)
            .apply("GroupByMonth", Buckets.coGroupByKey())
            .apply("FindMonthsWithoutSummary", ParDo.of(new UnsummarizedFn()))
            .setCoder(VarIntCoder.of());
    return PCollectionList.of(changed)
        .and(unsummarized)
        .apply("CombineMonths", Flatten.pCollections())
        .apply("DistinctMonths", Buckets.distinct());
  }

  /** Months of facts that differ from their previous row (both versions' months). */
  static final class ChangedMonthsFn extends DoFn<KV<String, CoGbkResult>, Integer> {
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> element, OutputReceiver<Integer> out) {
      List<FactEvent> fresh = new ArrayList<>();
      element.getValue().getAll(NEW).forEach(fresh::add);
      List<FactEvent> old = new ArrayList<>();
      element.getValue().getAll(OLD).forEach(old::add);
      if (fresh.equals(old)) {
        return;
      }
      for (FactEvent f : fresh) {
        emit(f, out);
      }
      for (FactEvent f : old) {
        emit(f, out);
      }
    }

    private static void emit(FactEvent fact, OutputReceiver<Integer> out) {
      int month = monthOf(fact.getDateKey());
      if (month > 0) {
        out.output(month);
      }
    }
  }

  /** {@code KV<month, 1>} of each non-test fact with a known date. */
  static final class FactMonthFn extends DoFn<FactEvent, KV<Integer, Integer>> {
    @ProcessElement
    public void process(@Element FactEvent fact, OutputReceiver<KV<Integer, Integer>> out) {
      int month = monthOf(fact.getDateKey());
      if (month > 0 && !fact.getIsTest()) {
        out.output(KV.of(month, 1));
      }
    }
  }

  /** Months with facts but no previous summary row. */
  static final class UnsummarizedFn extends DoFn<KV<Integer, CoGbkResult>, Integer> {
    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> element, OutputReceiver<Integer> out) {
      boolean hasFacts = element.getValue().getAll(FACT_MONTH).iterator().hasNext();
      boolean hasSummary = element.getValue().getAll(SUMMARY_MONTH).iterator().hasNext();
      if (hasFacts && !hasSummary) {
        out.output(element.getKey());
      }
    }
  }
}
