package com.tixmaster.transforms.silver;

import java.io.Serializable;
import java.util.Objects;

/**
 * What the silver stage needs to know about its run, as a small immutable value (never {@code
 * PipelineOptions}). The run id stamps {@code _run_id} on the rows this run writes, on its {@code
 * _rejected} rows and on its {@code _accounting} rows.
 */
public final class SilverConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String runId;

  private SilverConfig(String runId) {
    this.runId = runId;
  }

  /** A config for run {@code runId} (non-blank). */
  public static SilverConfig of(String runId) {
    if (runId == null || runId.isBlank()) {
      throw new IllegalArgumentException("runId must be non-blank");
    }
    return new SilverConfig(runId.strip());
  }

  public String runId() {
    return runId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SilverConfig && ((SilverConfig) o).runId.equals(runId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(runId);
  }

  @Override
  public String toString() {
    return "SilverConfig{runId=" + runId + "}";
  }
}
