package com.tixmaster.pipeline.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Landing folders for the reliability tests, built from the bundled fixtures. */
final class Landings {
  /** The first bundled day (a first run) and the next one (an incremental run with changes). */
  static final String DAY_1 = "2026/11/20";

  static final String DAY_2 = "2026/11/21";

  /** Every run of these tests uses this, so that SCD2 and "upcoming" do not depend on the clock. */
  static final String AS_OF = "--asOf=2026-11-20T00:00:00Z";

  private Landings() {}

  static Path projectDir() {
    return Path.of(System.getProperty("tix.project.dir", "..")).toAbsolutePath().normalize();
  }

  static Path bundled() {
    return projectDir().resolve("scripts/fixtures/landing");
  }

  /** Copies the bundled landing files of the given days (yyyy/MM/dd) into {@code target}. */
  static void landDays(Path target, String... days) throws IOException {
    Path source = bundled();
    List<Path> files;
    try (Stream<Path> all = Files.walk(source)) {
      files = all.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      String relative = source.relativize(file).toString();
      for (String day : days) {
        if (relative.contains("/" + day + "/")) {
          Path copy = target.resolve(relative);
          Files.createDirectories(copy.getParent());
          Files.copy(file, copy);
        }
      }
    }
  }

  /** Copies a lake folder, keeping its table links as links (they are relative). */
  static void copyLake(Path from, Path to) throws IOException {
    List<Path> all;
    try (Stream<Path> walk = Files.walk(from)) {
      all = walk.sorted().toList();
    }
    for (Path p : all) {
      Path target = to.resolve(from.relativize(p).toString());
      if (Files.isSymbolicLink(p)) {
        Files.createDirectories(target.getParent());
        Files.createSymbolicLink(target, Files.readSymbolicLink(p));
      } else if (Files.isDirectory(p)) {
        Files.createDirectories(target);
      } else {
        Files.createDirectories(target.getParent());
        Files.copy(p, target);
      }
    }
  }
}
