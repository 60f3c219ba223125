package com.tixmaster.transforms.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Drives every path that touches the key (success with echoed links, quota fault echoing the key,
 * retries, failures) and then looks for the key in everything the run produced.
 */
public class NoKeyLeakTest extends MockApiTestBase {
  private final ByteArrayOutputStream logs = new ByteArrayOutputStream();
  private PrintStream originalErr;

  @Before
  public void captureLogs() {
    originalErr = System.err;
    System.setErr(new PrintStream(new Tee(originalErr, logs), true, UTF_8));
  }

  @After
  public void restoreLogs() {
    System.setErr(originalErr);
  }

  @Test
  public void keyAppearsNowhere() throws Exception {
    api.withEvents(spreadOverMay(1200)).withVenues(30).withAttractions(5);
    List<String> texts = new ArrayList<>();
    IngestConfig config = config().entities(EnumSet.allOf(Entity.class)).maxAttempts(3).build();
    texts.add(config.toString());
    texts.add(config.apiKey().toString());

    api.faults.add(FakeDiscoveryApi.quotaViolation("1"));
    api.faults.add(FakeDiscoveryApi.stalled());
    IngestSummary full = run(config);
    texts.add(full.toString());
    assertEquals(2, full.retries());

    api.faults.add(FakeDiscoveryApi.quotaViolation("3600"));
    texts.add(
        run(config.toBuilder().clock(Clock.offset(config.clock(), Duration.ofDays(1))).build())
            .toString());

    api.faults.addAll(
        List.of(
            FakeDiscoveryApi.unavailable(),
            FakeDiscoveryApi.unavailable(),
            FakeDiscoveryApi.unavailable()));
    texts.add(
        assertThrows(
                IngestException.class,
                () ->
                    run(
                        config.toBuilder()
                            .clock(Clock.offset(config.clock(), Duration.ofDays(2)))
                            .build()))
            .getMessage());
    api.faults.add(FakeDiscoveryApi.json(400, FakeDiscoveryApi.resource("error-400-dis1035.json")));
    texts.add(
        assertThrows(
                ApiErrorException.class,
                () ->
                    run(
                        config.toBuilder()
                            .clock(Clock.offset(config.clock(), Duration.ofDays(3)))
                            .build()))
            .getMessage());

    System.err.flush();
    String logText = logs.toString(UTF_8);
    texts.add(logText);
    assertThat("the debug log shows redacted URLs", logText, containsString("apikey=REDACTED"));
    for (String text : texts) {
      assertThat(text, not(containsString(FakeDiscoveryApi.KEY)));
    }

    List<Path> files;
    try (Stream<Path> walk = Files.walk(landing)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertTrue(files.stream().anyMatch(p -> p.toString().contains("_ingest")));
    boolean sawEchoedLink = false;
    for (Path file : files) {
      String content = Files.readString(file, UTF_8);
      assertFalse(file + " holds the key", content.contains(FakeDiscoveryApi.KEY));
      sawEchoedLink |= content.contains("apikey=REDACTED");
    }
    assertTrue(
        "the fake API echoes the key in _links; landing must hold it redacted", sawEchoedLink);
  }

  /** Writes to the console and to the capture buffer. */
  private static final class Tee extends OutputStream {
    private final OutputStream a;
    private final OutputStream b;

    Tee(OutputStream a, OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int c) throws IOException {
      a.write(c);
      b.write(c);
    }

    @Override
    public void write(byte[] buf, int off, int len) throws IOException {
      a.write(buf, off, len);
      b.write(buf, off, len);
    }

    @Override
    public void flush() throws IOException {
      a.flush();
      b.flush();
    }
  }
}
