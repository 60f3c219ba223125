package com.tixmaster.pipeline.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.tixmaster.pipeline.landing.LandingScanner;
import com.tixmaster.schemas.bronze.LandingFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark's floor: a bare Jackson streaming parse of the landing files that counts their
 * records, and does nothing else (no strings kept, no hashing, no schema, no output).
 *
 * <p>{@code BaselineParse --landing=DIR [--threads=N]} reads the same files bronze would read
 * ({@link LandingScanner}), spread over {@code N} threads (the pipeline's parallelism), and prints
 * one line: {@code files=F records=R bytes=B threads=N parse_s=S}. A record is what bronze calls
 * one: an element of a page's {@code _embedded.<entity>} array, an element of a top-level array, or
 * a top-level object that is not a page (an NDJSON line, a single record).
 */
public final class BaselineParse {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** What one parse found. */
  public record Count(int files, long records, long bytes) {}

  private BaselineParse() {}

  public static void main(String[] args) throws Exception {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
    Path landing = null;
    int threads = Runtime.getRuntime().availableProcessors();
    for (String arg : args) {
      if (arg.startsWith("--landing=")) {
        landing = Path.of(arg.substring("--landing=".length()));
      } else if (arg.startsWith("--threads=")) {
        threads = Integer.parseInt(arg.substring("--threads=".length()));
      } else {
        err.println("usage: BaselineParse --landing=DIR [--threads=N]");
        return 2;
      }
    }
    if (landing == null || !Files.isDirectory(landing) || threads < 1) {
      err.println("usage: BaselineParse --landing=DIR [--threads=N] (DIR must exist, N >= 1)");
      return 2;
    }
    long start = System.nanoTime();
    Count count = count(landing, threads);
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(
        "files=%d records=%d bytes=%d threads=%d parse_s=%.3f%n",
        count.files(), count.records(), count.bytes(), threads, seconds);
    return 0;
  }

  /** Counts the records of every landing file under {@code landing} on {@code threads} threads. */
  public static Count count(Path landing, int threads) throws Exception {
    List<LandingFile> files = new ArrayList<>();
    for (LandingFile file : LandingScanner.newFiles(landing, Set.of())) {
      if (file.getRefusal().isEmpty()) { // bronze does not parse a refused file either
        files.add(file);
      }
    }
    // Largest first, taken from a shared index: the threads stay busy until the end.
    files.sort(Comparator.comparingLong(LandingFile::getSize).reversed());
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<long[]>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        parts.add(
            pool.submit(
                () -> {
                  long records = 0;
                  long bytes = 0;
                  int i;
                  while ((i = next.getAndIncrement()) < files.size()) {
                    LandingFile file = files.get(i);
                    records += records(Path.of(file.getLocation()), file.getEntity());
                    bytes += file.getSize();
                  }
                  return new long[] {records, bytes};
                }));
      }
      long records = 0;
      long bytes = 0;
      for (Future<long[]> part : parts) {
        records += part.get()[0];
        bytes += part.get()[1];
      }
      return new Count(files.size(), records, bytes);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The records of one file; a file that is not valid JSON counts what was read before the error.
   */
  static long records(Path file, String entity) throws IOException {
    long records = 0;
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = JSON.createParser(in)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.START_ARRAY) {
          records += elements(parser);
        } else if (token == JsonToken.START_OBJECT) {
          records += rootObject(parser, entity);
        } else {
          parser.skipChildren();
        }
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // bronze rejects such a file; the floor just stops reading it
    }
    return records;
  }

  /** A root object (parser on '{'): a page's embedded records, or one record. */
  private static long rootObject(JsonParser parser, String entity) throws IOException {
    boolean page = false;
    long embedded = 0;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if ("_embedded".equals(field) && value == JsonToken.START_OBJECT) {
        // an event's own _embedded holds venues and attractions: only this entity's array
        // makes the object a page
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          if (parser.nextToken() == JsonToken.START_ARRAY && key.equals(entity)) {
            page = true;
            embedded += elements(parser);
          } else {
            parser.skipChildren();
          }
        }
      } else {
        page |= "page".equals(field) && value == JsonToken.START_OBJECT;
        parser.skipChildren();
      }
    }
    return page ? embedded : 1;
  }

  /** Counts an array's elements, walking every token (parser on '['). */
  private static long elements(JsonParser parser) throws IOException {
    long n = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      parser.skipChildren();
      n++;
    }
    return n;
  }
}
