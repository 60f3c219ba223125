package com.tixmaster.pipeline.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import com.tixmaster.pipeline.TixMasterRun;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Through the entry point on the DirectRunner, over the bundled fixtures: running stages print
 * progress lines on stderr, {@code --quiet} prints none, and the report on stdout is the same
 * either way.
 */
public class ProgressReportingTest {
  private static final String LINE = "tix-master: (bronze|silver) running \\d+:\\d\\d: .+";

  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  private TixMasterRun run(String lake, String... extra) {
    String[] args = {
      "--landing=" + Lakes.bundledLanding(),
      "--lakehouse=" + tmp.getRoot().toPath().resolve(lake),
      "--stages=bronze,silver",
      "--asOf=2026-11-20T00:00:00Z",
      "--runId=progress",
      "--progressSeconds=0.1"
    };
    String[] all = Arrays.copyOf(args, args.length + extra.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    TixMasterRun run = TixMasterRun.of(all);
    assertThat(run.toString(), run.status, is(0));
    return run;
  }

  private static List<String> progressLines(String text) {
    return text.lines().filter(l -> l.contains(" running ")).collect(Collectors.toList());
  }

  /** The report without what differs between any two runs: the lake's path and the seconds. */
  private String comparable(String out, String lake) {
    Path root = tmp.getRoot().toPath().resolve(lake);
    return out.replace(root.toString(), "<lake>")
        .lines()
        .map(l -> l.replaceFirst("^(\\S+\\s+\\S+)\\s+\\d+\\.\\d ", "$1 <s> "))
        .collect(Collectors.joining("\n"));
  }

  @Test
  public void stagesPrintProgressOnStderrAndQuietPrintsNoneWithTheSameReport() {
    TixMasterRun loud = run("loud");
    List<String> lines = progressLines(loud.err);
    assertThat(loud.toString(), lines, not(empty()));
    assertThat(lines, everyItem(matchesPattern(LINE)));
    assertThat(
        "bronze shows its file and record counts", loud.err, containsString("bronze running"));
    assertThat(
        lines.stream().filter(l -> l.contains("bronze")).findFirst().orElse(""),
        containsString("files_loaded="));
    assertThat("stdout has no progress line", progressLines(loud.out), is(empty()));

    TixMasterRun quiet = run("quiet", "--quiet");
    assertThat(quiet.toString(), progressLines(quiet.err), is(empty()));
    assertThat(comparable(quiet.out, "quiet"), is(comparable(loud.out, "loud")));
  }
}
