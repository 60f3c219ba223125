package com.tixmaster.transforms.ingest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class IngestManifestTest {
  private static final LocalDate DAY = LocalDate.of(2024, 5, 1);
  private static final IngestManifest.Key WINDOW =
      new IngestManifest.Key(
          Entity.EVENTS,
          "events?size=200&sort=id,asc",
          "2024-05-01T00:00:00Z/2024-05-02T00:00:00Z");
  private static final IngestManifest.Key SPLIT =
      new IngestManifest.Key(
          Entity.EVENTS,
          "events?size=200&sort=id,asc",
          "2024-05-01T00:00:00Z/2024-05-03T00:00:00Z");

  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void survivesReopeningOnTheSameDay() throws Exception {
    Path root = tmp.getRoot().toPath();
    IngestManifest manifest = IngestManifest.open(root, DAY);
    manifest.markSplit(SPLIT, new PageInfo(200, 1500, 8, 0));
    manifest.recordPage(
        WINDOW,
        new PageInfo(200, 250, 2, 0),
        2,
        0,
        new IngestManifest.PageEntry(
            "events/2024/05/01/events_20240501_120000_00001.json", 200, "r1"));

    IngestManifest reopened = IngestManifest.open(root, DAY);

    assertEquals(root.resolve("_ingest/manifest-20240501.json"), reopened.file());
    assertTrue(reopened.find(SPLIT).orElseThrow().split());
    IngestManifest.Entry window = reopened.find(WINDOW).orElseThrow();
    assertFalse(window.isComplete());
    assertEquals(250, window.totalElements());
    assertEquals(
        "events/2024/05/01/events_20240501_120000_00001.json", window.pages().get(0).file());

    reopened.recordPage(
        WINDOW,
        new PageInfo(200, 251, 2, 1),
        2,
        1,
        new IngestManifest.PageEntry(
            "events/2024/05/01/events_20240501_130000_00001.json", 50, "r2"));
    assertTrue(IngestManifest.open(root, DAY).find(WINDOW).orElseThrow().isComplete());
  }

  @Test
  public void aLaterDayStartsEmpty() throws Exception {
    Path root = tmp.getRoot().toPath();
    IngestManifest.open(root, DAY).markSplit(SPLIT, new PageInfo(200, 1500, 8, 0));

    IngestManifest next = IngestManifest.open(root, DAY.plusDays(1));

    assertTrue(next.find(SPLIT).isEmpty());
    assertTrue(Files.exists(root.resolve("_ingest/manifest-20240501.json")));
  }
}
