package com.tixmaster.transforms.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A folder of generated files (the SQL of {@code sql/quality/} and {@code sql/procedures/}): the
 * generator owns the names its predicate accepts, writes its files and removes the owned ones it no
 * longer writes, and its up-to-date test compares the folder with what it would write.
 */
public final class GeneratedFiles {
  private GeneratedFiles() {}

  /** Writes {@code files} (name → content) into {@code dir} and removes stale owned files. */
  public static void write(Path dir, Map<String, String> files, Predicate<String> owned)
      throws IOException {
    Files.createDirectories(dir);
    for (String name : ownedIn(dir, owned)) {
      if (!files.containsKey(name)) {
        Files.delete(dir.resolve(name));
      }
    }
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
    }
    System.out.println("Wrote " + files.size() + " files to " + dir.toAbsolutePath());
  }

  /** The names in {@code dir} that the generator owns, sorted. */
  public static Set<String> ownedIn(Path dir, Predicate<String> owned) throws IOException {
    try (Stream<Path> existing = Files.list(dir)) {
      return existing
          .map(p -> p.getFileName().toString())
          .filter(owned)
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
