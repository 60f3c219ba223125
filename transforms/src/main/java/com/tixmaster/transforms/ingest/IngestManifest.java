package com.tixmaster.transforms.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * What this UTC day's runs have fetched, kept in {@code <landing>/_ingest/manifest-<yyyyMMdd>.json}
 * (bronze skips folders starting with '_'). One entry per (entity, query fingerprint, window):
 * either "split" (too big, look at its halves) or the pages fetched so far and the file holding
 * each. Rewritten atomically after every change, so a crash loses at most the page in flight. A run
 * on the same day resumes from it; a run on a later day opens a new, empty manifest, which is how
 * data is refreshed.
 */
final class IngestManifest {
  static final String FOLDER = "_ingest";
  private static final int VERSION = 1;
  private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Identifies one unit of work. {@code window} is a {@link Window#key()} or {@value #ALL}. */
  record Key(Entity entity, String query, String window) {
    static final String ALL = "all";

    private String id() {
      return entity.apiName() + " " + query + " " + window;
    }
  }

  /** One fetched page; {@code file} is null for an empty page, which is not landed. */
  record PageEntry(String file, int records, String runId) {}

  /**
   * @param pagesPlanned pages to fetch: all of them, or as many as the paging cap allows
   */
  record Entry(
      String entity,
      String query,
      String window,
      boolean split,
      long totalElements,
      int totalPages,
      int pagesPlanned,
      SortedMap<Integer, PageEntry> pages) {
    Entry {
      pages = new TreeMap<>(pages);
    }

    boolean isComplete() {
      return !split && IntStream.range(0, pagesPlanned).allMatch(pages::containsKey);
    }
  }

  record Content(int version, String day, List<Entry> entries) {}

  private final Path file;
  private final LocalDate day;
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  private IngestManifest(Path file, LocalDate day) {
    this.file = file;
    this.day = day;
  }

  /** Opens the manifest of {@code day}, empty when that day has none yet. */
  static IngestManifest open(Path landingRoot, LocalDate day) throws IOException {
    Path file = landingRoot.resolve(FOLDER).resolve("manifest-" + FILE_DAY.format(day) + ".json");
    IngestManifest manifest = new IngestManifest(file, day);
    if (Files.exists(file)) {
      for (Entry e : JSON.readValue(file.toFile(), Content.class).entries()) {
        manifest.entries.put(
            new Key(Entity.fromApiName(e.entity()), e.query(), e.window()).id(), e);
      }
    }
    return manifest;
  }

  Path file() {
    return file;
  }

  synchronized Optional<Entry> find(Key key) {
    return Optional.ofNullable(entries.get(key.id()));
  }

  synchronized void markSplit(Key key, PageInfo probe) throws IOException {
    entries.put(
        key.id(),
        new Entry(
            key.entity().apiName(),
            key.query(),
            key.window(),
            true,
            probe.totalElements(),
            probe.totalPages(),
            0,
            new TreeMap<>()));
    save();
  }

  /** Records page {@code number} of {@code key}; the first page recorded fixes the totals. */
  synchronized void recordPage(Key key, PageInfo info, int pagesPlanned, int number, PageEntry page)
      throws IOException {
    Entry old = entries.get(key.id());
    SortedMap<Integer, PageEntry> pages =
        old == null ? new TreeMap<>() : new TreeMap<>(old.pages());
    pages.put(number, page);
    entries.put(
        key.id(),
        old == null
            ? new Entry(
                key.entity().apiName(),
                key.query(),
                key.window(),
                false,
                info.totalElements(),
                info.totalPages(),
                pagesPlanned,
                pages)
            : new Entry(
                old.entity(),
                old.query(),
                old.window(),
                false,
                old.totalElements(),
                old.totalPages(),
                old.pagesPlanned(),
                pages));
    save();
  }

  private void save() throws IOException {
    Content content = new Content(VERSION, day.toString(), new ArrayList<>(entries.values()));
    AtomicFiles.write(file, JSON.writeValueAsBytes(content));
  }
}
