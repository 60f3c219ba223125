package com.tixmaster.transforms.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Lands each page as one file, {@code
 * <landing>/<entity>/YYYY/MM/DD/<entity>_<yyyyMMdd_HHmmss>_<part>.json}, dated by the run's fetch
 * time (UTC), with a 5-digit part number that counts up across the run. The body is written as
 * received, except that the key is redacted.
 */
final class LandingWriter {
  private static final DateTimeFormatter DAY_FOLDER =
      DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC);

  private final Path landingRoot;
  private final Instant fetchTime;
  private final Redactor redactor;
  private int part;

  LandingWriter(Path landingRoot, Instant fetchTime, Redactor redactor) {
    this.landingRoot = landingRoot;
    this.fetchTime = fetchTime;
    this.redactor = redactor;
  }

  /**
   * Writes the page atomically and returns its path relative to the landing root, '/'-separated.
   */
  synchronized String write(Entity entity, byte[] body) throws IOException {
    Path dir = landingRoot.resolve(entity.apiName()).resolve(DAY_FOLDER.format(fetchTime));
    Path target;
    do { // a landed file is never rewritten, even by a run that started in the same second
      part++;
      target =
          dir.resolve(
              String.format("%s_%s_%05d.json", entity.apiName(), STAMP.format(fetchTime), part));
    } while (Files.exists(target));
    AtomicFiles.write(target, redactor.redact(body));
    return relative(target);
  }

  private String relative(Path file) {
    Path rel = landingRoot.relativize(file);
    return rel.toString().replace(rel.getFileSystem().getSeparator(), "/");
  }
}
