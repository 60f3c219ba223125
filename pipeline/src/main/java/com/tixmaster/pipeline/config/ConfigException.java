package com.tixmaster.pipeline.config;

/** Bad options or configuration: the run exits 2 before anything is written. */
public final class ConfigException extends RuntimeException {
  private final String option;

  public ConfigException(String option, String message) {
    this(option, "--" + option + ": " + message, false);
  }

  private ConfigException(String name, String fullMessage, boolean unused) {
    super(fullMessage);
    this.option = name;
  }

  /** A setting read from an environment variable rather than an option; the message names it. */
  public static ConfigException ofEnvironment(String variable, String message) {
    return new ConfigException(variable, variable + ": " + message, false);
  }

  public String option() {
    return option;
  }
}
