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

  /**
   * An option Beam could not parse. Beam's messages name the interface; people need the option they
   * typed.
   */
  static ConfigException fromBeam(IllegalArgumentException e) {
    String message = String.valueOf(e.getMessage());
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("missing a property named '([^']+)'").matcher(message);
    if (m.find()) {
      return new ConfigException(
          m.group(1), "unknown option" + message.substring(m.end()).replace('\n', ' '));
    }
    return new ConfigException("", "options", message);
  }

  public String option() {
    return option;
  }
}
