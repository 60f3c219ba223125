package com.tixmaster.pipeline.spark;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.junit.Test;

/** The settings a local master gets: sized to its threads, not to a cluster's defaults. */
public class SparkSessionsTest {

  @Test
  public void localThreadsFollowTheMaster() {
    assertThat(SparkSessions.localThreads("local"), equalTo(1));
    assertThat(SparkSessions.localThreads("local[3]"), equalTo(3));
    assertThat(SparkSessions.localThreads("local[0]"), equalTo(1));
    assertThat(SparkSessions.localThreads("local[4,2]"), equalTo(4));
    assertThat(
        SparkSessions.localThreads("local[*]"),
        equalTo(Runtime.getRuntime().availableProcessors()));
  }

  @Test
  public void aMasterSetBySparkSubmitStillGetsLocalSettings() {
    SparkConf submitted = new SparkConf(false).set("spark.master", "local[3]");
    Map<String, String> settings = SparkSessions.localDefaults(submitted);
    assertThat(settings.get("spark.databricks.delta.snapshotPartitions"), equalTo("3"));
    assertThat(settings.get("spark.sql.shuffle.partitions"), equalTo("3"));
    assertThat(settings.get("spark.default.parallelism"), equalTo("3"));
    assertThat(settings.get("spark.ui.enabled"), equalTo("false"));
  }

  @Test
  public void settingsGivenOnTheCommandLineWin() {
    SparkConf submitted =
        new SparkConf(false)
            .set("spark.master", "local[2]")
            .set("spark.sql.shuffle.partitions", "8");
    assertThat(SparkSessions.localDefaults(submitted), not(hasKey("spark.sql.shuffle.partitions")));
  }

  @Test
  public void aClusterMasterKeepsItsOwnSettings() {
    SparkConf cluster = new SparkConf(false).set("spark.master", "spark://host:7077");
    assertThat(SparkSessions.localDefaults(cluster), anEmptyMap());
  }

  @Test
  public void aLocalSessionIsSizedToItsThreads() throws Exception {
    SparkSession spark = SparkTestSession.session();
    String threads = String.valueOf(SparkSessions.localThreads(spark.sparkContext().master()));
    // Delta's default is 50 snapshot partitions: every snapshot of every table a 50-task job.
    assertThat(spark.conf().get("spark.databricks.delta.snapshotPartitions"), equalTo(threads));
    assertThat(spark.conf().get("spark.sql.shuffle.partitions"), equalTo(threads));
    assertThat(spark.conf().get("spark.ui.enabled"), equalTo("false"));
  }
}
