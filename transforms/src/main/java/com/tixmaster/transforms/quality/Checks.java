package com.tixmaster.transforms.quality;

import com.tixmaster.schemas.gold.DataQualityResult;
import com.tixmaster.transforms.io.Buckets;
import com.tixmaster.transforms.quality.QualityChecks.Scd2Dimension;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.KvSwap;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.Row;

/**
 * The Beam side of the eleven checks, named by each check's {@link CheckDefinition#factory()} in
 * {@link QualityChecks}: a check either {@link #summarizing summarizes} the violations a {@link
 * Finder} reports (one per offending record: counted, sampled) or {@link #measuring emits} the one
 * {@link Outcome} a {@link Measure} computes. Either way its composite takes {@code QualityInput →
 * PCollection<DataQualityResult>} with exactly one element, and its name, severity and threshold
 * from the check's definition.
 */
final class Checks {
  private Checks() {}

  /** Finds a check's violations: {@code KV<part, sample key>}, one per offending record. */
  interface Finder extends Serializable {
    PCollection<KV<String, String>> find(QualityInput in, QualityConfig config);
  }

  /** Computes a check's one outcome. */
  interface Measure extends Serializable {
    PCollection<Outcome> measure(QualityInput in, QualityConfig config);
  }

  /** A check whose result counts and samples the violations {@code finder} reports. */
  static CheckDefinition.Factory summarizing(Finder finder) {
    return (check, config) ->
        new Measured(
            check,
            config,
            (in, c) ->
                finder
                    .find(in, c)
                    .apply("CountViolations", Combine.globally(new ViolationSummaryFn(check))));
  }

  /** A check whose result is the outcome {@code measure} computes. */
  static CheckDefinition.Factory measuring(Measure measure) {
    return (check, config) -> new Measured(check, config, measure);
  }

  /** (1) event_venues rows whose event or venue is not in silver; one violation per pair. */
  static PCollection<KV<String, String>> orphanedEventVenues(
      QualityInput in, QualityConfig config) {
    PCollection<Row> eventVenues = in.table(QualityChecks.SILVER_EVENT_VENUES.table());
    return PCollectionList.of(
            eventVenues.apply(
                "FindMissingEvents",
                DanglingReferences.of(QualityChecks.EVENT_VENUES_EVENT, in.table("silver.events"))))
        .and(
            eventVenues.apply(
                "FindMissingVenues",
                DanglingReferences.of(QualityChecks.EVENT_VENUES_VENUE, in.table("silver.venues"))))
        .apply("FlattenOrphans", Flatten.pCollections())
        .apply("KeyByPair", KvSwap.create())
        .apply("GroupByPair", Buckets.groupByKey())
        .apply("MergePerPair", ParDo.of(new MergePerRecordFn()))
        .setCoder(Violations.CODER);
  }

  /** (2) fact rows with a null key column. */
  static PCollection<KV<String, String>> factNullKeys(QualityInput in, QualityConfig config) {
    return in.table(QualityChecks.GOLD_FACT_EVENTS.table())
        .apply("FindNullKeys", ParDo.of(new FactNullKeysFn(QualityChecks.FACT_KEY_COLUMNS)))
        .setCoder(Violations.CODER);
  }

  /** (3) event_ids with more than one fact row. */
  static PCollection<KV<String, String>> duplicateFactEventIds(
      QualityInput in, QualityConfig config) {
    return in.table(QualityChecks.GOLD_FACT_EVENTS.table())
        .apply("FindDuplicateEventIds", DuplicateKeys.of(QualityChecks.GOLD_FACT_EVENTS));
  }

  /** (4), (6): non-null fact keys of {@code fk} that are missing from its dimension. */
  static Finder factKeysMissingFrom(ForeignKey fk) {
    return (in, config) ->
        in.table(fk.child().table())
            .apply(
                "FindMissingKeys",
                DanglingReferences.of(fk, in.table(fk.parentTable()))
                    .skippingNulls()
                    .withoutPart());
  }

  /** (5) price ranges with min > max or a negative price, in silver events, price ranges, facts. */
  static PCollection<KV<String, String>> invalidPriceRanges(QualityInput in, QualityConfig config) {
    return eachOf(
        in,
        "FlattenInvalidPrices",
        QualityChecks.PRICED_TABLES,
        table ->
            in.table(table.table())
                .apply(
                    "FindInvalidPrices_" + table.shortName(), ParDo.of(new InvalidPricesFn(table)))
                .setCoder(Violations.CODER));
  }

