package com.tixmaster.pipeline.bench;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.Assume.assumeTrue;

import com.tixmaster.pipeline.landing.LandingScanner;
import com.tixmaster.schemas.bronze.LandingFile;
import com.tixmaster.transforms.bronze.LandingFileReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.Test;

/**
 * Smoke test of the benchmark's baseline at a tiny N: the bare parse counts the records of the
 * bundled fixtures as bronze does. No timing is asserted; the benchmark itself stays out of CI.
 */
public class BaselineParseTest {
  private static Path bundled() {
    Path project =
        Path.of(
            System.getProperty(
                "tix.project.dir", Path.of("").toAbsolutePath().getParent().toString()));
    Path landing = project.resolve("scripts/fixtures/landing");
    assumeTrue("no bundled fixtures at " + landing, Files.isDirectory(landing));
    return landing;
  }

  @Test
  public void countsTheBundledRecordsOnAnyNumberOfThreads() throws Exception {
    Path landing = bundled();
    for (int threads : new int[] {1, 2, 3}) {
      BaselineParse.Count count = BaselineParse.count(landing, threads);
      assertThat(count.files(), is(36));
      assertThat(count.records(), is(618L));
    }
  }

  @Test
  public void agreesWithBronzeFileByFile() throws Exception {
    for (LandingFile file : LandingScanner.newFiles(bundled(), Set.of())) {
      long bronze =
          LandingFileReader.read(
                  Path.of(file.getLocation()),
                  file.getEntity(),
                  new LandingFileReader.Sink() {
                    @Override
                    public void record(long index, String id, String payload) {}

                    @Override
                    public void rejected(
                        long index, String reason, String detail, String payload) {}
                  })
              .records;
      assertThat(
          file.getPath(),
          BaselineParse.records(Path.of(file.getLocation()), file.getEntity()),
          is(bronze));
    }
  }

  @Test
  public void printsOneParsableLine() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        BaselineParse.run(
            new String[] {"--landing=" + bundled(), "--threads=2"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err);
    assertThat(status, is(0));
    assertThat(
        out.toString(StandardCharsets.UTF_8).trim(),
        matchesPattern("files=36 records=618 bytes=\\d+ threads=2 parse_s=\\d+\\.\\d{3}"));
  }

  @Test
  public void refusesBadOptions() throws Exception {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThat(BaselineParse.run(new String[] {"--nope"}, quiet, quiet), is(2));
    assertThat(BaselineParse.run(new String[] {"--landing=/does/not/exist"}, quiet, quiet), is(2));
  }
}
