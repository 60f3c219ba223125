package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.silver.AccountingRow;

/** Partial {@code _accounting} rows, summed per entity by {@link SumAccountingFn}. */
public final class Tallies {
  public static final String EVENTS = "events";
  public static final String VENUES = "venues";
  public static final String ATTRACTIONS = "attractions";
  public static final String CLASSIFICATIONS = "classifications";
  public static final String MARKETS = "markets";

  private Tallies() {}

  /** A row of zeros. */
  public static AccountingRow.Builder zero(String runId, String entity) {
    return AccountingRow.builder()
        .setRunId(runId)
        .setEntity(entity)
        .setRecordsIn(0)
        .setEmbeddedIn(0)
        .setObservationsIn(0)
        .setRowsOut(0)
        .setInserted(0)
        .setUpdated(0)
        .setUnchanged(0)
        .setRejected(0)
        .setSuperseded(0);
  }

  public static AccountingRow recordsIn(String runId, String entity, long n) {
    return zero(runId, entity).setRecordsIn(n).build();
  }

  public static AccountingRow embeddedIn(String runId, String entity, long n) {
    return zero(runId, entity).setEmbeddedIn(n).build();
  }

  public static AccountingRow rejected(String runId, String entity, long n) {
    return zero(runId, entity).setRejected(n).build();
  }

  /** Column-wise sum of two rows of the same run and entity. */
  public static AccountingRow sum(AccountingRow a, AccountingRow b) {
    return zero(a.getRunId(), a.getEntity())
        .setRecordsIn(a.getRecordsIn() + b.getRecordsIn())
        .setEmbeddedIn(a.getEmbeddedIn() + b.getEmbeddedIn())
        .setObservationsIn(a.getObservationsIn() + b.getObservationsIn())
        .setRowsOut(a.getRowsOut() + b.getRowsOut())
        .setInserted(a.getInserted() + b.getInserted())
        .setUpdated(a.getUpdated() + b.getUpdated())
        .setUnchanged(a.getUnchanged() + b.getUnchanged())
        .setRejected(a.getRejected() + b.getRejected())
        .setSuperseded(a.getSuperseded() + b.getSuperseded())
        .build();
  }
}
