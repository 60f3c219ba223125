package com.tixmaster.pipeline.config;

/** Bad options or configuration: the run exits 2 before anything is written. */
public final class ConfigException extends RuntimeException {
  private final String option;

  public ConfigException(String option, String message) {
    super("--" + option + ": " + message);
    this.option = option;
  }

  public String option() {
    return option;
  }
}
