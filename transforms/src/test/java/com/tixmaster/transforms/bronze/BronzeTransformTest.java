package com.tixmaster.transforms.bronze;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;

import com.tixmaster.schemas.bronze.FileEntry;
import com.tixmaster.schemas.bronze.LandingFile;
import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.schemas.bronze.RejectedRecord;
import com.tixmaster.schemas.bronze.SchemaField;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.joda.time.Instant;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Bronze's story: landing files of every shape in; raw tables, checkpoint, schema and rejects out. */
public class BronzeTransformTest {
  private static final Instant READ_AT = Instant.parse("2026-11-20T06:00:00Z");
  private static final BronzeConfig RUN2 = BronzeConfig.of("run-2", READ_AT);

  @Rule public final transient TestPipeline p = TestPipeline.create();
  @Rule public final transient TemporaryFolder tmp = new TemporaryFolder();

  private LandingFile land(String path, String entity, String content) throws IOException {
    Path file = tmp.getRoot().toPath().resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    return LandingFile.of(path, file.toString(), entity, Files.size(file));
  }

  private PCollectionTuple run(List<LandingFile> files, List<SchemaField> known) throws Exception {
    return PCollectionTuple.of(BronzeTransform.NEW_FILES, p.apply("Files", Create.of(files).withCoder(
            p.getSchemaRegistry().getSchemaCoder(LandingFile.class))))
        .and(BronzeTransform.KNOWN_SCHEMA, p.apply("Known", Create.of(known).withCoder(
            p.getSchemaRegistry().getSchemaCoder(SchemaField.class))))
        .apply(BronzeTransform.of(RUN2));
  }

  @Test
  public void everyShapeLandsWithLineageAndBadInputIsKept() throws Exception {
    List<LandingFile> files = new ArrayList<>();
    files.add(
        land(
            "events/2026/11/20/events_20261120_060000_0001.json",
            "events",
            "{\"_embedded\":{\"events\":[{\"id\":\"E1\",\"name\":\"A\"},{\"name\":\"no id\"},7]},\"page\":{\"number\":0}}"));
    files.add(land("events/2026/11/20/events_20261120_060000_0002.json", "events", "{\"page\":{\"totalPages\":0}}"));
    files.add(land("events/2026/11/20/events_20261120_060000_0003.json", "events", "{\"_embedded\":{\"events\":[{\"id\""));
    files.add(land("venues/2026/11/20/venues_20261120_060000.json", "venues", "{\"id\":\"V1\"}\n{\"id\":\"V2\",\"city\":{\"name\":\"X\"}}\n"));
    files.add(land("classifications/2026/11/20/classifications_20261120_060000.json", "classifications", "[{\"id\":\"C1\"}]"));
    files.add(
        LandingFile.refused(
            "venues/x/events_1.json",
            land("venues/x/events_1.json", "venues", "{}").getLocation(),
            "venues",
            2,
            "not in the landing layout"));

    PCollectionTuple out =
        run(files, List.of(SchemaField.of("events", "id", "string", "run-1", "run-1"),
            SchemaField.of("events", "gone", "string", "run-1", "run-1")));

    PAssert.that(ids(out.get(BronzeTransform.EVENTS), "Events"))
        .containsInAnyOrder("E1@events/2026/11/20/events_20261120_060000_0001.json#0",
            "null@events/2026/11/20/events_20261120_060000_0001.json#1");
    PAssert.that(ids(out.get(BronzeTransform.VENUES), "Venues"))
        .containsInAnyOrder("V1@venues/2026/11/20/venues_20261120_060000.json#0",
            "V2@venues/2026/11/20/venues_20261120_060000.json#1");
    PAssert.that(out.get(BronzeTransform.ATTRACTIONS)).empty();
    PAssert.that(ids(out.get(BronzeTransform.CLASSIFICATIONS), "Classifications"))
        .containsInAnyOrder("C1@classifications/2026/11/20/classifications_20261120_060000.json#0");
    PAssert.that(out.get(BronzeTransform.EVENTS))
        .satisfies(
            records -> {
              for (RawRecord r : records) {
                assertThat(r.getRunId(), is("run-2"));
                assertThat(r.getIngestionTimestamp(), is(READ_AT));
                assertThat(r.getIngestionDate(), is("2026-11-20"));
                assertThat(r.getEntity(), is("events"));
              }
              return null;
            });

    PAssert.that(
            out.get(BronzeTransform.FILES)
                .apply("FileStatus", MapElements.into(TypeDescriptors.strings())
                    .via((FileEntry f) -> f.getPath() + ":" + f.getStatus() + ":" + f.getRecords() + ":" + f.getShape())))
        .containsInAnyOrder(
            "events/2026/11/20/events_20261120_060000_0001.json:loaded:3:page",
            "events/2026/11/20/events_20261120_060000_0002.json:loaded:0:page",
            "events/2026/11/20/events_20261120_060000_0003.json:rejected:0:unknown",
            "venues/2026/11/20/venues_20261120_060000.json:loaded:2:ndjson",
            "classifications/2026/11/20/classifications_20261120_060000.json:loaded:1:array",
            "venues/x/events_1.json:rejected:0:unknown");

    PAssert.that(out.get(BronzeTransform.REJECTED_RECORDS))
        .satisfies(
            rejected -> {
              List<RejectedRecord> all = StreamSupport.stream(rejected.spliterator(), false).collect(Collectors.toList());
              assertThat(all.size(), is(1));
              assertThat(all.get(0).getReasonCode(), is(LandingFileReader.NOT_AN_OBJECT));
              assertThat(all.get(0).getPayload(), is("7"));
              assertThat(all.get(0).getRecordIndex(), is(2L));
              return null;
            });

    PAssert.that(
            out.get(BronzeTransform.SCHEMA)
                .apply("SchemaRows", MapElements.into(TypeDescriptors.strings())
                    .via((SchemaField f) -> f.getEntity() + "." + f.getFieldPath() + ":" + f.getJsonType()
                        + " " + f.getFirstSeenRun() + ".." + f.getLastSeenRun())))
        .containsInAnyOrder(
            "events.id:string run-1..run-2",
            "events.gone:string run-1..run-1",
            "events.name:string run-2..run-2",
            "venues.id:string run-2..run-2",
            "venues.city:object run-2..run-2",
            "venues.city.name:string run-2..run-2",
            "classifications.id:string run-2..run-2");
    p.run().waitUntilFinish();
  }

  @Test
  public void noFilesGiveEmptyOutputsAndKeepTheKnownSchema() throws Exception {
    PCollectionTuple out = run(List.of(), List.of(SchemaField.of("events", "id", "string", "run-1", "run-1")));
    PAssert.that(out.get(BronzeTransform.EVENTS)).empty();
    PAssert.that(out.get(BronzeTransform.VENUES)).empty();
    PAssert.that(out.get(BronzeTransform.ATTRACTIONS)).empty();
    PAssert.that(out.get(BronzeTransform.CLASSIFICATIONS)).empty();
    PAssert.that(out.get(BronzeTransform.FILES)).empty();
    PAssert.that(out.get(BronzeTransform.REJECTED_RECORDS)).empty();
    PAssert.that(out.get(BronzeTransform.SCHEMA))
        .containsInAnyOrder(SchemaField.of("events", "id", "string", "run-1", "run-1"));
    p.run().waitUntilFinish();
  }

  private static PCollection<String> ids(PCollection<RawRecord> records, String name) {
    return records.apply(
        "Ids" + name,
        MapElements.into(TypeDescriptors.strings())
            .via(r -> r.getRecordId() + "@" + r.getSourceFile() + "#" + r.getRecordIndex()));
  }
}
