package com.tixmaster.transforms.gold;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;
import org.joda.time.Instant;

/**
 * Describes one dimension to {@link DimensionMerge}: its gold schema, natural and surrogate key,
 * the attribute columns copied by name from the source rows, and how changes are handled.
 *
 * <ul>
 *   <li>{@link Kind#SCD2}: a change in a tracked column (compared through {@code row_hash}) closes
 *       the current version and opens a new one with a new surrogate key. The schema must carry the
 *       columns {@code valid_from}, {@code valid_to}, {@code is_current}, {@code row_hash} and
 *       {@code _run_id}.
 *   <li>{@link Kind#TYPE1}: a change overwrites the row in place; the surrogate key stays.
 * </ul>
 *
 * <p>The unknown member has surrogate key -1, natural key {@code "-1"}, {@code "Unknown"} in its
 * name column and null everywhere else; SCD2 unknown rows are valid from the epoch, current, and
 * opened by no run. It is a constant, so it is byte-identical in every run.
 */
public final class DimensionSpec implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How a dimension reacts to a changed source row. */
  public enum Kind {
    SCD2,
    TYPE1
  }

  public static final long UNKNOWN_SK = -1L;
  public static final String UNKNOWN_ID = "-1";
  public static final String UNKNOWN_NAME = "Unknown";

  public static final String VALID_FROM = "valid_from";
  public static final String VALID_TO = "valid_to";
  public static final String IS_CURRENT = "is_current";
  public static final String ROW_HASH = "row_hash";
  public static final String RUN_ID = "_run_id";

  /** The SCD2 bookkeeping columns. */
  public static final List<String> SCD2_COLUMNS =
      List.of(VALID_FROM, VALID_TO, IS_CURRENT, ROW_HASH, RUN_ID);

  private final String name;
  private final Kind kind;
  private final Schema schema;
  private final String naturalKey;
  private final String surrogateKey;
  private final List<String> attributes;
  private final List<String> tracked;
  private final Set<String> keepExistingWhenNull;
  private final String unknownNameColumn;

  private DimensionSpec(
      String name,
      Kind kind,
      Schema schema,
      String naturalKey,
      String surrogateKey,
      List<String> tracked,
      Set<String> keepExistingWhenNull,
      String unknownNameColumn) {
    this.name = name;
    this.kind = kind;
    this.schema = schema;
    this.naturalKey = naturalKey;
    this.surrogateKey = surrogateKey;
    List<String> attrs = new ArrayList<>();
    for (String field : schema.getFieldNames()) {
      boolean meta = kind == Kind.SCD2 && SCD2_COLUMNS.contains(field);
      if (!field.equals(naturalKey) && !field.equals(surrogateKey) && !meta) {
        attrs.add(field);
      }
    }
    this.attributes = List.copyOf(attrs);
    this.tracked = List.copyOf(kind == Kind.SCD2 ? tracked : attrs);
    this.keepExistingWhenNull = Set.copyOf(keepExistingWhenNull);
    this.unknownNameColumn = unknownNameColumn;
    require(schema.hasField(naturalKey), "natural key " + naturalKey);
    require(schema.hasField(surrogateKey), "surrogate key " + surrogateKey);
    require(schema.hasField(unknownNameColumn), "name column " + unknownNameColumn);
    for (String t : this.tracked) {
      require(attributes.contains(t), "tracked column " + t);
    }
    if (kind == Kind.SCD2) {
      for (String c : SCD2_COLUMNS) {
        require(schema.hasField(c), "SCD2 column " + c);
      }
    }
  }

  /** An SCD type 2 dimension tracking {@code tracked} (in hash order). */
  public static DimensionSpec scd2(
      String name,
      Schema schema,
      String naturalKey,
      String surrogateKey,
      List<String> tracked,
      String unknownNameColumn) {
    return new DimensionSpec(
        name, Kind.SCD2, schema, naturalKey, surrogateKey, tracked, Set.of(), unknownNameColumn);
  }

  /**
   * A type 1 dimension. A column of {@code keepExistingWhenNull} that the source leaves null keeps
   * the value already known.
   */
  public static DimensionSpec type1(
      String name,
      Schema schema,
      String naturalKey,
      String surrogateKey,
      Set<String> keepExistingWhenNull,
      String unknownNameColumn) {
    return new DimensionSpec(
        name,
        Kind.TYPE1,
        schema,
        naturalKey,
        surrogateKey,
        List.of(),
        keepExistingWhenNull,
        unknownNameColumn);
  }

  private void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalArgumentException("Dimension " + name + ": schema lacks " + what);
    }
  }

  public String name() {
    return name;
  }

  public Kind kind() {
    return kind;
  }

  public Schema schema() {
    return schema;
  }

  public String naturalKey() {
    return naturalKey;
  }

  public String surrogateKey() {
    return surrogateKey;
  }

  /** The columns copied by name from a source row. */
  public List<String> attributes() {
    return attributes;
  }

  /** The columns whose change makes a new version (SCD2) or an update (type 1). */
  public List<String> tracked() {
    return tracked;
  }

  public @Nullable String naturalKeyOf(Row dimRow) {
    return dimRow.getString(naturalKey);
  }

  public long surrogateKeyOf(Row dimRow) {
    Long sk = RowValues.asLong(dimRow.getValue(surrogateKey));
    return sk == null ? UNKNOWN_SK : sk;
  }

  public boolean isUnknown(Row dimRow) {
    return surrogateKeyOf(dimRow) == UNKNOWN_SK || UNKNOWN_ID.equals(naturalKeyOf(dimRow));
  }

  /** Whether the row is the current version (always true for type 1). */
  public boolean isCurrent(Row dimRow) {
    return kind == Kind.TYPE1 || Boolean.TRUE.equals(dimRow.getBoolean(IS_CURRENT));
  }

  /**
   * The dimension row a source row asks for, with surrogate key 0 (not yet assigned); for SCD2 a
   * current version valid from {@code config.asOf()}. Null when the source row has no natural key.
   */
  public @Nullable Row candidate(Row source, GoldConfig config) {
    String id = RowValues.string(source, naturalKey);
    if (id == null || UNKNOWN_ID.equals(id)) {
      return null;
    }
    Map<String, Object> values = new HashMap<>();
    values.put(surrogateKey, 0L);
    values.put(naturalKey, id);
    for (String attr : attributes) {
      values.put(
          attr, RowValues.coerce(RowValues.raw(source, attr), schema.getField(attr).getType()));
    }
    if (kind == Kind.SCD2) {
      values.put(VALID_FROM, config.asOf());
      values.put(VALID_TO, null);
      values.put(IS_CURRENT, true);
      values.put(ROW_HASH, RowHash.of(tracked, values::get));
      values.put(RUN_ID, config.runId());
    }
    return build(values);
  }

  /** The unknown member. */
  public Row unknownRow() {
    Map<String, Object> values = new HashMap<>();
    values.put(surrogateKey, UNKNOWN_SK);
    values.put(naturalKey, UNKNOWN_ID);
    values.put(unknownNameColumn, UNKNOWN_NAME);
    if (kind == Kind.SCD2) {
      values.put(VALID_FROM, new Instant(0L));
      values.put(IS_CURRENT, true);
      values.put(ROW_HASH, RowHash.of(tracked, values::get));
    }
    return build(values);
  }

  /** {@code row} with its surrogate key set. */
  public Row withSurrogateKey(Row row, long sk) {
    Map<String, Object> values = toMap(row);
    values.put(surrogateKey, sk);
    return build(values);
  }

  /** The SCD2 version {@code row}, closed at {@code asOf}. */
  public Row closed(Row row, Instant asOf) {
    Map<String, Object> values = toMap(row);
    values.put(VALID_TO, asOf);
    values.put(IS_CURRENT, false);
    return build(values);
  }

  /**
   * A type 1 row updated from {@code candidate}; equal to {@code existing} when nothing changed.
   */
  public Row updated(Row existing, Row candidate) {
    Map<String, Object> values = toMap(existing);
    for (String attr : attributes) {
      Object v = candidate.getValue(attr);
      if (v != null || !keepExistingWhenNull.contains(attr)) {
        values.put(attr, v);
      }
    }
    Row row = build(values);
    return row.equals(existing) ? existing : row;
  }

  private Map<String, Object> toMap(Row row) {
    Map<String, Object> values = new HashMap<>();
    for (String field : schema.getFieldNames()) {
      values.put(field, row.getValue(field));
    }
    return values;
  }

  private Row build(Map<String, Object> values) {
    List<Object> list = new ArrayList<>(schema.getFieldCount());
    for (String field : schema.getFieldNames()) {
      list.add(values.get(field));
    }
    return Row.withSchema(schema).addValues(list).build();
  }

  @Override
  public String toString() {
    return "DimensionSpec{" + name + ", " + kind + "}";
  }
}
