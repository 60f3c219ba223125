package com.tixmaster.transforms.quality;

import java.io.Serializable;
import java.util.List;

/**
 * A table and the columns that identify one of its rows, e.g. {@code silver.event_price_ranges}
 * (event_id, price_type, currency). Offending rows are reported by these columns joined with {@code
 * |}, a null part as {@code <null>}.
 */
public final class TableKey implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String table;
  private final List<String> columns;

  private TableKey(String table, List<String> columns) {
    if (!table.contains(".") || columns.isEmpty()) {
      throw new IllegalArgumentException("need schema.table and at least one column: " + table);
    }
    this.table = table;
    this.columns = List.copyOf(columns);
  }

  public static TableKey of(String qualifiedTable, String... columns) {
    return new TableKey(qualifiedTable, List.of(columns));
  }

  /** {@code schema.table}, e.g. {@code silver.events}. */
  public String table() {
    return table;
  }

  /** The table's name without its schema, e.g. {@code events}. */
  public String shortName() {
    return table.substring(table.indexOf('.') + 1);
  }

  public List<String> columns() {
    return columns;
  }

  @Override
  public String toString() {
    return table + columns;
  }
}
