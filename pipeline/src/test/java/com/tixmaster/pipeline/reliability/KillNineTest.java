package com.tixmaster.pipeline.reliability;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Black-box crash test: {@code scripts/run-local.sh} is started as its own process group and killed
 * with {@code kill -9} at several moments of a real run, one after the other on the same lake, each
 * run picking up after the previous one's death; then a normal run finishes the job. The lake must
 * equal one clean run over the same landing files.
 *
 * <p>The script is run byte-for-byte from a copy of {@code scripts/}, next to a stand-in {@code
 * pipeline/target/tix-master.jar} whose manifest class path is this build's classes: so the test
 * drives the script with the code under test, and does not need {@code mvn package} first.
 */
public class KillNineTest {
  /** Sleep between polls of the lake for the moment to kill. */
  private static final long POLL_MILLIS = 5;

  /** A moment of the run, seen from outside: a file or folder that appears in the lake. */
  private record Moment(String name, BiPredicate<Path, String> reached) {}

  @Test
  public void killedAtSeveralMomentsThenFinishedEqualsACleanRun() throws Exception {
    assumeTrue("bash and setsid are needed", onPath("bash") && onPath("setsid") && onPath("kill"));
    Reference ref = Reference.get();
    Path dir = ref.newDir("kill-9");
    Path project = standInProject(dir.resolve("project"));
    Path lake = dir.resolve("lake");

    List<Moment> moments =
        List.of(
            new Moment("3 s after the start", (l, run) -> false),
            new Moment(
                "bronze is writing (_staging/<run> exists)",
                (l, run) -> Files.isDirectory(l.resolve("_staging").resolve(run))),
            new Moment(
                "bronze is committed (bronze/_files exists)",
                (l, run) -> Files.exists(l.resolve("bronze/_files"))),
            new Moment(
                "silver is committed (silver/events exists)",
                (l, run) -> Files.exists(l.resolve("silver/events"))),
            new Moment(
                "gold is staged (a staged gold.fact_events shard exists)",
                (l, run) ->
                    hasParquet(l.resolve("_staging").resolve(run).resolve("gold/fact_events"))),
            new Moment(
                "a commit is in flight (a _txn record exists)",
                (l, run) -> hasFiles(l.resolve("_txn"))));
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < moments.size(); i++) {
      Moment m = moments.get(i);
      String runId = "kill-" + (i + 1);
      long started = System.nanoTime();
      Process p = script(project, dir.resolve(runId + ".log"), ref.landing1, lake, runId);
      long deadline = started + TimeUnit.SECONDS.toNanos(i == 0 ? 3 : ChildRun.TIMEOUT_SECONDS);
      boolean hit = false;
      while (p.isAlive() && System.nanoTime() < deadline) {
        if (m.reached().test(lake, runId)) {
          hit = true;
          break;
        }
        Thread.sleep(POLL_MILLIS);
      }
      if (i == 0) {
        hit = p.isAlive();
      }
      if (p.isAlive()) {
        killGroup(p);
      }
      int status = p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
      log.append(
          String.format(
              "  %-58s %s after %5.1f s (exit %d)%n",
              m.name(),
              hit ? "killed" : "MISSED, finished",
              (System.nanoTime() - started) / 1e9,
              status));
      if (!hit && i < moments.size() - 1) {
        throw new AssertionError(
            "the run ended before the moment '" + m.name() + "':\n" + log + read(dir, runId));
      }
    }
    Process last = script(project, dir.resolve("final.log"), ref.landing1, lake, "final");
    assertEquals(read(dir, "final"), 0, last.waitFor());
    System.err.print("[reliability] kill -9 moments:\n" + log);

    assertThat(LakeState.of(lake).differences(ref.state1), is(empty()));
    ExactlyOnce.assertBronze(LakeState.open(lake)::readRows);
    assertThat(HaltPointTest.leftovers(lake), is(empty()));
  }

  private static Process script(Path project, Path log, Path landing, Path lake, String runId)
      throws IOException {
    ProcessBuilder b =
        new ProcessBuilder(
            "setsid",
            "bash",
            project.resolve("scripts/run-local.sh").toString(),
            "--landing=" + landing,
            "--lakehouse=" + lake,
            Landings.AS_OF,
            "--runId=" + runId);
    b.environment().remove("TIX_HALT_AT");
    b.environment().put("TIX_JAVA_OPTS", String.join(" ", ChildRun.jvmOptions().subList(0, 3)));
    b.redirectErrorStream(true).redirectOutput(log.toFile());
    b.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    return b.start();
  }

  /** kill -9 -- -pgid: the script's whole process group (setsid made it the group leader). */
  private static void killGroup(Process p) throws Exception {
    Process kill = new ProcessBuilder("kill", "-9", "--", "-" + p.pid()).inheritIO().start();
    kill.waitFor(30, TimeUnit.SECONDS);
    p.descendants().forEach(ProcessHandle::destroyForcibly);
  }

  /** scripts/ copied, and a jar whose manifest puts this build's classpath behind the script. */
  private static Path standInProject(Path project) throws IOException {
    Path scripts = Landings.projectDir().resolve("scripts");
    Files.createDirectories(project.resolve("scripts"));
    for (String name : List.of("run-local.sh", "lib.sh")) {
      Files.copy(scripts.resolve(name), project.resolve("scripts").resolve(name));
    }
    Path target = project.resolve("pipeline/target");
    Files.createDirectories(target.resolve("lib"));
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    List<String> urls = new ArrayList<>();
    for (String entry : ChildRun.classpath().split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        urls.add(Path.of(entry).toAbsolutePath().toUri().toString());
      }
    }
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
    try (OutputStream out = Files.newOutputStream(target.resolve("tix-master.jar"));
        JarOutputStream jar = new JarOutputStream(out, manifest)) {
      // a manifest and nothing else
    }
    return project;
  }

  private static boolean hasParquet(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".parquet"));
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean hasFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.findAny().isPresent();
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    return Stream.of(path.split(File.pathSeparator))
        .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
  }

  private static String read(Path dir, String runId) throws IOException {
    Path log = dir.resolve(runId + ".log");
    return Files.exists(log) ? Files.readString(log) : "";
  }
}
