package com.tixmaster.transforms.summary;

import com.tixmaster.schemas.gold.DimAttraction;
import com.tixmaster.schemas.gold.DimDate;
import com.tixmaster.schemas.gold.DimVenue;
import com.tixmaster.schemas.gold.FactEvent;
import com.tixmaster.schemas.gold.GoldRejectedRow;
import com.tixmaster.schemas.gold.MonthlyEventSummary;
import com.tixmaster.transforms.gold.CollectDeadLetters;
import com.tixmaster.transforms.gold.DeadLetters;
import com.tixmaster.transforms.gold.GoldConfig;
import com.tixmaster.transforms.gold.GoldReasons;
import com.tixmaster.transforms.gold.SchemaCoders;
import com.tixmaster.transforms.io.Buckets;
import com.tixmaster.transforms.join.LookupJoin;
import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * monthly_event_summary: the complete new table. The months this run touched (see {@link
 * FindTouchedMonths}) are recomputed from fact_events joined to dim_date (non-test events with a
 * known date, grouped by the year and month of the venue-local event date) with {@link
 * MonthlyKpiFn}, and replace their previous rows; a touched month left without non-test events
 * loses its row. Every other month keeps its previous row unchanged, so no month is ever appended
 * twice.
 *
 * <p>Output: the table ({@link #SUMMARY}) and the facts of a touched month whose {@code date_key}
 * has no usable dim_date row ({@link #REJECTED}, {@code unknown_date_key}), which no month counts.
 */
public final class MonthlySummaryTransform
    extends PTransform<MonthlySummaryInput, PCollectionTuple> {
  /** The stage name on this stage's dead letters and counters. */
  public static final String STAGE = "summary";

  /** The complete new monthly_event_summary. */
  public static final TupleTag<MonthlyEventSummary> SUMMARY =
      new TupleTag<MonthlyEventSummary>("summary") {};

  /** This run's dead letters, for gold._rejected. */
  public static final TupleTag<GoldRejectedRow> REJECTED =
      new TupleTag<GoldRejectedRow>("rejected") {};

  static final TupleTag<FactEvent> FACTS = new TupleTag<FactEvent>("facts") {};
  static final TupleTag<Integer> TOUCHED = new TupleTag<Integer>("touched") {};
  static final TupleTag<DimDate> DATES = new TupleTag<DimDate>("dates") {};
  static final TupleTag<MonthlyEventSummary> PREVIOUS =
      new TupleTag<MonthlyEventSummary>("previous") {};
  static final TupleTag<MonthlyEventSummary> RECOMPUTED =
      new TupleTag<MonthlyEventSummary>("recomputed") {};
  static final TupleTag<KpiEvent> KPI_EVENTS = new TupleTag<KpiEvent>("kpi_events") {};

  private final GoldConfig config;

  private MonthlySummaryTransform(GoldConfig config) {
    this.config = config;
  }

  public static MonthlySummaryTransform of(GoldConfig config) {
    return new MonthlySummaryTransform(config);
  }

  @Override
  public PCollectionTuple expand(MonthlySummaryInput in) {
    DeadLetters letters = DeadLetters.of(STAGE, config.runId());
    SchemaCoder<FactEvent> factCoder = SchemaCoders.of(in.getPipeline(), FactEvent.class);
    SchemaCoder<KpiEvent> kpiCoder = SchemaCoders.of(in.getPipeline(), KpiEvent.class);
    SchemaCoder<MonthlyEventSummary> summaryCoder =
        SchemaCoders.of(in.getPipeline(), MonthlyEventSummary.class);
    KvCoder<Integer, Integer> monthFlagCoder = KvCoder.of(VarIntCoder.of(), VarIntCoder.of());

    PCollection<KV<Integer, Integer>> touched =
        in.apply("FindTouchedMonths", new FindTouchedMonths())
            .apply(
                "FlagTouchedMonths",
                MapElements.into(
                        TypeDescriptors.kvs(TypeDescriptors.integers(), TypeDescriptors.integers()))
                    .via((Integer month) -> KV.of(month, 1)))
            .setCoder(monthFlagCoder);

    PCollectionTuple joined =
        KeyedPCollectionTuple.of(
                FACTS,
                in.factEvents()
                    .apply("KeyFactsByMonth", ParDo.of(new KeyByMonthFn()))
                    .setCoder(KvCoder.of(VarIntCoder.of(), factCoder)))
            .and(TOUCHED, touched)
            .and(
                DATES,
                in.dimDate()
                    .apply("KeyDatesByMonth", ParDo.of(new KeyDateByMonthFn()))
                    .setCoder(
                        KvCoder.of(
                            VarIntCoder.of(), SchemaCoders.of(in.getPipeline(), DimDate.class))))
            .apply("GroupByMonth", Buckets.coGroupByKey())
            .apply(
                "JoinTouchedFactsToDimDate",
                ParDo.of(new JoinDimDateFn(letters, factCoder.getToRowFunction()))
                    .withOutputTags(KPI_EVENTS, TupleTagList.of(REJECTED)));
    PCollection<KpiEvent> kpiEvents = joined.get(KPI_EVENTS).setCoder(kpiCoder);
    kpiEvents =
        LookupJoin.<KpiEvent, Long, String>of(
                KpiEvent::getVenueSk,
                String::compareTo,
                (e, name) -> e.toBuilder().setVenueName(name).build())
            .join(
                "AttachVenueNames",
                kpiEvents,
                in.dimVenue()
                    .apply("ReadVenueNames", ParDo.of(new VenueNameFn()))
                    .setCoder(nameCoder()));
    kpiEvents =
        LookupJoin.<KpiEvent, Long, String>of(
                KpiEvent::getAttractionSk,
                String::compareTo,
                (e, name) -> e.toBuilder().setAttractionName(name).build())
            .join(
                "AttachAttractionNames",
                kpiEvents,
                in.dimAttraction()
                    .apply("ReadAttractionNames", ParDo.of(new AttractionNameFn()))
                    .setCoder(nameCoder()));

    PCollection<KV<Integer, MonthlyEventSummary>> recomputed =
        kpiEvents
            .apply(
                "KeyKpiEventsByMonth",
                WithKeys.of(KpiEvent::monthKey).withKeyType(TypeDescriptors.integers()))
            .setCoder(KvCoder.of(VarIntCoder.of(), kpiCoder))
            .apply("ComputeMonthlyKpis", Buckets.combinePerKey(new MonthlyKpiFn(config)))
            .setCoder(KvCoder.of(VarIntCoder.of(), summaryCoder));

    PCollection<MonthlyEventSummary> summary =
        KeyedPCollectionTuple.of(
                PREVIOUS,
                in.previousSummary()
                    .apply(
                        "KeyPreviousSummary",
                        WithKeys.of((MonthlyEventSummary s) -> KpiEvent.monthKeyOf(s))
                            .withKeyType(TypeDescriptors.integers()))
                    .setCoder(KvCoder.of(VarIntCoder.of(), summaryCoder)))
            .and(TOUCHED, touched)
            .and(RECOMPUTED, recomputed)
            .apply("GroupSummaryByMonth", Buckets.coGroupByKey())
            .apply("ReplaceTouchedMonths", ParDo.of(new ReplaceTouchedMonthsFn()))
            .setCoder(summaryCoder);
    PCollection<GoldRejectedRow> rejected =
        PCollectionList.of(
                joined
                    .get(REJECTED)
                    .setCoder(SchemaCoders.of(in.getPipeline(), GoldRejectedRow.class)))
            .apply("CollectDeadLetters", CollectDeadLetters.of(STAGE));
    return PCollectionTuple.of(SUMMARY, summary).and(REJECTED, rejected);
  }

  private static KvCoder<Long, String> nameCoder() {
    return KvCoder.of(VarLongCoder.of(), StringUtf8Coder.of());
  }

  /** {@code KV<yyyyMM, fact>} of non-test facts with a known date. */
  static final class KeyByMonthFn extends DoFn<FactEvent, KV<Integer, FactEvent>> {
    @ProcessElement
    public void process(@Element FactEvent fact, OutputReceiver<KV<Integer, FactEvent>> out) {
      int month = FindTouchedMonths.monthOf(fact.getDateKey());
      if (month > 0 && !fact.getIsTest()) {
        out.output(KV.of(month, fact));
      }
    }
  }

  /** {@code KV<yyyyMM, date>} of every known date. */
  static final class KeyDateByMonthFn extends DoFn<DimDate, KV<Integer, DimDate>> {
    @ProcessElement
    public void process(@Element DimDate date, OutputReceiver<KV<Integer, DimDate>> out) {
      int month = FindTouchedMonths.monthOf(date.getDateKey());
      if (month > 0) {
        out.output(KV.of(month, date));
      }
    }
  }

  /**
   * For a touched month: each fact ⋈ its dim_date row → {@link KpiEvent} (names are attached
   * later); a fact without a usable dim_date row is rejected. Grouping by month, not by date, keeps
   * the join to one key per month.
   */
  static final class JoinDimDateFn extends DoFn<KV<Integer, CoGbkResult>, KpiEvent> {
    private final Counter missingDate = Metrics.counter("gold", "summary_facts_without_dim_date");
    private final DeadLetters letters;
    private final SerializableFunction<FactEvent, Row> toRow;

    JoinDimDateFn(DeadLetters letters, SerializableFunction<FactEvent, Row> toRow) {
      this.letters = letters;
      this.toRow = toRow;
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> element, MultiOutputReceiver out) {
      CoGbkResult group = element.getValue();
      if (!group.getAll(TOUCHED).iterator().hasNext()) {
        return;
      }
      Map<Integer, DimDate> dates = new HashMap<>();
      group.getAll(DATES).forEach(d -> dates.put(d.getDateKey(), d));
      for (FactEvent fact : group.getAll(FACTS)) {
        DimDate date = dates.get(fact.getDateKey());
        if (date == null || date.getYear() == null || date.getMonth() == null) {
          missingDate.inc();
          out.get(REJECTED)
              .output(
                  letters.reject(
                      "gold.fact_events",
                      fact.getEventId(),
                      GoldReasons.UNKNOWN_DATE_KEY,
                      "date_key "
                          + fact.getDateKey()
                          + (date == null
                              ? " is not in gold.dim_date"
                              : " has no year or month in gold.dim_date"),
                      toRow.apply(fact)));
          continue;
        }
        out.get(KPI_EVENTS)
            .output(
                KpiEvent.builder()
                    .setEventId(fact.getEventId())
                    .setReportYear(date.getYear())
                    .setReportMonth(date.getMonth())
                    .setIsWeekend(Boolean.TRUE.equals(date.getIsWeekend()))
                    .setVenueSk(fact.getVenueSk())
                    .setAttractionSk(fact.getAttractionSk())
                    .setPriceMin(fact.getPriceMin())
                    .setPriceMax(fact.getPriceMax())
                    .setStatusCode(fact.getStatusCode())
                    .setIsTest(fact.getIsTest())
                    .build());
      }
    }
  }

  /** {@code KV<venue_sk, venue_name>} of every known version. */
  static final class VenueNameFn extends DoFn<DimVenue, KV<Long, String>> {
    @ProcessElement
    public void process(@Element DimVenue v, OutputReceiver<KV<Long, String>> out) {
      if (v.getVenueSk() != -1L && v.getVenueName() != null) {
        out.output(KV.of(v.getVenueSk(), v.getVenueName()));
      }
    }
  }

  /** {@code KV<attraction_sk, attraction_name>} of every known version. */
  static final class AttractionNameFn extends DoFn<DimAttraction, KV<Long, String>> {
    @ProcessElement
    public void process(@Element DimAttraction a, OutputReceiver<KV<Long, String>> out) {
      if (a.getAttractionSk() != -1L && a.getAttractionName() != null) {
        out.output(KV.of(a.getAttractionSk(), a.getAttractionName()));
      }
    }
  }

  /** Touched month: its recomputed row (or none); other months: the previous row. */
  static final class ReplaceTouchedMonthsFn
      extends DoFn<KV<Integer, CoGbkResult>, MonthlyEventSummary> {
    private final Counter recomputed = Metrics.counter("gold", "summary_months_recomputed");
    private final Counter dropped = Metrics.counter("gold", "summary_months_dropped");

    @ProcessElement
    public void process(
        @Element KV<Integer, CoGbkResult> element, OutputReceiver<MonthlyEventSummary> out) {
      CoGbkResult group = element.getValue();
      if (!group.getAll(TOUCHED).iterator().hasNext()) {
        group.getAll(PREVIOUS).forEach(out::output);
        return;
      }
      boolean any = false;
      for (MonthlyEventSummary row : group.getAll(RECOMPUTED)) {
        if (row.getTotalEvents() > 0) {
          any = true;
          out.output(row);
        }
      }
      (any ? recomputed : dropped).inc();
    }
  }
}
