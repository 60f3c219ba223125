package com.tixmaster.transforms.quality;

import java.io.Serializable;

/**
 * One foreign key: {@code child.column} references {@code parent.parentColumn}. An optional key may
 * be null (null means "none"); a required key that is null dangles like one that matches nothing.
 */
public final class ForeignKey implements Serializable {
  private static final long serialVersionUID = 1L;

  private final TableKey child;
  private final String column;
  private final String parentTable;
  private final String parentColumn;
  private final boolean optional;

  private ForeignKey(
      TableKey child, String column, String parentTable, String parentColumn, boolean optional) {
    this.child = child;
    this.column = column;
    this.parentTable = parentTable;
    this.parentColumn = parentColumn;
    this.optional = optional;
  }

  /** A required foreign key (never null). */
  public static ForeignKey required(
      TableKey child, String column, String parentTable, String parentColumn) {
    return new ForeignKey(child, column, parentTable, parentColumn, false);
  }

  /** A nullable foreign key: null is allowed, a value must exist in the parent. */
  public static ForeignKey optional(
      TableKey child, String column, String parentTable, String parentColumn) {
    return new ForeignKey(child, column, parentTable, parentColumn, true);
  }

  /** {@code <child table>.<column>}, e.g. {@code event_venues.venue_id}. */
  public String name() {
    return child.shortName() + "." + column;
  }

  /** The referencing table and the key its rows are reported by. */
  public TableKey child() {
    return child;
  }

  public String column() {
    return column;
  }

  /** {@code schema.table} of the referenced table. */
  public String parentTable() {
    return parentTable;
  }

  public String parentColumn() {
    return parentColumn;
  }

  public boolean optional() {
    return optional;
  }

  @Override
  public String toString() {
    return child.table() + "." + column + " -> " + parentTable + "." + parentColumn;
  }
}
