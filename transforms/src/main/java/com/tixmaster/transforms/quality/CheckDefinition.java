package com.tixmaster.transforms.quality;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import java.math.BigDecimal;
import javax.annotation.Nullable;

/**
 * One data-quality check: its stable name, the table it guards, its severity, its tolerance, a
 * one-sentence rule, and its Databricks SQL. {@link QualityChecks} lists every check; the Beam
 * checks read their name, severity and threshold from here, and {@link QualitySqlGenerator} writes
 * {@link #sql()} to {@code sql/quality/NN_<name>.sql}.
 *
 * <p>{@link #sqlTemplate()} is a {@code SELECT} over three-level names {@code
 * ${catalog}.<schema>.<table>} that returns the offending rows (or, for reconciliation and
 * freshness, one row of numbers and a status). It may also use {@code ${threshold}}, which {@link
 * #sql()} fills in from {@link #threshold()}; {@code ${catalog}} is left for whoever runs the
 * query.
 */
@AutoValue
public abstract class CheckDefinition implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The placeholder for the Unity Catalog catalog in the SQL. */
  public static final String CATALOG = "${catalog}";

  /** The placeholder for {@link #threshold()} in the SQL template. */
  public static final String THRESHOLD = "${threshold}";

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
    return new AutoValue_CheckDefinition.Builder();
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

    public abstract CheckDefinition build();
  }
}
