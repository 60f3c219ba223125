package com.tixmaster.transforms.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * A credential that never prints itself: {@code toString()} is {@code ****}, and only this package
 * can read the value (to put it on the wire).
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /** Wraps a non-blank secret value. */
  public static Secret of(String value) {
    Objects.requireNonNull(value, "secret");
    if (value.isBlank()) {
      throw new IllegalArgumentException("secret must not be blank");
    }
    return new Secret(value);
  }

  /** The secret held by an environment variable; empty when it is unset or blank. */
  public static Optional<Secret> fromEnvironment(String variable) {
    String value = System.getenv(variable);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(new Secret(value));
  }

  String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "****";
  }
}
