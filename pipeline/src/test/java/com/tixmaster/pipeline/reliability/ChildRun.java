package com.tixmaster.pipeline.reliability;

import com.tixmaster.pipeline.run.FaultPoints;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline as a real, separate process: {@code java -cp <this test's classpath>
 * com.tixmaster.pipeline.TixMaster …}, so that it can halt ({@link FaultPoints}) or be killed
 * without taking the test down. Output goes to a log file next to the lake.
 */
final class ChildRun {
  /** A child that takes longer than this is killed and the test fails. */
  static final long TIMEOUT_SECONDS = Long.getLong("tix.reliability.childTimeout", 420);

  final Process process;
  final Path log;

  private ChildRun(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** The JVM options a child needs: this JVM's --add-opens, a modest heap, a quick start. */
  static List<String> jvmOptions() {
    return withOpens("-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
  }

  /**
   * The options of a child on the SparkRunner: the full JIT (with C1 alone, Spark and Delta fill
   * the code cache within minutes, the JIT stops, and the run crawls) and a bigger heap.
   */
  static List<String> sparkJvmOptions() {
    return withOpens("-Xmx1500m", "-XX:+UseSerialGC");
  }

  private static List<String> withOpens(String... first) {
    List<String> options = new ArrayList<>(List.of(first));
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-opens") || arg.startsWith("-Djdk.reflect")) {
        options.add(arg);
      }
    }
    return options;
  }

  static String classpath() {
    return System.getProperty("java.class.path");
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Starts {@code TixMaster args} with {@code TIX_HALT_AT=haltAt} (none when null). */
  static ChildRun start(Path log, String haltAt, String... args) throws IOException {
    return start(jvmOptions(), log, haltAt, args);
  }

  /** As {@link #start(Path, String, String...)}, with the given JVM options. */
  static ChildRun start(List<String> jvmOptions, Path log, String haltAt, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classpath());
    command.add("com.tixmaster.pipeline.TixMaster");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.remove(FaultPoints.ENV);
    if (haltAt != null) {
      env.put(FaultPoints.ENV, haltAt);
    }
    return start(builder, log);
  }

  static ChildRun start(ProcessBuilder builder, Path log) throws IOException {
    Files.createDirectories(log.getParent());
    builder.redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    return new ChildRun(builder.start(), log);
  }

  /** Waits for the exit status; kills the child (and fails) after {@link #TIMEOUT_SECONDS}. */
  int await() throws InterruptedException, IOException {
    return await(TIMEOUT_SECONDS);
  }

  /** Waits for the exit status; kills the child (and fails) after {@code seconds}. */
  int await(long seconds) throws InterruptedException, IOException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
      throw new AssertionError("child did not finish in " + seconds + " s\n" + output());
    }
    return process.exitValue();
  }

  String output() throws IOException {
    return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
  }

  /** The last lines of the output, for assertion messages. */
  String tail() throws IOException {
    String[] lines = output().split("\n");
    StringBuilder s = new StringBuilder();
    for (int i = Math.max(0, lines.length - 40); i < lines.length; i++) {
      s.append(lines[i]).append('\n');
    }
    return s.toString();
  }
}
