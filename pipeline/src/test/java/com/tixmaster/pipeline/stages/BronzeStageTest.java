package com.tixmaster.pipeline.stages;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.tixmaster.pipeline.TixMasterRun;
import com.tixmaster.pipeline.lake.ParquetLake;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.bronze.BronzeTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.beam.sdk.values.Row;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Bronze through the entry point: exactly-once across runs, on the real lake. */
public class BronzeStageTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();
  private Path landing;
  private Path lakehouse;

  @Before
  public void setUp() throws IOException {
    landing = tmp.newFolder("landing").toPath();
    lakehouse = tmp.getRoot().toPath().resolve("lakehouse");
    write(
        "events/2026/11/20/events_20261120_060000_0001.json",
        "{\"_embedded\":{\"events\":[{\"id\":\"E1\"},{\"id\":\"E2\"}]},\"page\":{\"number\":0}}");
    write("venues/2026/11/20/venues_20261120_060000.json", "{\"id\":\"V1\"}\n{\"id\":\"V2\"}\n");
    write(
        "events/2026/11/20/events_20261120_060000_0002.json",
        "{\"_embedded\":{\"events\":[{\"id\":");
  }

  private void write(String path, String content) throws IOException {
    Path file = landing.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private TixMasterRun bronze(String runId) {
    TixMasterRun run =
        TixMasterRun.of(
            "--landing=" + landing,
            "--lakehouse=" + lakehouse,
            "--stages=bronze",
            "--runId=" + runId);
    assertThat(run.toString(), run.status, is(0));
    return run;
  }

  private Map<String, List<String>> snapshot() throws IOException {
    ParquetLake lake = new ParquetLake(lakehouse, lakehouse.resolve("_staging"));
    Map<String, List<String>> tables = new TreeMap<>();
    for (TableSpec t : BronzeTables.ALL) {
      tables.put(
          t.qualifiedName(),
          lake.readRows(t).stream().map(Row::toString).sorted().collect(Collectors.toList()));
    }
    return tables;
  }

  private List<String> eventIds() throws IOException {
    return new ParquetLake(lakehouse, lakehouse.resolve("_staging"))
        .readRows(BronzeTables.EVENTS_RAW).stream()
            .map(r -> r.getString("record_id"))
            .sorted()
            .collect(Collectors.toList());
  }

  @Test
  public void exactlyOnceAcrossRuns() throws IOException {
    TixMasterRun first = bronze("r1");
    assertThat(
        first.out,
        containsString(
            "3 files read (1 rejected), 4 records loaded, 0 rejected records, 0 new field paths"));
    assertThat(
        first.out,
        containsString("rejected file events/2026/11/20/events_20261120_060000_0002.json"));
    Map<String, List<String>> afterFirst = snapshot();
    assertThat(eventIds(), is(List.of("E1", "E2")));

    TixMasterRun second = bronze("r2");
    assertThat(second.out, containsString("no new landing files"));
    assertThat("a run with nothing new changes nothing", snapshot(), is(afterFirst));

    write(
        "events/2026/11/21/events_20261121_060000_0001.json",
        "[{\"id\":\"E3\",\"newField\":{\"deep\":true}}]");
    TixMasterRun third = bronze("r3");
    assertThat(
        third.out,
        containsString(
            "1 files read (0 rejected), 1 records loaded, 0 rejected records, 2 new field paths"));
    assertThat(third.out, containsString("schema drift: events.newField (object) is new"));
    assertThat(eventIds(), is(List.of("E1", "E2", "E3")));
  }

  @Test
  public void aFileRelandedUnderANewNameIsReadAgainWithTheSameHash() throws IOException {
    bronze("r1");
    Files.copy(
        landing.resolve("events/2026/11/20/events_20261120_060000_0001.json"),
        landing.resolve("events/2026/11/20/events_20261120_070000_0001.json"));
    bronze("r2");
    assertThat(eventIds(), is(List.of("E1", "E1", "E2", "E2")));
    List<Row> files =
        new ParquetLake(lakehouse, lakehouse.resolve("_staging")).readRows(BronzeTables.FILES);
    Map<String, String> shaByPath =
        files.stream()
            .collect(Collectors.toMap(r -> r.getString("path"), r -> r.getString("sha256")));
    assertThat(
        shaByPath.get("events/2026/11/20/events_20261120_070000_0001.json"),
        is(shaByPath.get("events/2026/11/20/events_20261120_060000_0001.json")));
  }

  @Test
  public void crashBetweenStagingAndCommitLosesNothing() throws IOException {
    // A run that died after staging left files in _staging and nothing committed.
    Path stale = lakehouse.resolve("_staging/dead/bronze/events_raw");
    Files.createDirectories(stale);
    Files.writeString(stale.resolve("x.parquet"), "garbage");
    bronze("r1");
    assertThat(eventIds(), is(List.of("E1", "E2")));
  }
}
