package com.tixmaster.transforms.bronze;

import com.tixmaster.schemas.bronze.FileEntry;
import com.tixmaster.schemas.bronze.LandingFile;
import com.tixmaster.schemas.bronze.RejectedRecord;
import com.tixmaster.schemas.bronze.SchemaField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reads one batch of landing files, file by file ({@link LandingFileLoader}), and streams their
 * records into the batch's raw Parquet writers ({@link RawWriters}). Outputs: the files' {@code
 * _files} entries ({@link #FILES}, main), their rejected records ({@link #REJECTED}) and the field
 * paths their records use ({@link #FIELD_PATHS}, each once per batch). Nothing of a file is held in
 * memory beyond the reader's mapped bytes and the writers' current row groups.
 */
final class ReadLandingBatchFn extends DoFn<KV<Integer, Iterable<LandingFile>>, FileEntry> {
  static final TupleTag<FileEntry> FILES = new TupleTag<>() {};
  static final TupleTag<RejectedRecord> REJECTED = new TupleTag<>() {};
  static final TupleTag<SchemaField> FIELD_PATHS = new TupleTag<>() {};

  private final LandingFileLoader files;
  private final RawOutput output;

  private ReadLandingBatchFn(BronzeConfig config) {
    this.files = new LandingFileLoader(config);
    this.output = config.rawOutput();
  }

  /** The ParDo with every output tag registered. */
  static ParDo.MultiOutput<KV<Integer, Iterable<LandingFile>>, FileEntry> parDo(
      BronzeConfig config) {
    return ParDo.of(new ReadLandingBatchFn(config))
        .withOutputTags(FILES, TupleTagList.of(REJECTED).and(FIELD_PATHS));
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
        LandingFileReader.Result result = files.load(file, out, writers);
        for (String pathAndType : result.schemaPaths) {
          if (seen.add(file.getEntity() + '\n' + pathAndType)) {
            out.get(FIELD_PATHS).output(files.fieldPath(file.getEntity(), pathAndType));
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
