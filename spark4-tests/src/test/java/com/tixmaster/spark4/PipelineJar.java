package com.tixmaster.spark4;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the pipeline's own code, from its shaded jar, in a JVM of its own: the pipeline is built on
 * Spark 3.5 and Scala 2.12, which cannot share a JVM with this module's Spark 4 and Scala 2.13. The
 * jar ({@code pipeline/target/tix-master.jar}) and the few libraries it leaves to the cluster
 * ({@code pipeline/target/lib}) come from the pipeline module's {@code package}, which the reactor
 * runs before these tests.
 */
public final class PipelineJar {
  private PipelineJar() {}

  public static Path projectDir() {
    return Path.of(System.getProperty("tix.project.dir", "..")).toAbsolutePath().normalize();
  }

  /** The shaded jar, refused when missing or older than the classes it is built from. */
  static Path jar() throws IOException {
    Path jar = projectDir().resolve("pipeline/target/tix-master.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " is missing: build it first (mvn -B verify, or mvn -B package -DskipTests)");
    }
    FileTime built = Files.getLastModifiedTime(jar);
    for (String module : List.of("schemas", "transforms", "pipeline")) {
      Path classes = projectDir().resolve(module).resolve("target/classes");
      if (Files.isDirectory(classes) && newest(classes).compareTo(built) > 0) {
        throw new IllegalStateException(
            jar
                + " is older than "
                + classes
                + ": these tests would run stale code; package the pipeline (mvn -B verify, not"
                + " mvn test)");
      }
    }
    return jar;
  }

  private static FileTime newest(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .map(
              f -> {
                try {
                  return Files.getLastModifiedTime(f);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .max(FileTime::compareTo)
          .orElse(FileTime.fromMillis(0));
    }
  }

  /**
   * Runs {@code mainClass} of the pipeline with {@code args}, its output to {@code log}; fails with
   * the log's end when it exits non-zero or takes more than ten minutes.
   */
  public static void run(Path log, String mainClass, String... args)
      throws IOException, InterruptedException {
    Path lib = projectDir().resolve("pipeline/target/lib");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx2g");
    command.add("-XX:+UseParallelGC");
    command.add("-cp");
    command.add(jar() + java.io.File.pathSeparator + lib + "/*");
    command.add(mainClass);
    command.addAll(List.of(args));
    Files.createDirectories(log.getParent());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .directory(projectDir().toFile())
            .start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(mainClass + " took more than ten minutes; see " + log);
    }
    if (process.exitValue() != 0) {
      List<String> lines = Files.readAllLines(log);
      throw new IllegalStateException(
          mainClass
              + " "
              + String.join(" ", args)
              + " exited with "
              + process.exitValue()
              + ":\n"
              + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
    }
  }
}
