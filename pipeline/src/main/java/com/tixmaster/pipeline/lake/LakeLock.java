package com.tixmaster.pipeline.lake;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * a stale lock is deleted only under a takeover guard ({@code _lock.takeover}, an OS file lock),
 * after reading it again, so two runs that find the same stale lock cannot both take it.
 */
final class LakeLock implements AutoCloseable {
  static final Duration STALE_AFTER = Duration.ofHours(12);
  private static final Object JVM_GUARD = new Object();
  private static final String HOST = lookUpHost();

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
            + HOST
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
          takeOver(file, held);
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
   * may delete someone else's lock, and it re-reads the lock first, so no run removes a lock that
   * another run has just taken. (Moving the lock aside and putting it back, as this did before,
   * briefly removed a fresh lock and let two runs in: the 8-thread race test caught it.) The guard
   * is an OS lock on {@code _lock.takeover}, which the kernel releases when its process dies, plus
   * a JVM monitor for threads of one process (OS locks are per process). The guard file is never
   * deleted: deleting a lock file races with a process that has just opened it. Where the file
   * system has no locks, the JVM monitor alone remains (one writer per lake is then the scheduler's
   * job, as on Databricks). The caller then competes for the lock again.
   */
  private static void takeOver(Path file, String stale) throws IOException {
    Path guard = file.resolveSibling(file.getFileName() + ".takeover");
    synchronized (JVM_GUARD) {
      try (FileChannel channel =
          FileChannel.open(guard, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        FileLock held;
        try {
          held = channel.tryLock();
        } catch (IOException unsupported) {
          deleteIfStill(file, stale); // no OS locks here: the JVM monitor is the guard
          return;
        }
        if (held == null) {
          pause(); // another process is taking over; try again
          return;
        }
        try {
          deleteIfStill(file, stale);
        } finally {
          held.release();
        }
      }
    }
  }

  private static void deleteIfStill(Path file, String stale) throws IOException {
    if (stale.equals(readText(file))) {
      Files.deleteIfExists(file);
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
    if (HOST.equals(holder.getProperty("host"))) {
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
    return HOST.equals(holder.getProperty("host"))
        && Long.toString(ProcessHandle.current().pid()).equals(holder.getProperty("pid"));
  }

  private static String lookUpHost() {
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
