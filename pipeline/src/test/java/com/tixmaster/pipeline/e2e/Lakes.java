package com.tixmaster.pipeline.e2e;

import com.tixmaster.pipeline.lake.ParquetLake;
import com.tixmaster.schemas.TableSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.values.Row;

/** Test helpers over a lake folder and the bundled fixtures. */
final class Lakes {
  private Lakes() {}

  static ParquetLake open(Path lakehouse) {
    return new ParquetLake(lakehouse, lakehouse.resolve("_staging"));
  }

  static List<Row> rows(Path lakehouse, TableSpec table) throws IOException {
    return open(lakehouse).readRows(table);
  }

  /** A table's rows as sorted strings, for whole-table comparisons. */
  static List<String> content(Path lakehouse, TableSpec table) throws IOException {
    return rows(lakehouse, table).stream().map(Row::toString).sorted().collect(Collectors.toList());
  }

  static Path bundledLanding() {
    return Path.of(System.getProperty("tix.project.dir", "..")).resolve("scripts/fixtures/landing");
  }

  /** Copies the bundled landing files of the given days (yyyy/MM/dd) into {@code target}. */
  static void landDays(Path target, String... days) throws IOException {
    Path source = bundledLanding();
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
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
  }

  /** Every regular file under a folder (following the table links) with its bytes. */
  static List<String> bytesOf(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    Path real = dir.toRealPath();
    try (Stream<Path> files = Files.walk(real)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
        out.add(real.relativize(f) + ":" + java.util.Arrays.hashCode(Files.readAllBytes(f)));
      }
    }
    return out;
  }
}