  /** (7) bronze event records = silver events + rejected + superseded, within the threshold. */
  static PCollection<Outcome> reconciliation(QualityInput in, QualityConfig config) {
    KvCoder<String, Long> coder = KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    PCollection<KV<String, Long>> bronze =
        in.bronzeEventRecords()
            .apply("MeasureBronze", ParDo.of(new ReconciliationMeasuresFn.BronzeFn()))
            .setCoder(coder);
    PCollection<KV<String, Long>> silver =
        in.table("silver.events")
            .apply("MeasureSilverEvents", ParDo.of(new ReconciliationMeasuresFn.SilverEventFn()))
            .setCoder(coder);
    PCollection<KV<String, Long>> accounting =
        in.table("silver._accounting")
            .apply("MeasureAccounting", ParDo.of(new ReconciliationMeasuresFn.AccountingFn()))
            .setCoder(coder);
    return PCollectionList.of(bronze)
        .and(silver)
        .and(accounting)
        .apply("FlattenMeasures", Flatten.pCollections())
        .apply("Reconcile", Combine.globally(new ReconciliationFn(config.reconciliationWarnPct())));
  }

  /** (8) SCD2 histories of dim_venue and dim_attraction. */
  static PCollection<KV<String, String>> scd2Integrity(QualityInput in, QualityConfig config) {
    return eachOf(
        in,
        "FlattenBrokenHistories",
        QualityChecks.SCD2_DIMENSIONS,
        (Scd2Dimension dim) -> {
          PCollection<Row> rows = in.table(dim.table());
          return rows.apply("KeyVersions_" + dim.shortName(), ParDo.of(new KeyVersionsFn(dim)))
              .setCoder(KvCoder.of(StringUtf8Coder.of(), RowCoder.of(rows.getSchema())))
              .apply("GroupVersions_" + dim.shortName(), Buckets.groupByKey())
              .apply("CheckHistories_" + dim.shortName(), ParDo.of(new Scd2HistoryFn(dim)))
              .setCoder(Violations.CODER);
        });
  }

  /** (9) every silver primary key unique and not null. */
  static PCollection<KV<String, String>> silverPrimaryKeys(QualityInput in, QualityConfig config) {
    return eachOf(
        in,
        "FlattenDuplicateKeys",
        QualityChecks.SILVER_PRIMARY_KEYS,
        pk ->
            in.table(pk.table())
                .apply("FindDuplicateKeys_" + pk.shortName(), DuplicateKeys.primaryKey(pk)));
  }

  /** (10) every foreign key of silver and gold. */
  static PCollection<KV<String, String>> foreignKeys(QualityInput in, QualityConfig config) {
    return eachOf(
        in,
        "FlattenDangling",
        QualityChecks.FOREIGN_KEYS,
        fk ->
            in.table(fk.child().table())
                .apply(
                    "FindDangling_" + fk.name(),
                    DanglingReferences.of(fk, in.table(fk.parentTable())).prefixingSamples()));
  }

  /** (11) the newest silver event is within the freshness window of as-of. */
  static PCollection<Outcome> silverFreshness(QualityInput in, QualityConfig config) {
    return in.table("silver.events")
        .apply(
            "FindNewestIngestion",
            Combine.globally(new FreshnessFn(config.asOf(), config.freshnessHours())));
  }

  /**
   * The violations {@code find} reports for each of {@code parts}, flattened under {@code name}.
   */
  private static <T> PCollection<KV<String, String>> eachOf(
      QualityInput in,
      String name,
      List<T> parts,
      Function<T, PCollection<KV<String, String>>> find) {
    PCollectionList<KV<String, String>> found = PCollectionList.empty(in.getPipeline());
    for (T part : parts) {
      found = found.and(find.apply(part));
    }
    return found.apply(name, Flatten.pCollections());
  }

  /** A check that computes one outcome and emits it as its result. */
  static final class Measured extends PTransform<QualityInput, PCollection<DataQualityResult>> {
    private final CheckDefinition check;
    private final QualityConfig config;
    private final Measure measure;

    Measured(CheckDefinition check, QualityConfig config, Measure measure) {
      this.check = check;
      this.config = config;
      this.measure = measure;
    }

    @Override
    public PCollection<DataQualityResult> expand(QualityInput in) {
      return measure.measure(in, config).apply("EmitResult", new EmitResult(check, config));
    }
  }
}
