package com.tixmaster.transforms.json;

import javax.annotation.Nullable;

/**
 * The deterministic {@code classification_id}: the five ids (segment, genre, subgenre, type,
 * subtype) joined with {@code |}, {@code -} standing for a missing one, e.g. {@code
 * KZFzniwnSyZfZ7v7nJ|KnvZfZ7vAvl|KZazBEonSMnZfZ7vk1I|-|-}. No hashing. To stay collision-free even
 * for odd ids, a backslash, a {@code |} inside an id and an id that is exactly {@code -} are
 * escaped with a backslash (real Ticketmaster ids never need it).
 */
public final class ClassificationIds {
  public static final String MISSING = "-";
  public static final String SEPARATOR = "|";

  private ClassificationIds() {}

  public static String of(
      @Nullable String segmentId,
      @Nullable String genreId,
      @Nullable String subgenreId,
      @Nullable String typeId,
      @Nullable String subtypeId) {
    return part(segmentId)
        + SEPARATOR
        + part(genreId)
        + SEPARATOR
        + part(subgenreId)
        + SEPARATOR
        + part(typeId)
        + SEPARATOR
        + part(subtypeId);
  }

  private static String part(@Nullable String id) {
    if (id == null) {
      return MISSING;
    }
    if (id.equals(MISSING)) {
      return "\\-";
    }
    return id.replace("\\", "\\\\").replace("|", "\\|");
  }
}
