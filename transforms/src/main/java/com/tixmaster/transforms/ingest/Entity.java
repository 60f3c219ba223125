package com.tixmaster.transforms.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The Discovery API search endpoints that are landed. Declaration order is fetch order: the small
 * classifications tree first, then events (the most valuable when the daily quota is short).
 */
public enum Entity {
  CLASSIFICATIONS,
  EVENTS,
  VENUES,
  ATTRACTIONS;

  /** The endpoint, landing folder and {@code _embedded} key: {@code events}, {@code venues}, ... */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses an {@link #apiName()}, e.g. from a {@code --entities} option. */
  public static Entity fromApiName(String name) {
    for (Entity e : values()) {
      if (e.apiName().equals(name.trim().toLowerCase(Locale.ROOT))) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        "--entities: unknown entity '"
            + name
            + "' (expected one of "
            + Arrays.stream(values()).map(Entity::apiName).collect(Collectors.joining(", "))
            + ")");
  }
}
