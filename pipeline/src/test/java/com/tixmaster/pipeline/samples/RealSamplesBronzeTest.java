package com.tixmaster.pipeline.samples;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.tixmaster.pipeline.TixMasterRun;
import com.tixmaster.pipeline.lake.ParquetLake;
import com.tixmaster.schemas.bronze.BronzeTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.values.Row;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Every record of every real response lands in bronze exactly once, byte for byte. */
public class RealSamplesBronzeTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void everyRealRecordLandsOnce() throws Exception {
    Path landing = tmp.newFolder("landing").toPath();
    Path lakehouse = tmp.getRoot().toPath().resolve("lake");
    List<String> expected = RealSamples.land(landing);

    String[] args = {"--landing=" + landing, "--lakehouse=" + lakehouse, "--stages=bronze"};
    TixMasterRun first = TixMasterRun.of(args);
    assertThat(first.toString(), first.status, is(0));

    ParquetLake lake = new ParquetLake(lakehouse, lakehouse.resolve("_staging"));
    List<String> landed = new ArrayList<>();
    for (String entity : BronzeTables.ENTITIES) {
      for (Row row : lake.readRows(BronzeTables.rawTable(entity))) {
        landed.add(
            entity
                + ":"
                + (row.getString("record_id") == null ? "null" : row.getString("record_id")));
        String payload = row.getString("payload");
        String file = Files.readString(landing.resolve(row.getString("_source_file")));
        assertThat("payload is the file's own text", file.contains(payload), is(true));
      }
    }
    expected.sort(null);
    landed.sort(null);
    assertThat(landed, is(expected));
    for (Row file : lake.readRows(BronzeTables.FILES)) {
      assertThat(
          file.getString("path") + " " + file.getString("error"),
          file.getString("status"),
          is("loaded"));
    }

    TixMasterRun second = TixMasterRun.of(args);
    assertThat(second.status, is(0));
    assertThat(
        lake.rowCount(BronzeTables.EVENTS_RAW),
        is((long) expected.stream().filter(s -> s.startsWith("events:")).count()));
  }
}
