package com.tixmaster.pipeline.config;

import com.tixmaster.transforms.ingest.Secret;
import java.util.Map;
import java.util.Optional;

/** The Discovery API key: from the environment only, never from an option, a file or a log. */
public final class ApiKey {
  /** The variable that holds the key (a secret scope resolves it on Databricks). */
  public static final String ENV = "TICKETMASTER_API_KEY";

  private ApiKey() {}

  /** The key, or a configuration error that names the variable (and never the value). */
  public static Secret from(Map<String, String> environment) {
    return Optional.ofNullable(environment.get(ENV))
        .filter(k -> !k.isBlank())
        .map(k -> Secret.of(k.trim()))
        .orElseThrow(
            () ->
                ConfigException.ofEnvironment(
                    ENV, "not set; stage 'ingest' needs the Discovery API key in it"));
  }
}
