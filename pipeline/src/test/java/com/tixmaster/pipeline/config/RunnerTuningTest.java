package com.tixmaster.pipeline.config;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

import com.tixmaster.transforms.io.DistributedGraphOptions;
import com.tixmaster.transforms.io.InMemoryGroupingOptions;
import java.util.Map;
import org.apache.beam.runners.direct.DirectOptions;
import org.joda.time.Instant;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The runner-specific choices are made in one place each: the DirectRunner's speed choices only for
 * the DirectRunner, and the encoded groupings and tagged outputs for every other runner.
 */
public class RunnerTuningTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  private RunConfig parse(String... extra) throws Exception {
    String[] args = new String[extra.length + 2];
    args[0] = "--lakehouse=" + tmp.newFolder().toPath().resolve("lake");
    args[1] = "--landing=" + tmp.newFolder().toPath();
    System.arraycopy(extra, 0, args, 2, extra.length);
    return RunConfig.parse(args, Map.of(), Instant.now());
  }

  private static int buckets(RunConfig config) {
    return config.beamOptions().as(InMemoryGroupingOptions.class).getInMemoryGroupingBuckets();
  }

  private static DirectOptions direct(RunConfig config) {
    return config.beamOptions().as(DirectOptions.class);
  }

  @Test
  public void theDirectRunnerGroupsInMemoryWithoutTheMutationChecks() throws Exception {
    RunConfig config = parse();
    assertThat(config.localFastPath(), is(true));
    assertThat(buckets(config), is(direct(config).getTargetParallelism()));
    assertThat(buckets(config), greaterThan(0));
    assertThat(direct(config).isEnforceImmutability(), is(false));
    assertThat(direct(config).isEnforceEncodability(), is(false));
  }

  @Test
  public void anExplicitCheckWins() throws Exception {
    RunConfig config = parse("--enforceImmutability=true");
    assertThat(direct(config).isEnforceImmutability(), is(true));
    assertThat(direct(config).isEnforceEncodability(), is(false));
  }

  @Test
  public void turnedOffTheDirectRunnerIsPlainBeam() throws Exception {
    RunConfig config = parse("--localFastPath=false");
    assertThat(buckets(config), is(0));
    assertThat(direct(config).isEnforceImmutability(), is(true));
    assertThat(direct(config).isEnforceEncodability(), is(true));
  }

  @Test
  public void noOtherRunnerGroupsInMemory() throws Exception {
    RunConfig config = parse("--runner=SparkRunner");
    assertThat(buckets(config), is(0));
  }

  private static int encodedBuckets(RunConfig config) {
    return config.beamOptions().as(DistributedGraphOptions.class).getEncodedGroupingBuckets();
  }

  @Test
  public void sparkGroupsThroughEncodedBucketsByDefault() throws Exception {
    assertThat(encodedBuckets(parse("--runner=SparkRunner")), is(512));
  }

  @Test
  public void theBucketCountIsTheUsersAndZeroIsBeamsOwnGrouping() throws Exception {
    assertThat(encodedBuckets(parse("--runner=SparkRunner", "--groupingBuckets=2048")), is(2048));
    assertThat(encodedBuckets(parse("--runner=SparkRunner", "--groupingBuckets=0")), is(0));
  }

  @Test
  public void theDirectRunnerKeepsItsInMemoryBuckets() throws Exception {
    assertThat(encodedBuckets(parse()), is(0));
    assertThat(encodedBuckets(parse("--localFastPath=false")), is(0));
    assertThat(tagged(parse()), is(false));
  }

  @Test
  public void sparkParsesIntoTaggedOutputs() throws Exception {
    assertThat(tagged(parse("--runner=SparkRunner")), is(true));
  }

  private static boolean tagged(RunConfig config) {
    return config.beamOptions().as(DistributedGraphOptions.class).getTaggedOutputs();
  }

  @Test
  public void aBadBucketCountFailsNamingTheOption() {
    for (String bad : new String[] {"-1", "70000"}) {
      ConfigException e =
          assertThrows(
              ConfigException.class,
              () -> parse("--runner=SparkRunner", "--groupingBuckets=" + bad));
      assertThat(e.getMessage(), containsString("groupingBuckets"));
    }
  }
}
