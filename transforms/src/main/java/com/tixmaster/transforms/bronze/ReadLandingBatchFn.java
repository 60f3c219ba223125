package com.tixmaster.transforms.bronze;

import com.tixmaster.schemas.bronze.LandingFile;
import com.tixmaster.schemas.bronze.RawRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * Reads one batch of landing files, file by file, and streams their records into the batch's raw
 * Parquet writers ({@link RawWriters}); the other outputs are those of {@link ReadLandingFileFn},
 * with each field path emitted once per batch. Nothing of a file is held in memory beyond the
 * reader's mapped bytes and the writers' current row groups.
 */
final class ReadLandingBatchFn extends DoFn<KV<Integer, Iterable<LandingFile>>, RawRecord> {
  private final ReadLandingFileFn files;
  private final RawOutput output;

  ReadLandingBatchFn(BronzeConfig config) {
    this.files = new ReadLandingFileFn(config);
    this.output = config.rawOutput();
  }

  @ProcessElement
  public void process(@Element KV<Integer, Iterable<LandingFile>> batch, MultiOutputReceiver out)
      throws IOException {
    List<LandingFile> sorted = new ArrayList<>();
    batch.getValue().forEach(sorted::add);
    sorted.sort(Comparator.comparing(LandingFile::getPath));
    RawWriters writers = new RawWriters(output, batch.getKey());
    Set<String> seen = new HashSet<>();
    boolean committed = false;
    try {
      for (LandingFile file : sorted) {
        LandingFileReader.Result result = files.read(file, out, writers::write);
        for (String pathAndType : result.schemaPaths) {
          if (seen.add(file.getEntity() + '\n' + pathAndType)) {
            out.get(ReadLandingFileFn.FIELD_PATHS)
                .output(files.fieldPath(file.getEntity(), pathAndType));
          }
        }
      }
      writers.commit();
      committed = true;
    } finally {
      if (!committed) {
        writers.abort(); // the bundle is retried from scratch: no half-written shard may stay
      }
    }
  }
}
