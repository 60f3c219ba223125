package com.tixmaster.transforms.bronze;

import com.tixmaster.schemas.bronze.RawRecord;
import java.io.IOException;
import java.util.List;

/**
 * Test access to bronze's own raw Parquet writer ({@link RawWriters}), so that tests of later
 * stages read shards exactly as bronze writes them, including payloads bronze would never land.
 */
public final class RawShards {
  private RawShards() {}

  /** Writes {@code records} as batch {@code batch} of {@code output}: one shard per entity. */
  public static void write(RawOutput output, int batch, List<RawRecord> records)
      throws IOException {
    RawWriters writers = new RawWriters(output, batch);
    for (RawRecord record : records) {
      writers.write(record);
    }
    writers.commit();
  }
}
