package com.tixmaster.pipeline.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Kills one executor JVM of a standalone cluster while a run's silver stage is running, as a lost
 * machine would: {@code SIGKILL}, no goodbye to the driver. It waits until bronze has finished (the
 * run's {@code stage-bronze} note in the staging folder) and silver has not, then until an executor
 * starts a new task, and kills exactly that executor. An executor is found from its Worker: the
 * Worker runs it in its own work folder {@code worker-N/app-<id>/<executor id>}, which is the
 * process's working directory, and only that pid is signalled.
 */
final class ExecutorLoss implements AutoCloseable {
  private static final long POLL_MILLIS = 20;

  /** What happened: the executor killed and whether silver was still running then. */
  record Kill(long pid, Path workDir, boolean silverRunningAtKill) {}

  private final Path clusterDir;
  private final Path runStaging;
  private final Thread watcher;
  private volatile Kill kill;
  private volatile Throwable failure;
  private volatile String lastSeen = "none yet";

  /**
   * Starts watching.
   *
   * @param clusterDir the cluster's folder ({@code scripts/spark-cluster.sh --dir})
   * @param runStaging the run's staging folder ({@code <staging>/<run id>}), holding its notes
   */
  ExecutorLoss(Path clusterDir, Path runStaging) throws IOException {
    this.clusterDir = clusterDir.toRealPath();
    this.runStaging = runStaging;
    this.watcher = new Thread(this::watch, "executor-loss");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** The kill, once it happened. */
  Optional<Kill> kill() {
    return Optional.ofNullable(kill);
  }

  private void watch() {
    try {
      while (!finished("bronze")) {
        Thread.sleep(POLL_MILLIS);
      }
      // The executors' task counts once bronze is done: a new "Running task" line after this
      // is a silver task.
      List<Executor> before = executors();
      while (!Thread.currentThread().isInterrupted()) {
        for (Executor now : executors()) {
          long earlier =
              before.stream()
                  .filter(e -> e.pid == now.pid)
                  .mapToLong(e -> e.tasks)
                  .findFirst()
                  .orElse(0);
          if (now.tasks > earlier) {
            boolean silverRunning = !finished("silver");
            ProcessHandle.of(now.pid).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL
            kill = new Kill(now.pid, now.workDir, silverRunning);
            return;
          }
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Throwable t) {
      failure = t;
    }
  }

  private boolean finished(String stage) {
    return Files.exists(runStaging.resolve("_notes").resolve("stage-" + stage + ".json"));
  }

  /** A live executor JVM of this cluster and the tasks its log shows it started. */
  private record Executor(long pid, Path workDir, long tasks) {}

  /**
   * The executors, from /proc: a process whose working directory is an executor folder of this
   * cluster's Workers and whose command runs Spark's executor. (Not {@code ProcessHandle.info()}:
   * an executor's command line, a classpath of hundreds of jars, is too long for it.)
   */
  private List<Executor> executors() throws IOException {
    List<Executor> found = new java.util.ArrayList<>();
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path proc : procs.collect(Collectors.toList())) {
        if (proc.getFileName().toString().matches("\\d+")) {
          executor(proc).ifPresent(found::add);
        }
      }
    }
    lastSeen = found.toString();
    return found;
  }

  private Optional<Executor> executor(Path proc) {
    try {
      Path cwd = Files.readSymbolicLink(proc.resolve("cwd"));
      // worker-N/app-<id>/<executor id>, below this cluster's folder only
      if (!cwd.startsWith(clusterDir) || clusterDir.relativize(cwd).getNameCount() != 3) {
        return Optional.empty();
      }
      String command =
          new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.ISO_8859_1);
      if (!command.contains("CoarseGrainedExecutorBackend")) {
        return Optional.empty();
      }
      long pid = Long.parseLong(proc.getFileName().toString());
      return Optional.of(new Executor(pid, cwd, tasksStarted(cwd.resolve("stderr"))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // gone meanwhile, or not ours to read
    }
  }

  /** What the watcher saw last, for a failure message. */
  String describe() {
    return "bronze finished: "
        + finished("bronze")
        + ", silver finished: "
        + finished("silver")
        + ", executors seen last: "
        + lastSeen;
  }

  private static long tasksStarted(Path stderr) throws IOException {
    if (!Files.exists(stderr)) {
      return 0;
    }
    try (Stream<String> lines = Files.lines(stderr, StandardCharsets.ISO_8859_1)) {
      return lines.filter(l -> l.contains("Running task")).count();
    }
  }

  /** Stops watching; rethrows what went wrong in the watcher. */
  @Override
  public void close() throws Exception {
    watcher.interrupt();
    watcher.join(TimeUnit.SECONDS.toMillis(10));
    if (failure != null) {
      throw new AssertionError("watching for the executor to kill failed", failure);
    }
  }
}
