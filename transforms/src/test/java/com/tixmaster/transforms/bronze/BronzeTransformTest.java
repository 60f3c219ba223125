package com.tixmaster.transforms.bronze;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;

import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.bronze.FileEntry;
import com.tixmaster.schemas.bronze.LandingFile;
import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.schemas.bronze.RejectedRecord;
import com.tixmaster.schemas.bronze.SchemaField;
import com.tixmaster.transforms.io.ReadTable;
import com.tixmaster.transforms.io.TableCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.joda.time.Instant;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Bronze's story: landing files of every shape in; raw tables, checkpoint, schema and rejects out.
 */
public class BronzeTransformTest {
  private static final Instant READ_AT = Instant.parse("2026-11-20T06:00:00Z");

  @Rule public final transient TestPipeline p = TestPipeline.create();
  @Rule public final transient TemporaryFolder tmp = new TemporaryFolder();

  /** The folder of the last {@link #run}'s raw shards: {@code <entity>_raw/} and {@code _temp/}. */
  private Path lake;

  private LandingFile land(String path, String entity, String content) throws IOException {
    Path file = tmp.getRoot().toPath().resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    return LandingFile.of(path, file.toString(), entity, Files.size(file));
  }

  /** Runs bronze over {@code files}, streaming the raw shards into a fresh {@link #lake}. */
  private PCollectionTuple run(List<LandingFile> files, List<SchemaField> known) throws Exception {
    lake = tmp.newFolder("lake").toPath();
    Map<String, String> dirs = new TreeMap<>();
    for (String entity : BronzeTables.ENTITIES) {
      dirs.put(entity, lake.resolve(entity + "_raw").toString());
    }
    BronzeConfig config =
        BronzeConfig.of(
            "run-2", READ_AT, RawOutput.of(dirs, lake.resolve("_temp").toString(), "run-2~x", 1));
    return PCollectionTuple.of(
            BronzeTransform.NEW_FILES,
            p.apply(
                "Files",
                Create.of(files)
                    .withCoder(p.getSchemaRegistry().getSchemaCoder(LandingFile.class))))
        .and(
            BronzeTransform.KNOWN_SCHEMA,
            p.apply(
                "Known",
                Create.of(known)
                    .withCoder(p.getSchemaRegistry().getSchemaCoder(SchemaField.class))))
        .apply(BronzeTransform.of(config));
  }

