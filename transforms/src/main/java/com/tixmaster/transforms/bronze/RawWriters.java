package com.tixmaster.transforms.bronze;

import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.transforms.io.TableCodec;
import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.Row;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * One batch's Parquet writers, one per entity, opened on the entity's first record. Each writes to
 * a fresh in-flight file; {@link #commit()} closes them and renames each to its final name, {@code
 * <prefix>-<batch>.parquet} in the entity's folder. The names depend only on the batch, so a
 * retried batch replaces its own files instead of adding to them.
 */
final class RawWriters {
  /** Row groups stay small enough that a few open writers fit a small heap. */
  private static final int ROW_GROUP_BYTES = 32 << 20;

  private final RawOutput output;
  private final int batch;
  private final SerializableFunction<RawRecord, Row> toRow;
  private final Map<String, Open> open = new TreeMap<>();

  private static final class Open {
    final TableCodec codec;
    final ParquetIO.Sink sink;
    final WritableByteChannel channel;
    final ResourceId temp;

    Open(TableCodec codec, ParquetIO.Sink sink, WritableByteChannel channel, ResourceId temp) {
      this.codec = codec;
      this.sink = sink;
      this.channel = channel;
      this.temp = temp;
    }
  }

  RawWriters(RawOutput output, int batch) {
    this.output = output;
    this.batch = batch;
    try {
      this.toRow = SchemaRegistry.createDefault().getToRowFunction(RawRecord.class);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(e);
    }
  }

  void write(RawRecord record) throws IOException {
    Open writer = open.get(record.getEntity());
    if (writer == null) {
      writer = open(record.getEntity());
      open.put(record.getEntity(), writer);
    }
    writer.sink.write(writer.codec.toRecord(toRow.apply(record)));
  }

  private Open open(String entity) throws IOException {
    TableCodec codec = TableCodec.of(BronzeTables.rawTable(entity));
    ResourceId temp =
        FileSystems.matchNewResource(output.tempDirectory(), true)
            .resolve(
                "raw-" + entity + "-" + UUID.randomUUID() + ".parquet",
                org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
    WritableByteChannel channel = FileSystems.create(temp, "application/octet-stream");
    ParquetIO.Sink sink =
        ParquetIO.sink(codec.avroSchema())
            .withCompressionCodec(CompressionCodecName.SNAPPY)
            .withRowGroupSize(ROW_GROUP_BYTES);
    sink.open(channel);
    return new Open(codec, sink, channel, temp);
  }

  /** Closes every writer and moves its file into place. */
  void commit() throws IOException {
    for (Map.Entry<String, Open> entry : open.entrySet()) {
      Open writer = entry.getValue();
      writer.sink.flush();
      if (writer.channel.isOpen()) {
        writer.channel.close();
      }
      ResourceId target =
          FileSystems.matchNewResource(output.directory(entry.getKey()), true)
              .resolve(
                  String.format("%s-%05d.parquet", output.filePrefix(), batch),
                  org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
      FileSystems.rename(
          List.of(writer.temp),
          List.of(target),
          MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    }
    open.clear();
  }

  /**
   * After a failure: closes every writer and deletes its temporary file, so that a batch that fails
   * (and is retried) leaves no half-written Parquet behind. Never throws over the failure.
   */
  void abort() {
    for (Open writer : open.values()) {
      try {
        if (writer.channel.isOpen()) {
          writer.channel.close();
        }
      } catch (IOException | RuntimeException e) {
        // the file is deleted below anyway
      }
      try {
        FileSystems.delete(
            List.of(writer.temp), MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
      } catch (IOException | RuntimeException e) {
        // the run's temporary folder is dropped with its staging
      }
    }
    open.clear();
  }
}
