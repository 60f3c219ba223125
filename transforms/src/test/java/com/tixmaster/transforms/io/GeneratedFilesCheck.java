package com.tixmaster.transforms.io;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/** The assertion of a generator's up-to-date test: the committed folder is what it writes. */
public final class GeneratedFilesCheck {
  private GeneratedFilesCheck() {}

  /**
   * Every file of {@code expected} is in {@code dir} with that content, and {@code dir} holds no
   * other owned file; {@code how} (how to regenerate) ends every message.
   */
  public static void assertUpToDate(
      Path dir, Map<String, String> expected, Predicate<String> owned, String how)
      throws IOException {
    assertTrue(dir.toAbsolutePath() + " is missing" + how, Files.isDirectory(dir));
    for (Map.Entry<String, String> f : expected.entrySet()) {
      Path file = dir.resolve(f.getKey());
      assertTrue(file + " is missing;" + how, Files.exists(file));
      assertEquals(file + how, f.getValue(), Files.readString(file, StandardCharsets.UTF_8));
    }
    assertEquals(
        "stale files in " + dir + how,
        new TreeSet<>(expected.keySet()),
        GeneratedFiles.ownedIn(dir, owned));
  }
}
