package com.tixmaster.pipeline.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Assume;

/**
 * The real API responses recorded by public projects, read from {@code ../shared} at test time
 * (never copied into the repo). Tests that use them skip when the folder is absent.
 */
public final class RealSamples {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RealSamples() {}

  /** The samples folder, or a skipped test. */
  public static Path folder() {
    String shared = System.getProperty("tix.shared.dir", "../shared");
    Path dir = Path.of(shared, "samples", "ticketmaster");
    Assume.assumeTrue("real samples not available at " + dir, Files.isDirectory(dir));
    return dir;
  }

  /** Every response body (not the recorded headers). */
  public static List<Path> bodies() throws IOException {
    try (Stream<Path> files = Files.list(folder())) {
      return files
          .filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".headers.json"))
          .sorted()
          .toList();
    }
  }

  /** The entity a sample holds, from its file name. */
  public static String entityOf(Path sample) {
    String name = sample.getFileName().toString();
    if (name.startsWith("venue")) {
      return "venues";
    }
    if (name.startsWith("attraction")) {
      return "attractions";
    }
    if (name.startsWith("classification")) {
      return "classifications";
    }
    return "events";
  }

  /**
   * Lays the samples out as a landing tree, one file per sample, named by the landing contract.
   * Returns the record ids each file holds, counted independently of the pipeline.
   */
  public static List<String> land(Path landing) throws IOException {
    List<String> expected = new ArrayList<>();
    int part = 0;
    for (Path sample : bodies()) {
      String entity = entityOf(sample);
      Path target =
          landing.resolve(
              String.format("%s/2026/11/20/%s_20261120_060000_%04d.json", entity, entity, part++));
      Files.createDirectories(target.getParent());
      Files.copy(sample, target);
      JsonNode root = JSON.readTree(sample.toFile());
      JsonNode embedded = root.path("_embedded").path(entity);
      // A page has a page object or an _embedded array of its entity; anything else is one record.
      if (root.has("page") || embedded.isArray()) {
        for (JsonNode record : embedded) {
          expected.add(entity + ":" + record.path("id").asText("null"));
        }
      } else {
        expected.add(entity + ":" + (root.hasNonNull("id") ? root.get("id").asText() : "null"));
      }
    }
    return expected;
  }
}
