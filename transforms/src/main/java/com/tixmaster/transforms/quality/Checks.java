package com.tixmaster.transforms.quality;

import com.tixmaster.schemas.gold.DataQualityResult;
import com.tixmaster.transforms.io.Buckets;
import com.tixmaster.transforms.quality.QualityChecks.Scd2Dimension;
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
 * The eleven checks, one composite each: {@code QualityInput → PCollection<DataQualityResult>} with
 * exactly one element. Each takes its name, severity and threshold from its {@link CheckDefinition}
 * in {@link QualityChecks}.
 */
public final class Checks {
  private Checks() {}

  /** The Beam check of {@code check}, e.g. to run one check alone. */
  public static PTransform<QualityInput, PCollection<DataQualityResult>> of(
      CheckDefinition check, QualityConfig config) {
    switch (check.name()) {
      case "orphaned_event_venues":
        return new OrphanedEventVenues(config);
      case "fact_null_keys":
        return new FactNullKeys(config);
      case "duplicate_fact_event_ids":
        return new DuplicateFactEventIds(config);
      case "fact_date_key_not_in_dim_date":
        return new FactKeyInDimension(
            QualityChecks.FACT_DATE_KEY_NOT_IN_DIM_DATE, QualityChecks.FACT_DATE, config);
      case "invalid_price_ranges":
        return new InvalidPriceRanges(config);
      case "fact_venue_sk_not_in_dim_venue":
        return new FactKeyInDimension(
            QualityChecks.FACT_VENUE_SK_NOT_IN_DIM_VENUE, QualityChecks.FACT_VENUE, config);
      case "bronze_silver_reconciliation":
        return new Reconciliation(config);
      case "scd2_integrity":
        return new Scd2Integrity(config);
      case "silver_primary_key_uniqueness":
        return new PrimaryKeyUniqueness(config);
      case "foreign_key_integrity":
        return new ForeignKeyIntegrity(config);
      case "silver_freshness":
        return new Freshness(config);
      default:
        throw new IllegalArgumentException("No Beam check for " + check.name());
    }
  }

  /** (1) event_venues rows whose event or venue is not in silver; one violation per pair. */
  static final class OrphanedEventVenues
      extends PTransform<QualityInput, PCollection<DataQualityResult>> {
    private final QualityConfig config;

    OrphanedEventVenues(QualityConfig config) {
      this.config = config;
    }

    @Override
    public PCollection<DataQualityResult> expand(QualityInput in) {
      PCollection<Row> eventVenues = in.table(QualityChecks.SILVER_EVENT_VENUES.table());
      PCollection<KV<String, String>> missingEvents =
          eventVenues.apply(
              "FindMissingEvents",
              DanglingReferences.of(QualityChecks.EVENT_VENUES_EVENT, in.table("silver.events")));
      PCollection<KV<String, String>> missingVenues =
          eventVenues.apply(
              "FindMissingVenues",
              DanglingReferences.of(QualityChecks.EVENT_VENUES_VENUE, in.table("silver.venues")));
      return PCollectionList.of(missingEvents)
          .and(missingVenues)
          .apply("FlattenOrphans", Flatten.pCollections())
          .apply("KeyByPair", KvSwap.create())
          .apply("GroupByPair", Buckets.groupByKey())
          .apply("MergePerPair", ParDo.of(new MergePerRecordFn()))
          .setCoder(Violations.CODER)
          .apply("Summarize", new SummarizeViolations(QualityChecks.ORPHANED_EVENT_VENUES, config));
    }
  }

  /** (2) fact rows with a null key column. */
  static final class FactNullKeys extends PTransform<QualityInput, PCollection<DataQualityResult>> {
    private final QualityConfig config;

    FactNullKeys(QualityConfig config) {
      this.config = config;
    }

    @Override
    public PCollection<DataQualityResult> expand(QualityInput in) {
      return in.table(QualityChecks.GOLD_FACT_EVENTS.table())
          .apply("FindNullKeys", ParDo.of(new FactNullKeysFn(QualityChecks.FACT_KEY_COLUMNS)))
          .setCoder(Violations.CODER)
          .apply("Summarize", new SummarizeViolations(QualityChecks.FACT_NULL_KEYS, config));
    }
  }

  /** (3) event_ids with more than one fact row. */
  static final class DuplicateFactEventIds
      extends PTransform<QualityInput, PCollection<DataQualityResult>> {
    private final QualityConfig config;

    DuplicateFactEventIds(QualityConfig config) {
      this.config = config;
    }

    @Override
    public PCollection<DataQualityResult> expand(QualityInput in) {
      return in.table(QualityChecks.GOLD_FACT_EVENTS.table())
          .apply("FindDuplicateEventIds", DuplicateKeys.of(QualityChecks.GOLD_FACT_EVENTS))
          .apply(
              "Summarize", new SummarizeViolations(QualityChecks.DUPLICATE_FACT_EVENT_IDS, config));
    }
  }

  /** (4), (6): non-null fact keys that are missing from their dimension. */
  static final class FactKeyInDimension
      extends PTransform<QualityInput, PCollection<DataQualityResult>> {
    private final CheckDefinition check;
    private final ForeignKey fk;
    private final QualityConfig config;

    FactKeyInDimension(CheckDefinition check, ForeignKey fk, QualityConfig config) {
      this.check = check;
      this.fk = fk;
      this.config = config;
    }

    @Override
    public PCollection<DataQualityResult> expand(QualityInput in) {
      return in.table(fk.child().table())
          .apply(
              "FindMissingKeys",
              DanglingReferences.of(fk, in.table(fk.parentTable())).skippingNulls().withoutPart())
          .apply("Summarize", new SummarizeViolations(check, config));
    }
  }

