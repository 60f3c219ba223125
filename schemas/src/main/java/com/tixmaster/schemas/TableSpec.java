package com.tixmaster.schemas;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.SchemaRegistry;

/**
 * Describes one lake table: where it lives ({@code layer.name}), its typed row class, its primary
 * key, which STRING columns hold ISO dates (written as Parquet/Delta DATE), and how a run commits
 * it. Beam has no schema inference for {@code java.time.LocalDate}, so dates travel as ISO strings
 * and only the lake's physical writer turns them into DATE.
 */
public final class TableSpec implements Serializable {

  /** How a run's output replaces the table. */
  public enum WriteMode {
    /** The run's rows are added to the existing rows (bronze, logs, rejects). */
    APPEND,
    /** The run's rows are the table's complete new state. */
    REPLACE
  }

  private final String layer;
  private final String name;
  private final Class<?> rowType;
  private final List<String> primaryKey;
  private final Set<String> dateColumns;
  private final WriteMode writeMode;

  private TableSpec(
      String layer,
      String name,
      Class<?> rowType,
      List<String> primaryKey,
      Set<String> dateColumns,
      WriteMode writeMode) {
    this.layer = layer;
    this.name = name;
    this.rowType = rowType;
    this.primaryKey = List.copyOf(primaryKey);
    this.dateColumns = Set.copyOf(dateColumns);
    this.writeMode = writeMode;
  }

  public static TableSpec of(
      String layer,
      String name,
      Class<?> rowType,
      List<String> primaryKey,
      Set<String> dateColumns,
      WriteMode writeMode) {
    return new TableSpec(layer, name, rowType, primaryKey, dateColumns, writeMode);
  }

  public String layer() {
    return layer;
  }

  public String name() {
    return name;
  }

  /** {@code layer.name}, e.g. {@code silver.events}. */
  public String qualifiedName() {
    return layer + "." + name;
  }

  public Class<?> rowType() {
    return rowType;
  }

  public List<String> primaryKey() {
    return primaryKey;
  }

  public Set<String> dateColumns() {
    return dateColumns;
  }

  public WriteMode writeMode() {
    return writeMode;
  }

  /** The Beam schema inferred from {@link #rowType()}. */
  public Schema beamSchema() {
    try {
      return SchemaRegistry.createDefault().getSchema(rowType);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException("No Beam schema for " + rowType.getName(), e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TableSpec && ((TableSpec) o).qualifiedName().equals(qualifiedName());
  }

  @Override
  public int hashCode() {
    return Objects.hash(layer, name);
  }

  @Override
  public String toString() {
    return qualifiedName();
  }
}
