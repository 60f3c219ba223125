package com.tixmaster.transforms.ingest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import org.junit.Test;

public class WindowTest {
  private static final Instant T = Instant.parse("2024-05-01T00:00:00Z");

  @Test
  public void halvesMeetWithoutOverlap() {
    Window w = new Window(T, T.plusSeconds(5));

    assertEquals(new Window(T, T.plusSeconds(2)), w.firstHalf());
    assertEquals(new Window(T.plusSeconds(2), T.plusSeconds(5)), w.secondHalf());
    assertEquals(T.plusSeconds(1), w.firstHalf().lastSecond());
    assertEquals("2024-05-01T00:00:00Z/2024-05-01T00:00:05Z", w.key());
  }

  @Test
  public void oneSecondIsTheSmallestWindow() {
    assertFalse(new Window(T, T.plusSeconds(1)).isSplittable());
    assertTrue(new Window(T, T.plusSeconds(2)).isSplittable());
    assertThrows(IllegalArgumentException.class, () -> new Window(T, T));
    assertThrows(
        IllegalArgumentException.class, () -> new Window(T.plusMillis(1), T.plusSeconds(1)));
  }
}