  @Test
  public void everyShapeLandsWithLineageAndBadInputIsKept() throws Exception {
    List<LandingFile> files = new ArrayList<>();
    files.add(
        land(
            "events/2026/11/20/events_20261120_060000_0001.json",
            "events",
            "{\"_embedded\":{\"events\":[{\"id\":\"E1\",\"name\":\"A\"},{\"name\":\"no"
                + " id\"},7]},\"page\":{\"number\":0}}"));
    files.add(
        land(
            "events/2026/11/20/events_20261120_060000_0002.json",
            "events",
            "{\"page\":{\"totalPages\":0}}"));
    files.add(
        land(
            "events/2026/11/20/events_20261120_060000_0003.json",
            "events",
            "{\"_embedded\":{\"events\":[{\"id\""));
    files.add(
        land(
            "venues/2026/11/20/venues_20261120_060000.json",
            "venues",
            "{\"id\":\"V1\"}\n{\"id\":\"V2\",\"city\":{\"name\":\"X\"}}\n"));
    files.add(
        land(
            "classifications/2026/11/20/classifications_20261120_060000.json",
            "classifications",
            "[{\"id\":\"C1\"}]"));
    files.add(
        LandingFile.refused(
            "venues/x/events_1.json",
            land("venues/x/events_1.json", "venues", "{}").getLocation(),
            "venues",
            2,
            "not in the landing layout"));

    PCollectionTuple out =
        run(
            files,
            List.of(
                SchemaField.of("events", "id", "string", "run-1", "run-1"),
                SchemaField.of("events", "gone", "string", "run-1", "run-1")));

    PAssert.that(
            out.get(BronzeTransform.FILES)
                .apply(
                    "FileStatus",
                    MapElements.into(TypeDescriptors.strings())
                        .via(
                            (FileEntry f) ->
                                f.getPath()
                                    + ":"
                                    + f.getStatus()
                                    + ":"
                                    + f.getRecords()
                                    + ":"
                                    + f.getShape())))
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
              List<RejectedRecord> all =
                  StreamSupport.stream(rejected.spliterator(), false).collect(Collectors.toList());
              assertThat(all.size(), is(1));
              assertThat(all.get(0).getReasonCode(), is(LandingFileReader.NOT_AN_OBJECT));
              assertThat(all.get(0).getPayload(), is("7"));
              assertThat(all.get(0).getRecordIndex(), is(2L));
              return null;
            });

    PAssert.that(
            out.get(BronzeTransform.SCHEMA)
                .apply(
                    "SchemaRows",
                    MapElements.into(TypeDescriptors.strings())
                        .via(
                            (SchemaField f) ->
                                f.getEntity()
                                    + "."
                                    + f.getFieldPath()
                                    + ":"
                                    + f.getJsonType()
                                    + " "
                                    + f.getFirstSeenRun()
                                    + ".."
                                    + f.getLastSeenRun())))
        .containsInAnyOrder(
            "events.id:string run-1..run-2",
            "events.gone:string run-1..run-1",
            "events.name:string run-2..run-2",
            "venues.id:string run-2..run-2",
            "venues.city:object run-2..run-2",
            "venues.city.name:string run-2..run-2",
            "classifications.id:string run-2..run-2");
    p.run().waitUntilFinish();

    assertThat(
        ids("events"),
        containsInAnyOrder(
            "E1@events/2026/11/20/events_20261120_060000_0001.json#0",
            "null@events/2026/11/20/events_20261120_060000_0001.json#1"));
    assertThat(
        ids("venues"),
        containsInAnyOrder(
            "V1@venues/2026/11/20/venues_20261120_060000.json#0",
            "V2@venues/2026/11/20/venues_20261120_060000.json#1"));
    assertThat(landed("attractions"), is(List.of()));
    assertThat(
        ids("classifications"),
        containsInAnyOrder("C1@classifications/2026/11/20/classifications_20261120_060000.json#0"));
    for (RawRecord r : landed("events")) {
      assertThat(r.getRunId(), is("run-2"));
      assertThat(r.getIngestionTimestamp(), is(READ_AT));
      assertThat(r.getIngestionDate(), is("2026-11-20"));
      assertThat(r.getEntity(), is("events"));
    }
  }

  @Test
  public void noFilesGiveEmptyOutputsAndKeepTheKnownSchema() throws Exception {
    PCollectionTuple out =
        run(List.of(), List.of(SchemaField.of("events", "id", "string", "run-1", "run-1")));
    PAssert.that(out.get(BronzeTransform.FILES)).empty();
    PAssert.that(out.get(BronzeTransform.REJECTED_RECORDS)).empty();
    PAssert.that(out.get(BronzeTransform.SCHEMA))
        .containsInAnyOrder(SchemaField.of("events", "id", "string", "run-1", "run-1"));
    p.run().waitUntilFinish();

    for (String entity : BronzeTables.ENTITIES) {
      assertThat(entity, listing(lake.resolve(entity + "_raw")), is(List.of()));
    }
    assertThat(listing(lake.resolve("_temp")), is(List.of()));
  }

  // Attractions were only ever asserted empty: a page of attractions must land in ATTRACTIONS.
  @Test
  public void attractionsPageLandsInTheAttractionsTable() throws Exception {
    String path = "attractions/2026/11/20/attractions_20261120_060000.json";
    String content =
        "{\"_embedded\":{\"attractions\":[{\"id\":\"A1\",\"name\":\"Band"
            + " A\"},{\"id\":\"A2\",\"url\":\"u\"}]},\"page\":{\"number\":0}}";
    PCollectionTuple out = run(List.of(land(path, "attractions", content)), List.of());

    PAssert.that(out.get(BronzeTransform.REJECTED_RECORDS)).empty();
    PAssert.that(out.get(BronzeTransform.FILES))
        .containsInAnyOrder(
            FileEntry.builder()
                .setPath(path)
                .setEntity("attractions")
                .setSize(content.getBytes(StandardCharsets.UTF_8).length)
                .setSha256(sha256(content))
                .setRecords(2)
                .setShape(LandingFileReader.SHAPE_PAGE)
                .setRunId("run-2")
                .setStatus(FileEntry.LOADED)
                .setError(null)
                .setReadAt(READ_AT)
                .build());
    PAssert.that(schemaRows(out.get(BronzeTransform.SCHEMA)))
        .containsInAnyOrder(
            "attractions.id:string run-2..run-2",
            "attractions.name:string run-2..run-2",
            "attractions.url:string run-2..run-2");
    p.run().waitUntilFinish();

    assertThat(ids("attractions"), containsInAnyOrder("A1@" + path + "#0", "A2@" + path + "#1"));
    assertThat(
        landed("attractions").stream()
            .map(r -> r.getEntity() + " " + r.getRunId() + " " + r.getPayload())
            .collect(Collectors.toList()),
        containsInAnyOrder(
            "attractions run-2 {\"id\":\"A1\",\"name\":\"Band A\"}",
            "attractions run-2 {\"id\":\"A2\",\"url\":\"u\"}"));
    assertThat(landed("events"), is(List.of()));
    assertThat(landed("venues"), is(List.of()));
    assertThat(landed("classifications"), is(List.of()));
  }

  // Records are streamed to Parquet shards, never emitted: one shard per entity and batch.
  @Test
  public void recordsStreamToOneParquetShardPerEntityBesideTheOtherOutputs() throws Exception {

    String ev1 = "events/2026/11/20/events_20261120_060000_0001.json";
    String ev2 = "events/2026/11/20/events_20261120_060000_0002.json";
    String evTruncated = "events/2026/11/20/events_20261120_060000_0003.json";
    String vEmpty = "venues/2026/11/20/venues_20261120_060000_0001.json";
    String vNdjson = "venues/2026/11/20/venues_20261120_060000_0002.json";
    String at = "attractions/2026/11/20/attractions_20261120_060000.json";
    List<LandingFile> files =
        List.of(
            land(
                ev1,
                "events",
                "{\"_embedded\":{\"events\":[{\"id\":\"E1\",\"name\":\"A\"},{\"id\":\"E2\"},7]},\"page\":{\"number\":0}}"),
            land(
                ev2,
                "events",
                "[{\"id\":\"E3\",\"dates\":{\"start\":{\"localDate\":\"2026-12-01\"}}}]"),
            land(evTruncated, "events", "{\"_embedded\":{\"events\":[{\"id\""),
            land(vEmpty, "venues", ""),
            land(vNdjson, "venues", "{\"id\":\"V1\"}\n{\"id\":\n"),
            land(at, "attractions", "{\"id\":\"A1\",\"name\":\"Band A\"}"));

    PCollectionTuple out =
        run(files, List.of(SchemaField.of("events", "id", "string", "run-1", "run-1")));

    PAssert.that(
            out.get(BronzeTransform.FILES)
                .apply(
                    "FileStatus",
                    MapElements.into(TypeDescriptors.strings())
                        .via(
                            (FileEntry f) ->
                                f.getPath()
                                    + ":"
                                    + f.getStatus()
                                    + ":"
                                    + f.getRecords()
                                    + ":"
                                    + f.getShape()
                                    + ":"
                                    + f.getSize()
                                    + ":"
                                    + f.getRunId()
                                    + ":"
                                    + f.getReadAt().equals(READ_AT))))
        .containsInAnyOrder(
            ev1 + ":loaded:3:page:" + size(files, 0) + ":run-2:true",
            ev2 + ":loaded:1:array:" + size(files, 1) + ":run-2:true",
            evTruncated + ":rejected:0:unknown:" + size(files, 2) + ":run-2:true",
            vEmpty + ":rejected:0:unknown:0:run-2:true",
            vNdjson + ":loaded:2:ndjson:" + size(files, 4) + ":run-2:true",
            at + ":loaded:1:record:" + size(files, 5) + ":run-2:true");
    // Loaded files carry no error; rejected ones say why (the empty file's reason is exact).
    PAssert.that(
            out.get(BronzeTransform.FILES)
                .apply(
                    "FileErrors",
                    MapElements.into(TypeDescriptors.strings())
                        .via(
                            (FileEntry f) ->
                                f.getPath() + ":" + (f.getError() == null ? "-" : "error"))))
        .containsInAnyOrder(
            ev1 + ":-",
            ev2 + ":-",
            evTruncated + ":error",
            vEmpty + ":error",
            vNdjson + ":-",
            at + ":-");
    PAssert.that(
            out.get(BronzeTransform.FILES)
                .apply(
                    "EmptyFileError",
                    MapElements.into(TypeDescriptors.strings())
                        .via((FileEntry f) -> f.getPath() + ":" + f.getError())))
        .satisfies(
            entries -> {
              assertThat(
                  StreamSupport.stream(entries.spliterator(), false)
                      .anyMatch(e -> e.equals(vEmpty + ":empty file")),
                  is(true));
              return null;
            });
    PAssert.that(
            out.get(BronzeTransform.REJECTED_RECORDS)
                .apply(
                    "Rejected",
                    MapElements.into(TypeDescriptors.strings())
                        .via(
                            (RejectedRecord r) ->
                                r.getEntity()
                                    + " "
                                    + r.getReasonCode()
                                    + " "
                                    + r.getSourceFile()
                                    + "#"
                                    + r.getRecordIndex()
                                    + " "
                                    + r.getPayload()
                                    + " "
                                    + r.getRunId())))
        .containsInAnyOrder(
            "events " + LandingFileReader.NOT_AN_OBJECT + " " + ev1 + "#2 7 run-2",
            "venues " + LandingFileReader.INVALID_JSON + " " + vNdjson + "#1 {\"id\": run-2");
    PAssert.that(schemaRows(out.get(BronzeTransform.SCHEMA)))
        .containsInAnyOrder(
            "events.id:string run-1..run-2",
            "events.name:string run-2..run-2",
            "events.dates:object run-2..run-2",
            "events.dates.start:object run-2..run-2",
            "events.dates.start.localDate:string run-2..run-2",
            "venues.id:string run-2..run-2",
            "attractions.id:string run-2..run-2",
            "attractions.name:string run-2..run-2");
    p.run().waitUntilFinish();

    // One shard per entity for the one batch, named <prefix>-<batch>.parquet; none for an entity
    // without records; nothing left in flight.
    assertThat(listing(lake.resolve("events_raw")), is(List.of("run-2~x-00000.parquet")));
    assertThat(listing(lake.resolve("venues_raw")), is(List.of("run-2~x-00000.parquet")));
    assertThat(listing(lake.resolve("attractions_raw")), is(List.of("run-2~x-00000.parquet")));
    assertThat(listing(lake.resolve("classifications_raw")), is(List.of()));
    assertThat(listing(lake.resolve("_temp")), is(List.of()));

    assertThat(
        rawRecords(lake.resolve("events_raw/run-2~x-00000.parquet"), "events"),
        containsInAnyOrder(
            "events " + ev1 + "#0:E1 {\"id\":\"E1\",\"name\":\"A\"} run-2 2026-11-20 " + READ_AT,
            "events " + ev1 + "#1:E2 {\"id\":\"E2\"} run-2 2026-11-20 " + READ_AT,
            "events "
                + ev2
                + "#0:E3 {\"id\":\"E3\",\"dates\":{\"start\":{\"localDate\":\"2026-12-01\"}}} run-2"
                + " 2026-11-20 "
                + READ_AT));
    assertThat(
        rawRecords(lake.resolve("venues_raw/run-2~x-00000.parquet"), "venues"),
        containsInAnyOrder(
            "venues " + vNdjson + "#0:V1 {\"id\":\"V1\"} run-2 2026-11-20 " + READ_AT));
    assertThat(
        rawRecords(lake.resolve("attractions_raw/run-2~x-00000.parquet"), "attractions"),
        containsInAnyOrder(
            "attractions "
                + at
                + "#0:A1 {\"id\":\"A1\",\"name\":\"Band A\"} run-2 2026-11-20 "
                + READ_AT));
  }

  private static long size(List<LandingFile> files, int i) {
    return files.get(i).getSize();
  }

  private static List<String> listing(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  /** The records of a raw Parquet shard, read with the raw table's codec, one line each. */
  private static List<String> rawRecords(Path shard, String entity) throws Exception {
    SerializableFunction<Row, RawRecord> fromRow =
        SchemaRegistry.createDefault().getFromRowFunction(RawRecord.class);
    List<String> lines = new ArrayList<>();
    ReadTable.readFile(
        shard.toString(),
        TableCodec.of(BronzeTables.rawTable(entity)),
        row -> {
          RawRecord r = fromRow.apply(row);
          lines.add(
              r.getEntity()
                  + " "
                  + r.getSourceFile()
                  + "#"
                  + r.getRecordIndex()
                  + ":"
                  + r.getRecordId()
                  + " "
                  + r.getPayload()
                  + " "
                  + r.getRunId()
                  + " "
                  + r.getIngestionDate()
                  + " "
                  + r.getIngestionTimestamp());
        });
    return lines;
  }

  private static String sha256(String content) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(content.getBytes(StandardCharsets.UTF_8)));
  }

  private static PCollection<String> schemaRows(PCollection<SchemaField> schema) {
    return schema.apply(
        "SchemaRows",
        MapElements.into(TypeDescriptors.strings())
            .via(
                (SchemaField f) ->
                    f.getEntity()
                        + "."
                        + f.getFieldPath()
                        + ":"
                        + f.getJsonType()
                        + " "
                        + f.getFirstSeenRun()
                        + ".."
                        + f.getLastSeenRun()));
  }

  /** Every record of {@code entity}'s raw shards in the last run's {@link #lake}. */
  private List<RawRecord> landed(String entity) throws Exception {
    SerializableFunction<Row, RawRecord> fromRow =
        SchemaRegistry.createDefault().getFromRowFunction(RawRecord.class);
    List<RawRecord> records = new ArrayList<>();
    Path dir = lake.resolve(entity + "_raw");
    for (String shard : listing(dir)) {
      ReadTable.readFile(
          dir.resolve(shard).toString(),
          TableCodec.of(BronzeTables.rawTable(entity)),
          row -> records.add(fromRow.apply(row)));
    }
    return records;
  }

  /** {@code id@file#index} of every landed record of {@code entity}. */
  private List<String> ids(String entity) throws Exception {
    return landed(entity).stream()
        .map(r -> r.getRecordId() + "@" + r.getSourceFile() + "#" + r.getRecordIndex())
        .collect(Collectors.toList());
  }
}
