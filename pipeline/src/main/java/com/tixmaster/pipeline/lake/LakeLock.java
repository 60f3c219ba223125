package com.tixmaster.pipeline.lake;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

/**
 * A lock file that keeps a second run off the lake. It is stale, and taken over, when its holder
 * ran on this host and its process is gone, or when it is older than {@link #STALE_AFTER}.
 */
final class LakeLock implements AutoCloseable {
  static final Duration STALE_AFTER = Duration.ofHours(12);

  private final Path file;

  private LakeLock(Path file) {
    this.file = file;
  }

  static LakeLock acquire(Path file, String runId) throws IOException {
    Files.createDirectories(file.getParent());
    Properties me = new Properties();
    me.setProperty("run_id", runId);
    me.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
    me.setProperty("host", host());
    me.setProperty("started_at", Instant.now().toString());
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        StringBuilder text = new StringBuilder();
        me.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return new LakeLock(file);
      } catch (FileAlreadyExistsException e) {
        Properties holder = read(file);
        if (holder == null) {
          continue; // released in between
        }
        // Tasks of one Databricks job run share the run id and the driver JVM: the same run may
        // take its own lock back after an earlier task of it stopped without releasing it.
        boolean sameRun = runId.equals(holder.getProperty("run_id"));
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
        Files.deleteIfExists(file);
      }
    }
    throw new LakeLockedException("could not take the lake lock " + file);
  }

  private static Properties read(Path file) throws IOException {
    try {
      Properties p = new Properties();
      p.load(Files.newBufferedReader(file, StandardCharsets.UTF_8));
      return p;
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static boolean isStale(Properties holder) {
    try {
      Instant started = Instant.parse(holder.getProperty("started_at", ""));
      if (started.plus(STALE_AFTER).isBefore(Instant.now())) {
        return true;
      }
    } catch (RuntimeException e) {
      return true; // unreadable lock: written by a process that died mid-write
    }
    if (!host().equals(holder.getProperty("host"))) {
      return false;
    }
    try {
      long pid = Long.parseLong(holder.getProperty("pid", ""));
      return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(file);
  }
}
