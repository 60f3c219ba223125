package com.tixmaster.pipeline.config;

/** Bad options or configuration: the run exits 2 before anything is written. */
public final class ConfigException extends RuntimeException {
  private final String option;

  public ConfigException(String option, String message) {
    this("--", option, message);
  }

  private ConfigException(String prefix, String name, String message) {
    super(prefix + name + ": " + message);
    this.option = name;
  }

  /** A setting read from an environment variable rather than an option; the message names it. */
  public static ConfigException ofEnvironment(String variable, String message) {
    return new ConfigException("", variable, message);
  }

  public String option() {
    return option;
  }
}
