package com.tixmaster.pipeline.config;

/** Audit severities, lowest first. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  /** True when a failure at this severity blocks publishing at {@code threshold}. */
  public boolean blocksAt(Severity threshold) {
    return compareTo(threshold) >= 0;
  }
}
