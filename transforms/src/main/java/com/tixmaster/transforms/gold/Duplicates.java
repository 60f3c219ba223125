package com.tixmaster.transforms.gold;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

/**
 * The rows that share a key that must be unique, split deterministically into the one kept (the
 * smallest by a sort text) and the others, which become {@code duplicate_key} dead letters.
 */
final class Duplicates<T> {
  /** The text rows are ordered by; the smallest is kept. */
  interface Order<T> extends Serializable {
    String text(T row);
  }

  final @Nullable T kept;
  final List<T> others;

  private Duplicates(@Nullable T kept, List<T> others) {
    this.kept = kept;
    this.others = others;
  }

  /** Splits {@code rows}; {@code order} is only asked when there is more than one row. */
  static <T> Duplicates<T> split(Iterable<T> rows, Order<T> order) {
    List<T> all = new ArrayList<>();
    rows.forEach(all::add);
    if (all.size() <= 1) {
      return new Duplicates<>(all.isEmpty() ? null : all.get(0), List.of());
    }
    int best = 0;
    String bestText = order.text(all.get(0));
    for (int i = 1; i < all.size(); i++) {
      String text = order.text(all.get(i));
      if (text.compareTo(bestText) < 0) {
        best = i;
        bestText = text;
      }
    }
    List<T> others = new ArrayList<>(all);
    T kept = others.remove(best);
    return new Duplicates<>(kept, others);
  }

  /** {@code "<table> holds 3 rows for event_id E1: one is kept"}. */
  String detail(String table, String keyColumn, String key) {
    return table
        + " holds "
        + (others.size() + 1)
        + " rows for "
        + keyColumn
        + " "
        + key
        + ": one is kept";
  }
}
