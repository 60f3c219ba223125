package com.tixmaster.transforms.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import org.junit.Test;

public class RedactorTest {
  private static final String KEY = "TESTKEY1234567890abcdefXYZ";
  private final Redactor redactor = new Redactor(Secret.of(KEY));

  @Test
  public void redactsTheApikeyParameterWhateverItsValue() {
    assertEquals(
        "/events.json?size=20&apikey=REDACTED&page=1",
        redactor.redact("/events.json?size=20&apikey=OTHERKEY&page=1"));
    assertEquals("GET ?APIKEY=REDACTED failed", redactor.redact("GET ?APIKEY=" + KEY + " failed"));
  }

  @Test
  public void redactsTheBareKey() {
    assertEquals(
        "Quota limit exceeded. Identifier : REDACTED",
        redactor.redact("Quota limit exceeded. Identifier : " + KEY));
  }

  @Test
  public void redactsBodiesAndKeepsEveryOtherByte() {
    String body =
        "{\"name\":\"Kraków – Łódź ♫\",\"_links\":{\"self\":{\"href\":"
            + "\"/discovery/v2/events?apikey="
            + KEY
            + "&locale=*\"},\"x\":\"apikey\\u003d"
            + KEY
            + "\"}}";

    byte[] out = redactor.redact(body.getBytes(UTF_8));

    assertEquals(
        "{\"name\":\"Kraków – Łódź ♫\",\"_links\":{\"self\":{\"href\":"
            + "\"/discovery/v2/events?apikey=REDACTED&locale=*\"},\"x\":\"apikey\\u003dREDACTED\"}}",
        new String(out, UTF_8));
  }

  @Test
  public void leavesBodiesWithoutTheKeyAlone() {
    byte[] body = "{\"page\":{\"size\":20},\"café\":\"apikey=\"}".getBytes(UTF_8);

    byte[] out = redactor.redact(body);

    assertSame(body, out);
    assertArrayEquals("{\"page\":{\"size\":20},\"café\":\"apikey=\"}".getBytes(UTF_8), out);
  }
}
