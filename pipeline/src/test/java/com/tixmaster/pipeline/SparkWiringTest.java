package com.tixmaster.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertThrows;

import com.tixmaster.pipeline.config.ConfigException;
import com.tixmaster.pipeline.config.RunConfig;
import com.tixmaster.pipeline.config.TixMasterOptions;
import com.tixmaster.pipeline.lake.ParquetLake;
import com.tixmaster.pipeline.spark.SparkTestSession;
import java.nio.file.Path;
import org.apache.beam.runners.spark.SparkPipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.joda.time.Instant;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** What a SparkRunner run sets up before its first pipeline. */
public class SparkWiringTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  private TixMasterOptions options(String... extra) throws Exception {
    Path lake = tmp.newFolder().toPath();
    String[] args = new String[extra.length + 3];
    args[0] = "--runner=SparkRunner";
    args[1] = "--lakehouse=" + lake;
    args[2] = "--landing=" + tmp.newFolder().toPath();
    System.arraycopy(extra, 0, args, 3, extra.length);
    PipelineOptionsFactory.register(TixMasterOptions.class);
    return PipelineOptionsFactory.fromArgs(args).as(TixMasterOptions.class);
  }

  private void attach(TixMasterOptions options, boolean storageLevelGiven) throws Exception {
    SparkTestSession.session(); // the shared session, which attach() takes as it is
    RunConfig config = RunConfig.from(options, Instant.now());
    SparkWiring.attach(
        options,
        config,
        new ParquetLake(config.lakehouse(), config.stagingDir()),
        storageLevelGiven);
  }

  @Test
  public void cachedCollectionsSpillToDiskRatherThanBeRecomputed() throws Exception {
    TixMasterOptions options = options();
    assertThat(
        options.as(SparkPipelineOptions.class).getStorageLevel(),
        is("MEMORY_ONLY")); // Beam's default
    attach(options, false);
    // the tests' session is local[2]: the executor is the driver, with a small heap
    assertThat(options.as(SparkPipelineOptions.class).getStorageLevel(), is("DISK_ONLY"));
  }

  @Test
  public void anUnknownStorageLevelIsABadOption() throws Exception {
    TixMasterOptions options = options("--storageLevel=BOGUS");
    ConfigException e = assertThrows(ConfigException.class, () -> attach(options, true));
    assertThat(e.getMessage(), startsWith("--storageLevel: "));
  }

  @Test
  public void aClusterCachesInMemoryAndSpills() {
    assertThat(SparkWiring.storageLevelFor("spark://master:7077"), is("MEMORY_AND_DISK"));
    assertThat(SparkWiring.storageLevelFor("yarn"), is("MEMORY_AND_DISK"));
    assertThat(SparkWiring.storageLevelFor("local[8]", false), is("DISK_ONLY"));
    assertThat(
        "a Databricks single-node cluster",
        SparkWiring.storageLevelFor("local[*, 4]", true),
        is("MEMORY_AND_DISK"));
  }

  @Test
  public void anExplicitStorageLevelWins() throws Exception {
    TixMasterOptions options = options("--storageLevel=DISK_ONLY");
    attach(options, true);
    assertThat(options.as(SparkPipelineOptions.class).getStorageLevel(), is("DISK_ONLY"));
  }
}
