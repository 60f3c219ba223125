package com.tixmaster.transforms.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class LandingWriterTest {
  private static final String KEY = "TESTKEY1234567890abcdefXYZ";
  private static final Instant FETCHED = Instant.parse("2024-05-01T23:59:58Z");

  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void writesBytesAsReceivedUnderTheContractName() throws Exception {
    Path root = tmp.getRoot().toPath();
    LandingWriter writer = new LandingWriter(root, FETCHED, new Redactor(Secret.of(KEY)));
    byte[] body = "{\"page\":{\"number\":0},\"name\":\"Zürich\"}\n".getBytes(UTF_8);

    String first = writer.write(Entity.VENUES, body);
    String second = writer.write(Entity.EVENTS, body);

    assertEquals("venues/2024/05/01/venues_20240501_235958_00001.json", first);
    assertEquals("events/2024/05/01/events_20240501_235958_00002.json", second);
    assertArrayEquals(body, Files.readAllBytes(root.resolve(first)));
    try (Stream<Path> files = Files.walk(root)) {
      assertEquals("no temporary files remain", 2, files.filter(Files::isRegularFile).count());
    }
  }

  @Test
  public void redactsTheKeyEchoedInLinks() throws Exception {
    Path root = tmp.getRoot().toPath();
    LandingWriter writer = new LandingWriter(root, FETCHED, new Redactor(Secret.of(KEY)));

    String file =
        writer.write(
            Entity.EVENTS,
            ("{\"_links\":{\"self\":{\"href\":\"/discovery/v2/events?apikey="
                    + KEY
                    + "&page=0\"}}}")
                .getBytes(UTF_8));

    assertEquals(
        "{\"_links\":{\"self\":{\"href\":\"/discovery/v2/events?apikey=REDACTED&page=0\"}}}",
        Files.readString(root.resolve(file)));
  }

  @Test
  public void neverOverwritesAFileOfAnEarlierRunInTheSameSecond() throws Exception {
    Path root = tmp.getRoot().toPath();
    Redactor redactor = new Redactor(Secret.of(KEY));
    String earlier =
        new LandingWriter(root, FETCHED, redactor).write(Entity.EVENTS, "{}".getBytes(UTF_8));

    String later =
        new LandingWriter(root, FETCHED, redactor).write(Entity.EVENTS, "[]".getBytes(UTF_8));

    assertEquals("events/2024/05/01/events_20240501_235958_00002.json", later);
    assertEquals(
        List.of("{}", "[]"),
        List.of(Files.readString(root.resolve(earlier)), Files.readString(root.resolve(later))));
  }
}
