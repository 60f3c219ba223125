package com.tixmaster.pipeline.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The pipeline's stages, in the order a run executes them. Bronze and silver commit their own
 * tables; gold, summary and documents only stage theirs, the audits check what they staged
 * (quality), and publish makes it visible in one commit when the audits passed
 * (write-audit-publish).
 */
public enum Stage {
  INGEST,
  BRONZE,
  SILVER,
  GOLD,
  SUMMARY,
  DOCUMENTS,
  QUALITY,
  PUBLISH;

  /** The stages that stage gold tables for the publish. */
  public boolean stagesGold() {
    return this == GOLD || this == SUMMARY || this == DOCUMENTS;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Stage> parse(String id) {
    return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
  }
}
