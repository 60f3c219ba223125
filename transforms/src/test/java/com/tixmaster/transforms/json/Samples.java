package com.tixmaster.transforms.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tixmaster.schemas.bronze.RawRecord;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.joda.time.Instant;
import org.junit.Assume;

/**
 * The real Discovery API responses under {@code ../shared/samples/ticketmaster} (system property
 * {@code tix.shared.dir}), split into bronze-like records the way bronze would: a page's {@code
 * _embedded.<entity>[]}, or a single object as one record. Tests skip when the folder is absent.
 * The samples are read in place, never copied.
 */
public final class Samples {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One sample file: its entity and its records. */
  public static final class SampleFile {
    public final String name;
    public final String entity;
    public final List<JsonNode> records;

    SampleFile(String name, String entity, List<JsonNode> records) {
      this.name = name;
      this.entity = entity;
      this.records = records;
    }
  }

  private Samples() {}

  /** The sample folder, or skips the test. */
  public static File dir() {
    String shared = System.getProperty("tix.shared.dir");
    Assume.assumeTrue("tix.shared.dir not set", shared != null);
    File dir = new File(shared, "samples/ticketmaster");
    Assume.assumeTrue("no samples at " + dir, dir.isDirectory());
    return dir;
  }

  /** Every response body (not the {@code .headers.json} files), sorted by name. */
  public static List<SampleFile> all() {
    File[] files = dir().listFiles((d, n) -> n.endsWith(".json") && !n.endsWith(".headers.json"));
    Assume.assumeTrue(files != null && files.length > 0);
    Arrays.sort(files);
    List<SampleFile> out = new ArrayList<>();
    for (File f : files) {
      out.add(read(f));
    }
    return out;
  }

  /** The sample files of one entity. */
  public static List<SampleFile> of(String entity) {
    return all().stream().filter(s -> s.entity.equals(entity)).collect(Collectors.toList());
  }

  /** Every record of every sample file of {@code entity}, as bronze rows of one ingestion. */
  public static List<RawRecord> rawRecords(String entity, Instant ingestedAt) {
    List<RawRecord> out = new ArrayList<>();
    for (SampleFile s : of(entity)) {
      for (int i = 0; i < s.records.size(); i++) {
        JsonNode r = s.records.get(i);
        JsonNode id = r.get("id");
        out.add(
            RawRecord.builder()
                .setEntity(entity)
                .setRecordId(id != null && id.isTextual() ? id.textValue() : null)
                .setPayload(r.toString())
                .setSourceFile(entity + "/" + s.name)
                .setRecordIndex(i)
                .setIngestionTimestamp(ingestedAt)
                .setIngestionDate("2024-01-01")
                .setRunId("bronze-run")
                .build());
      }
    }
    return out;
  }

  private static SampleFile read(File f) {
    String name = f.getName();
    String entity;
    if (name.startsWith("event") || name.startsWith("error")) {
      entity = "events";
    } else if (name.startsWith("venue")) {
      entity = "venues";
    } else if (name.startsWith("attraction")) {
      entity = "attractions";
    } else if (name.startsWith("classification")) {
      entity = "classifications";
    } else {
      entity = "unknown";
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(new String(Files.readAllBytes(f.toPath()), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<JsonNode> records = new ArrayList<>();
    JsonNode embedded = root.get("_embedded");
    JsonNode page = embedded == null ? null : embedded.get(entity);
    if (page != null && page.isArray()) {
      page.forEach(records::add);
    } else if (root.has("page")) {
      // an empty page: zero records
    } else {
      records.add(root);
    }
    return new SampleFile(name, entity, records);
  }
}
