package com.tixmaster.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertThrows;

import com.tixmaster.pipeline.config.ConfigException;
import com.tixmaster.pipeline.config.RunConfig;
import com.tixmaster.pipeline.lake.ParquetLake;
import com.tixmaster.pipeline.spark.SparkTestSession;
import java.nio.file.Path;
import java.util.Map;
import org.apache.beam.runners.spark.SparkPipelineOptions;
import org.apache.spark.storage.StorageLevel;
import org.joda.time.Instant;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** What a SparkRunner run sets up before its first pipeline. */
public class SparkWiringTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  private RunConfig config(String... extra) throws Exception {
    Path lake = tmp.newFolder().toPath();
    String[] args = new String[extra.length + 3];
    args[0] = "--runner=SparkRunner";
    args[1] = "--lakehouse=" + lake;
    args[2] = "--landing=" + tmp.newFolder().toPath();
    System.arraycopy(extra, 0, args, 3, extra.length);
    return RunConfig.parse(args, Map.of(), Instant.now());
  }

  private static String storageLevel(RunConfig config) {
    return config.beamOptions().as(SparkPipelineOptions.class).getStorageLevel();
  }

  private void attach(RunConfig config) throws Exception {
    SparkTestSession.session(); // the shared session, which attach() takes as it is
    SparkWiring.attach(config, new ParquetLake(config.lakehouse(), Path.of(config.stagingDir())));
  }

  @Test
  public void cachedCollectionsSpillToDiskRatherThanBeRecomputed() throws Exception {
    RunConfig config = config();
    assertThat(storageLevel(config), is("MEMORY_ONLY")); // Beam's default
    attach(config);
    // the tests' session is local[2]: the executor is the driver, with a small heap
    assertThat(storageLevel(config), is("DISK_ONLY"));
  }

  @Test
  public void anUnknownStorageLevelIsABadOption() {
    ConfigException e = assertThrows(ConfigException.class, () -> config("--storageLevel=BOGUS"));
    assertThat(e.getMessage(), startsWith("--storageLevel: "));
  }

  @Test
  public void theLevelsTheConfigAcceptsAreSparksOwn() {
    for (String level : RunConfig.SPARK_STORAGE_LEVELS) {
      assertThat(StorageLevel.fromString(level), is(notNullValue()));
    }
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
    RunConfig config = config("--storageLevel=DISK_ONLY");
    attach(config);
    assertThat(storageLevel(config), is("DISK_ONLY"));
  }
}
