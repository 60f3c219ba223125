package com.tixmaster.transforms.bronze;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;

import com.tixmaster.schemas.bronze.RawRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joda.time.Instant;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Bronze's raw shard writers: a committed batch moves its files into place, a failed one leaves
 * nothing.
 */
public class RawWritersTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  private static RawRecord record(String entity, String id) {
    return RawRecord.builder()
        .setEntity(entity)
        .setRecordId(id)
        .setPayload("{\"id\":\"" + id + "\"}")
        .setSourceFile("events/2026/11/20/page-0.json")
        .setRecordIndex(0L)
        .setIngestionTimestamp(new Instant(0))
        .setIngestionDate("2026-11-20")
        .setRunId("r1")
        .build();
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).collect(Collectors.toList());
    }
  }

  private Path events;
  private Path venues;
  private Path temp;

  /** Writers over fresh events/venues/temp folders, with one event and one venue written. */
  private RawWriters writersWithOneEventAndOneVenue() throws IOException {
    events = tmp.newFolder("events").toPath();
    venues = tmp.newFolder("venues").toPath();
    temp = tmp.newFolder("temp").toPath();
    RawOutput output =
        RawOutput.of(
            Map.of("events", events.toString(), "venues", venues.toString()),
            temp.toString(),
            "r1~x",
            1);
    RawWriters writers = new RawWriters(output, 0);
    writers.write(record("events", "E1"));
    writers.write(record("venues", "V1"));
    return writers;
  }

  @Test
  public void aCommittedBatchMovesOneShardPerEntityIntoPlace() throws IOException {
    RawWriters writers = writersWithOneEventAndOneVenue();
    writers.commit();
    assertThat(files(events), hasSize(1));
    assertThat(files(venues), hasSize(1));
    assertThat(files(temp), empty());
  }

  @Test
  public void anAbortedBatchLeavesNoHalfWrittenFile() throws IOException {
    RawWriters writers = writersWithOneEventAndOneVenue();
    assertThat("in flight", files(temp), hasSize(2));
    writers.abort();
    assertThat(files(temp), empty());
    assertThat(files(events), empty());
    assertThat(files(venues), empty());
  }
}
