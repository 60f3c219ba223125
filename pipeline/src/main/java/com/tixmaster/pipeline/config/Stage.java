package com.tixmaster.pipeline.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The pipeline's stages, in the order a run executes them. */
public enum Stage {
  INGEST,
  BRONZE,
  SILVER,
  GOLD,
  SUMMARY,
  DOCUMENTS,
  QUALITY;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Stage> parse(String id) {
    return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
  }
}
