package com.tixmaster.transforms.ingest;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sweeps events window by window so that each query stays under the API's 1,000-result paging cap.
 * A window's page 0 is the probe: under the cap, it is landed and the rest of the window paged; at
 * or over it, the window is split in halves (recorded in the manifest, so a resumed run skips the
 * probe). A one-second window cannot be split: its first 1,000 events are fetched and a warning
 * recorded. Windows run earliest first, the query sorted by {@code id,asc}, which pages stably
 * (ties under {@code date,asc} shuffle between pages).
 */
final class WindowSplitter {
  private static final Logger LOG = LoggerFactory.getLogger(WindowSplitter.class);

  private final DiscoveryClient client;
  private final QueryPager pager;
  private final IngestManifest manifest;
  private final RunStats stats;
  private final ProgressLog progress;

  WindowSplitter(
      DiscoveryClient client,
      QueryPager pager,
      IngestManifest manifest,
      RunStats stats,
      ProgressLog progress) {
    this.client = client;
    this.pager = pager;
    this.manifest = manifest;
    this.stats = stats;
    this.progress = progress;
  }

  void sweep(SearchQuery base, Window whole) throws IOException {
    String fingerprint = base.fingerprint();
    Deque<Window> todo = new ArrayDeque<>();
    todo.push(whole);
    while (!todo.isEmpty()) {
      progress.windowsLeft(todo.size());
      Window window = todo.pop();
      IngestManifest.Key key = new IngestManifest.Key(Entity.EVENTS, fingerprint, window.key());
      SearchQuery query = base.withDateRange(window.start(), window.lastSecond());
      Optional<IngestManifest.Entry> known = manifest.find(key);
      if (known.isPresent() && known.get().split()) {
        pushHalves(todo, window);
        continue;
      }
      if (known.isPresent()) {
        pager.resume(key, query, known.get());
      } else {
        Page probe = client.fetch(query.withPage(0));
        if (probe.info().totalElements() >= QueryPager.PAGING_CAP && window.isSplittable()) {
          LOG.debug("events {}: {} events, splitting", window.key(), probe.info().totalElements());
          manifest.markSplit(key, probe.info());
          stats.windowSplit();
          pushHalves(todo, window);
          continue;
        }
        pager.fetchFrom(key, probe);
      }
      stats.windowDone();
    }
    progress.windowsLeft(0);
  }

  /** The first half goes on top, so windows are done in time order. */
  private static void pushHalves(Deque<Window> todo, Window window) {
    todo.push(window.secondHalf());
    todo.push(window.firstHalf());
  }
}
