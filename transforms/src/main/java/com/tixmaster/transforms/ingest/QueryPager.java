package com.tixmaster.transforms.ingest;

import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Fetches every reachable page of one unit of work (a query, or a query within a date window),
 * lands each page and records it in the manifest straight away, skipping pages the manifest already
 * holds.
 */
final class QueryPager {
  /** The API serves a page only while page * size < 1000 (else 400 DIS1035). */
  static final int PAGING_CAP = 1000;

  private final DiscoveryClient client;
  private final LandingWriter writer;
  private final IngestManifest manifest;
  private final RunStats stats;
  private final ProgressLog progress;
  private final String runId;

  QueryPager(
      DiscoveryClient client,
      LandingWriter writer,
      IngestManifest manifest,
      RunStats stats,
      ProgressLog progress,
      String runId) {
    this.client = client;
    this.writer = writer;
    this.manifest = manifest;
    this.stats = stats;
    this.progress = progress;
    this.runId = runId;
  }

  /** Pages beyond these are refused by the API. */
  static int reachablePages(int size) {
    return (PAGING_CAP - 1) / size + 1;
  }

  /** Fetches the unit, resuming it when today's manifest knows it. */
  void fetch(IngestManifest.Key key, SearchQuery query) throws IOException {
    Optional<IngestManifest.Entry> known = manifest.find(key);
    if (known.isPresent()) {
      resume(key, query, known.get());
    } else {
      fetchFrom(key, client.fetch(query.withPage(0)));
    }
  }

  /** Lands {@code first} (page 0) and fetches and lands the pages after it. */
  void fetchFrom(IngestManifest.Key key, Page first) throws IOException {
    PageInfo info = first.info();
    int size = first.query().size();
    int planned = Math.max(1, Math.min(info.totalPages(), reachablePages(size)));
    long reachable = (long) planned * size;
    if (info.totalElements() > reachable) {
      stats.warn(
          key.entity().apiName()
              + " "
              + key.window()
              + ": the query matches "
              + info.totalElements()
              + " records but the API pages only the first "
              + reachable
              + " (page * size < "
              + PAGING_CAP
              + "); the rest were not fetched");
    }
    Set<String> seen = new HashSet<>();
    land(key, first, planned, seen);
    for (int page = 1; page < planned; page++) {
      land(key, client.fetch(first.query().withPage(page)), planned, seen);
    }
  }

  /** Fetches only the pages of a known unit that the manifest does not hold yet. */
  void resume(IngestManifest.Key key, SearchQuery query, IngestManifest.Entry entry)
      throws IOException {
    stats.pagesResumed(entry.pages().size());
    Set<String> seen = new HashSet<>();
    for (int page = 0; page < entry.pagesPlanned(); page++) {
      if (!entry.pages().containsKey(page)) {
        land(key, client.fetch(query.withPage(page)), entry.pagesPlanned(), seen);
      }
    }
  }

  private void land(IngestManifest.Key key, Page page, int planned, Set<String> seen)
      throws IOException {
    int duplicates = 0;
    for (String id : page.recordIds()) {
      if (!seen.add(id)) {
        duplicates++;
      }
    }
    if (duplicates > 0) { // inserts during paging shift records across pages; silver dedups them
      stats.warn(
          key.entity().apiName()
              + " "
              + key.window()
              + " page "
              + page.query().page()
              + ": "
              + duplicates
              + " record ids already seen on an earlier page; landed as received");
    }
    // An empty page (no _embedded) holds nothing for bronze: the manifest alone records it.
    String file = page.records() == 0 ? null : writer.write(key.entity(), page.body());
    manifest.recordPage(
        key,
        page.info(),
        planned,
        page.query().page(),
        new IngestManifest.PageEntry(file, page.records(), runId));
    stats.pageFetched(key.entity(), page.records() - duplicates, file != null);
    progress.tick();
  }
}
