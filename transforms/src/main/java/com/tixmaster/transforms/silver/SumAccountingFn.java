package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.silver.AccountingRow;
import org.apache.beam.sdk.transforms.SerializableFunction;

/** Column-wise sum of partial accounting rows of one entity (associative and commutative). */
public final class SumAccountingFn
    implements SerializableFunction<Iterable<AccountingRow>, AccountingRow> {
  private static final long serialVersionUID = 1L;

  @Override
  public AccountingRow apply(Iterable<AccountingRow> rows) {
    AccountingRow total = null;
    for (AccountingRow row : rows) {
      total = total == null ? row : Tallies.sum(total, row);
    }
    return total;
  }
}
