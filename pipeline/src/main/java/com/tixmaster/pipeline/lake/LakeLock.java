package com.tixmaster.pipeline.lake;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;

/**
 * A lock file that keeps a second run off the lake. It is stale, and taken over, when its holder
 * ran on this host and its process is gone, or ran on another host and is older than {@link
 * #STALE_AFTER}. A live holder on this host is never taken over, however long it runs.
 *
 * <p>The file is written aside and hard-linked into place, so no reader ever sees it half written;
 * a stale lock is deleted only under a takeover guard, after reading it again, so two runs that
 * find the same stale lock cannot both take it.
 */
final class LakeLock implements AutoCloseable {
  static final Duration STALE_AFTER = Duration.ofHours(12);
  static final Duration GUARD_STALE_AFTER = Duration.ofSeconds(30);

  private final Path file;
  private final String content;

  private LakeLock(Path file, String content) {
    this.file = file;
    this.content = content;
  }

  static LakeLock acquire(Path file, String runId) throws IOException {
    Files.createDirectories(file.getParent());
    String pid = Long.toString(ProcessHandle.current().pid());
    String content =
        "run_id="
            + runId
            + "\n"
            + "pid="
            + pid
            + "\n"
            + "host="
            + host()
            + "\n"
            + "started_at="
            + Instant.now()
            + "\n"
            + "token="
            + UUID.randomUUID()
            + "\n";
    Path mine = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
    Files.writeString(mine, content, StandardCharsets.UTF_8);
    try {
      for (int attempt = 0; attempt < 20; attempt++) {
        try {
          Files.createLink(file, mine);
          return new LakeLock(file, content);
        } catch (FileAlreadyExistsException e) {
          String held = readText(file);
          if (held == null) {
            continue; // released in between
          }
          Properties holder = parse(held);
          // Tasks of one Databricks job run share the run id and the driver JVM: the same run may
          // take its own lock back after an earlier task of it stopped without releasing it. A
          // second process with the same run id (two runs started in the same second get the
          // same default id) is a concurrent run like any other, and is refused.
          boolean sameRun = runId.equals(holder.getProperty("run_id")) && isThisProcess(holder);
          if (!sameRun && !isStale(holder)) {
            throw new LakeLockedException(
                "the lake is locked by run "
                    + holder.getProperty("run_id", "?")
                    + " (pid "
                    + holder.getProperty("pid", "?")
                    + " on "
                    + holder.getProperty("host", "?")
                    + ", since "
                    + holder.getProperty("started_at", "?")
                    + "); wait for it to finish, or delete "
                    + file
                    + " if that process is gone");
          }
          takeOver(file, held, mine);
        }
      }
    } finally {
      Files.deleteIfExists(mine);
    }
    throw new LakeLockedException(
        "could not take the lake lock " + file + ": other runs are taking it over; try again");
  }

  /**
   * Deletes the lock judged stale, if it is still that lock. Only the holder of the takeover guard
   * (a second file, created exclusively) may delete someone else's lock, so no run can remove a
   * lock that another run has just taken: the lock is re-read under the guard, and nobody but a
   * guard holder ever deletes a live lock. (Moving the lock aside and putting it back, as this
   * did before, briefly removed a fresh lock and let two runs in: the 8-thread race test caught
   * it.) The caller then competes for the lock again.
   */
  private static void takeOver(Path file, String stale, Path mine) throws IOException {
    Path guard = file.resolveSibling(file.getFileName() + ".takeover");
    try {
      Files.createLink(guard, mine);
    } catch (FileAlreadyExistsException e) {
      // Another run is taking over. A guard is held for microseconds; one older than
      // GUARD_STALE_AFTER belongs to a process that died in between, and is removed.
      try {
        if (Files.getLastModifiedTime(guard).toInstant().plus(GUARD_STALE_AFTER).isBefore(Instant.now())) {
          Files.deleteIfExists(guard);
        }
      } catch (NoSuchFileException gone) {
        // released meanwhile
      }
      pause();
      return;
    }
    try {
      if (stale.equals(readText(file))) {
        Files.deleteIfExists(file);
      }
    } finally {
      Files.deleteIfExists(guard);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String readText(Path file) throws IOException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static Properties parse(String text) throws IOException {
    Properties p = new Properties();
    p.load(new StringReader(text));
    return p;
  }

  private static boolean isStale(Properties holder) {
    if (host().equals(holder.getProperty("host"))) {
      try {
        long pid = Long.parseLong(holder.getProperty("pid", ""));
        return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
      } catch (NumberFormatException e) {
        return true; // unreadable lock
      }
    }
    try {
      Instant started = Instant.parse(holder.getProperty("started_at", ""));
      return started.plus(STALE_AFTER).isBefore(Instant.now());
    } catch (RuntimeException e) {
      return true; // unreadable lock
    }
  }

  private static boolean isThisProcess(Properties holder) {
    return host().equals(holder.getProperty("host"))
        && Long.toString(ProcessHandle.current().pid()).equals(holder.getProperty("pid"));
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }

  /** Releases the lock, unless another run has taken it over meanwhile (then it is theirs). */
  @Override
  public void close() throws IOException {
    if (content.equals(readText(file))) {
      Files.deleteIfExists(file);
    }
  }
}
