package com.tixmaster.transforms.ingest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assume.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Test;

/** Reads the real search responses kept under {@code tix.shared.dir} (skipped when absent). */
public class PageParserTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  public void readsPageObjectsAndRecordsOfRealResponses() throws Exception {
    String shared = System.getProperty("tix.shared.dir");
    assumeTrue("tix.shared.dir not set", shared != null);
    Path samples = Path.of(shared, "samples", "ticketmaster");
    assumeTrue("no samples at " + samples, Files.isDirectory(samples));
    List<Path> searches;
    try (Stream<Path> files = Files.list(samples)) {
      searches =
          files
              .filter(p -> p.getFileName().toString().contains("_search__"))
              .filter(p -> !p.getFileName().toString().endsWith(".headers.json"))
              .sorted()
              .toList();
    }
    assumeTrue(!searches.isEmpty());

    for (Path sample : searches) {
      byte[] body = Files.readAllBytes(sample);
      Entity entity = Entity.fromApiName(sample.getFileName().toString().split("_search")[0]);
      JsonNode tree = JSON.readTree(body);

      Page page = PageParser.parse(SearchQuery.builder(entity).build(), body, RateLimitStatus.NONE);

      String name = sample.getFileName().toString();
      JsonNode expected = tree.get("page");
      assertEquals(name, expected.get("totalElements").asLong(), page.info().totalElements());
      assertEquals(name, expected.get("totalPages").asInt(), page.info().totalPages());
      assertEquals(name, expected.get("number").asInt(), page.info().number());
      assertEquals(name, expected.get("size").asInt(), page.info().size());
      int records = tree.path("_embedded").path(entity.apiName()).size();
      assertEquals(name, records, page.records());
      assertEquals(name, records, page.recordIds().size());
      if (!tree.has("_embedded")) {
        assertEquals(name, 0, page.info().totalPages());
      }
      assertFalse(name, tree.path("_links").isMissingNode());
    }
  }
}
