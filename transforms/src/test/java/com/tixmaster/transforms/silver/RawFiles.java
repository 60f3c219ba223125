package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.transforms.bronze.RawOutput;
import com.tixmaster.transforms.bronze.RawShards;
import com.tixmaster.transforms.io.TableCodec;
import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.junit.rules.TemporaryFolder;

/**
 * Silver's production input for tests: bronze records written as the raw Parquet shards silver
 * reads in a run ({@code <entity>_raw}, by bronze's own writer), listed as the pipeline's {@link
 * SilverInput#newRecordFiles()}.
 */
final class RawFiles {
  private RawFiles() {}

  /**
   * Writes {@code records} into a fresh folder of {@code tmp} as bronze does (one shard per entity)
   * and returns the pipeline's list of their shards, created under step {@code name}. A record of
   * an entity bronze never lands (its {@code entity} column is silver's to reject) goes into an
   * extra {@code events_raw} shard.
   */
  static PCollection<String> of(
      TestPipeline p, TemporaryFolder tmp, String name, List<RawRecord> records)
      throws IOException {
    return p.apply(name, Create.of(write(tmp, records)).withCoder(StringUtf8Coder.of()));
  }

  /** Writes the shards of {@code records} (as {@link #of}) and returns their paths. */
  static List<String> write(TemporaryFolder tmp, List<RawRecord> records) throws IOException {
    Path raw = tmp.newFolder().toPath();
    Map<String, String> dirs = new TreeMap<>();
    for (String entity : BronzeTables.ENTITIES) {
      dirs.put(entity, raw.resolve(entity + "_raw").toString());
    }
    List<RawRecord> landed = new ArrayList<>();
    List<RawRecord> unknown = new ArrayList<>();
    for (RawRecord r : records) {
      (BronzeTables.ENTITIES.contains(r.getEntity()) ? landed : unknown).add(r);
    }
    RawShards.write(RawOutput.of(dirs, raw.resolve("_temp").toString(), "bronze", 1), 0, landed);
    if (!unknown.isEmpty()) {
      writeShard(raw.resolve("events_raw").resolve("unknown-entities.parquet"), unknown, 32 << 20);
    }
    List<String> files = new ArrayList<>();
    for (String dir : dirs.values()) {
      if (Files.isDirectory(Path.of(dir))) {
        try (Stream<Path> list = Files.list(Path.of(dir))) {
          files.addAll(list.map(Path::toString).sorted().collect(Collectors.toList()));
        }
      }
    }
    return files;
  }

  /** Writes {@code records} into one raw shard at {@code file}, row groups of about that size. */
  static void writeShard(Path file, List<RawRecord> records, int rowGroupBytes) throws IOException {
    Files.createDirectories(file.getParent());
    TableCodec codec = TableCodec.of(BronzeTables.EVENTS_RAW);
    SerializableFunction<RawRecord, Row> toRow;
    try {
      toRow = SchemaRegistry.createDefault().getToRowFunction(RawRecord.class);
    } catch (org.apache.beam.sdk.schemas.NoSuchSchemaException e) {
      throw new IllegalStateException(e);
    }
    ParquetIO.Sink sink = ParquetIO.sink(codec.avroSchema()).withRowGroupSize(rowGroupBytes);
    try (WritableByteChannel channel =
        FileSystems.create(
            FileSystems.matchNewResource(file.toString(), false), "application/octet-stream")) {
      sink.open(channel);
      for (RawRecord record : records) {
        sink.write(codec.toRecord(toRow.apply(record)));
      }
      sink.flush();
    }
  }
}
