package com.tixmaster.transforms.quality;

import com.google.auto.value.AutoValue;
import com.tixmaster.schemas.gold.DataQualityResult;
import java.io.Serializable;
import java.math.BigDecimal;
import javax.annotation.Nullable;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;

/**
 * One data-quality check: its stable name, the table it guards, its severity, its tolerance, a
 * one-sentence rule, its Databricks SQL and the factory of its Beam composite. {@link
 * QualityChecks} lists every check; {@link QualityTransform} builds each one's composite with
 * {@link #beamCheck}, which reads its name, severity and threshold from here, and {@link
 * QualitySqlGenerator} writes {@link #sql()} to {@code sql/quality/NN_<name>.sql}.
 *
 * <p>{@link #sqlTemplate()} is a {@code SELECT} over three-level names {@code
 * ${catalog}.<schema>.<table>} that returns the offending rows (or, for reconciliation and
 * freshness, the {@link #measured()} checks, one row of numbers with {@code status} and {@code
 * records_affected}). It may also use {@code ${threshold}}, which {@link #sql()} fills in from
 * {@link #threshold()}; {@code ${catalog}} is left for whoever runs the query.
 */
@AutoValue
public abstract class CheckDefinition implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The placeholder for the Unity Catalog catalog in the SQL. */
  public static final String CATALOG = "${catalog}";

  /** The placeholder for {@link #threshold()} in the SQL template. */
  public static final String THRESHOLD = "${threshold}";

  /** Builds a check's Beam composite ({@link Checks}) for one run's config. */
  public interface Factory {
    PTransform<QualityInput, PCollection<DataQualityResult>> create(
        CheckDefinition check, QualityConfig config);
  }

  /**
   * A {@link Factory} made only when asked for. The registry names each as {@code () ->
   * Checks.summarizing(Checks::someCheck)}: the outer lambda's type names no Beam class, and the
   * inner one is made when a pipeline asks for it, so {@link QualityChecks} (and the SQL generator)
   * loads without Beam on the class path.
   */
  public interface DeferredFactory extends Serializable {
    Factory get();
  }

  /** Position in the registry, 1-based; the {@code NN} of the SQL file name. */
  public abstract int number();

  /** Stable snake_case name: {@code data_quality_results.check_name}. */
  public abstract String name();

  /** The table (or tables) checked: {@code data_quality_results.table_name}. */
  public abstract String table();

  /** CRITICAL, HIGH, MEDIUM or LOW. */
  public abstract String severity();

  /** The tolerance, when the check has one (5.0 = 5 %, 48.0 = 48 hours); null = zero tolerance. */
  public abstract @Nullable Double threshold();

  /** What {@link #threshold()} measures, e.g. {@code "% of bronze records"}; null without one. */
  public abstract @Nullable String thresholdUnit();

  /** The rule the check enforces, as one sentence. */
  public abstract String description();

  /**
   * The offending thing as a plural noun phrase, for the details sentence {@code "Found N
   * <finding>."}, e.g. {@code "fact_events row(s) with a null key column"}.
   */
  public abstract String finding();

  /** What one row of the SQL result is. */
  public abstract String sqlResult();

  /** The Databricks SQL, over {@code ${catalog}} and, where it has one, {@code ${threshold}}. */
  public abstract String sqlTemplate();

  /**
   * Whether the check measures one outcome ({@code Checks.measuring}): its SQL returns one row with
   * {@code status} and {@code records_affected} columns. Otherwise its SQL returns the offending
   * rows, and their count is the records affected.
   */
  public abstract boolean measured();

  /** Where this check's Beam composite comes from. */
  public abstract DeferredFactory factory();

  /** This check's Beam composite for {@code config}: one result, PASSED, FAILED or WARNING. */
  public PTransform<QualityInput, PCollection<DataQualityResult>> beamCheck(QualityConfig config) {
    return factory().get().create(this, config);
  }

  /** {@code NN_<name>.sql}. */
  public String sqlFileName() {
    return String.format("%02d_%s.sql", number(), name());
  }

  /** {@link #sqlTemplate()} with the threshold filled in; {@code ${catalog}} stays. */
  public String sql() {
    String sql = sqlTemplate();
    if (sql.contains(THRESHOLD)) {
      if (threshold() == null) {
        throw new IllegalStateException(name() + ": SQL uses " + THRESHOLD + " but has none");
      }
      sql = sql.replace(THRESHOLD, formatNumber(threshold()));
    }
    return sql;
  }

  /** {@link #sql()} for one catalog, ready to run. */
  public String sql(String catalog) {
    return sql().replace(CATALOG, catalog);
  }

  /** A number without trailing zeros: 5.0 → {@code 5}, 2.5 → {@code 2.5}. */
  public static String formatNumber(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  public static Builder builder() {
    return new AutoValue_CheckDefinition.Builder().measured(false);
  }

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder number(int v);

    public abstract Builder name(String v);

    public abstract Builder table(String v);

    public abstract Builder severity(String v);

    public abstract Builder threshold(@Nullable Double v);

    public abstract Builder thresholdUnit(@Nullable String v);

    public abstract Builder description(String v);

    public abstract Builder finding(String v);

    public abstract Builder sqlResult(String v);

    public abstract Builder sqlTemplate(String v);

    public abstract Builder measured(boolean v);

    public abstract Builder factory(DeferredFactory v);

    public abstract CheckDefinition build();
  }
}