  /** (5) price ranges with min > max or a negative price, in silver events, price ranges, facts. */
  static final class InvalidPriceRanges
      extends PTransform<QualityInput, PCollection<DataQualityResult>> {
    private final QualityConfig config;

    InvalidPriceRanges(QualityConfig config) {
      this.config = config;
    }

    @Override
    public PCollection<DataQualityResult> expand(QualityInput in) {
      PCollectionList<KV<String, String>> found = PCollectionList.empty(in.getPipeline());
      for (TableKey table : QualityChecks.PRICED_TABLES) {
        found =
            found.and(
                in.table(table.table())
                    .apply(
                        "FindInvalidPrices_" + table.shortName(),
                        ParDo.of(new InvalidPricesFn(table)))
                    .setCoder(Violations.CODER));
      }
      return found
          .apply("FlattenInvalidPrices", Flatten.pCollections())
          .apply("Summarize", new SummarizeViolations(QualityChecks.INVALID_PRICE_RANGES, config));
    }
  }

  /** (7) bronze event records = silver events + rejected + superseded, within the threshold. */
  static final class Reconciliation
      extends PTransform<QualityInput, PCollection<DataQualityResult>> {
    private final QualityConfig config;

    Reconciliation(QualityConfig config) {
      this.config = config;
    }

    @Override
    public PCollection<DataQualityResult> expand(QualityInput in) {
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
          .apply(
              "Reconcile", Combine.globally(new ReconciliationFn(config.reconciliationWarnPct())))
          .apply("EmitResult", new EmitResult(QualityChecks.BRONZE_SILVER_RECONCILIATION, config));
    }
  }

  /** (8) SCD2 histories of dim_venue and dim_attraction. */
  static final class Scd2Integrity
      extends PTransform<QualityInput, PCollection<DataQualityResult>> {
    private final QualityConfig config;

    Scd2Integrity(QualityConfig config) {
      this.config = config;
    }

    @Override
    public PCollection<DataQualityResult> expand(QualityInput in) {
      PCollectionList<KV<String, String>> found = PCollectionList.empty(in.getPipeline());
      for (Scd2Dimension dim : QualityChecks.SCD2_DIMENSIONS) {
        PCollection<Row> rows = in.table(dim.table());
        found =
            found.and(
                rows.apply("KeyVersions_" + dim.shortName(), ParDo.of(new KeyVersionsFn(dim)))
                    .setCoder(KvCoder.of(StringUtf8Coder.of(), RowCoder.of(rows.getSchema())))
                    .apply("GroupVersions_" + dim.shortName(), Buckets.groupByKey())
                    .apply("CheckHistories_" + dim.shortName(), ParDo.of(new Scd2HistoryFn(dim)))
                    .setCoder(Violations.CODER));
      }
      return found
          .apply("FlattenBrokenHistories", Flatten.pCollections())
          .apply("Summarize", new SummarizeViolations(QualityChecks.SCD2_INTEGRITY, config));
    }
  }

  /** (9) every silver primary key unique and not null. */
  static final class PrimaryKeyUniqueness
      extends PTransform<QualityInput, PCollection<DataQualityResult>> {
    private final QualityConfig config;

    PrimaryKeyUniqueness(QualityConfig config) {
      this.config = config;
    }

    @Override
    public PCollection<DataQualityResult> expand(QualityInput in) {
      PCollectionList<KV<String, String>> found = PCollectionList.empty(in.getPipeline());
      for (TableKey pk : QualityChecks.SILVER_PRIMARY_KEYS) {
        found =
            found.and(
                in.table(pk.table())
                    .apply("FindDuplicateKeys_" + pk.shortName(), DuplicateKeys.primaryKey(pk)));
      }
      return found
          .apply("FlattenDuplicateKeys", Flatten.pCollections())
          .apply(
              "Summarize",
              new SummarizeViolations(QualityChecks.SILVER_PRIMARY_KEY_UNIQUENESS, config));
    }
  }

  /** (10) every foreign key of silver and gold. */
  static final class ForeignKeyIntegrity
      extends PTransform<QualityInput, PCollection<DataQualityResult>> {
    private final QualityConfig config;

    ForeignKeyIntegrity(QualityConfig config) {
      this.config = config;
    }

    @Override
    public PCollection<DataQualityResult> expand(QualityInput in) {
      PCollectionList<KV<String, String>> found = PCollectionList.empty(in.getPipeline());
      for (ForeignKey fk : QualityChecks.FOREIGN_KEYS) {
        found =
            found.and(
                in.table(fk.child().table())
                    .apply(
                        "FindDangling_" + fk.name(),
                        DanglingReferences.of(fk, in.table(fk.parentTable())).prefixingSamples()));
      }
      return found
          .apply("FlattenDangling", Flatten.pCollections())
          .apply("Summarize", new SummarizeViolations(QualityChecks.FOREIGN_KEY_INTEGRITY, config));
    }
  }

  /** (11) the newest silver event is within the freshness window of as-of. */
  static final class Freshness extends PTransform<QualityInput, PCollection<DataQualityResult>> {
    private final QualityConfig config;

    Freshness(QualityConfig config) {
      this.config = config;
    }

    @Override
    public PCollection<DataQualityResult> expand(QualityInput in) {
      return in.table("silver.events")
          .apply(
              "FindNewestIngestion",
              Combine.globally(new FreshnessFn(config.asOf(), config.freshnessHours())))
          .apply("EmitResult", new EmitResult(QualityChecks.SILVER_FRESHNESS, config));
    }
  }
}
