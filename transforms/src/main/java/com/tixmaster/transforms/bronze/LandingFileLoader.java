package com.tixmaster.transforms.bronze;

import com.tixmaster.schemas.bronze.FileEntry;
import com.tixmaster.schemas.bronze.LandingFile;
import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.schemas.bronze.RejectedRecord;
import com.tixmaster.schemas.bronze.SchemaField;
import java.io.IOException;
import java.io.Serializable;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn.MultiOutputReceiver;

/**
 * Loads one landing file of a batch: its records into the batch's raw writers, its rejected records
 * and its {@code _files} entry to the batch DoFn's outputs ({@link ReadLandingBatchFn}), counted.
 * An unparseable file becomes a rejected entry and the run goes on; an I/O failure fails the bundle
 * so that the file is retried rather than checkpointed as bad.
 */
final class LandingFileLoader implements Serializable {
  private final BronzeConfig config;
  private final Counter filesLoaded =
      Metrics.counter(BronzeMetrics.NAMESPACE, BronzeMetrics.FILES_LOADED);
  private final Counter filesRejected =
      Metrics.counter(BronzeMetrics.NAMESPACE, BronzeMetrics.FILES_REJECTED);
  private final Counter recordsLoaded =
      Metrics.counter(BronzeMetrics.NAMESPACE, BronzeMetrics.RECORDS_LOADED);
  private final Counter recordsRejected =
      Metrics.counter(BronzeMetrics.NAMESPACE, BronzeMetrics.RECORDS_REJECTED);

  LandingFileLoader(BronzeConfig config) {
    this.config = config;
  }

  /**
   * Loads one file: its records to {@code records}, its rejected records and its {@code _files}
   * entry to {@code out}. The caller emits the field paths of the result.
   */
  LandingFileReader.Result load(LandingFile file, MultiOutputReceiver out, RawWriters records)
      throws IOException {
    String path = file.getLocation();
    LandingFileReader.Result result;
    if (!file.getRefusal().isEmpty()) {
      result = LandingFileReader.refuse(path, file.getRefusal());
    } else {
      Emitter emitter = new Emitter(file, out, records);
      result = LandingFileReader.read(path, file.getEntity(), emitter);
      if (emitter.failure != null) {
        throw emitter.failure;
      }
    }
    if (result.loaded()) {
      filesLoaded.inc();
    } else {
      filesRejected.inc();
      Metrics.counter(
              BronzeMetrics.NAMESPACE,
              BronzeMetrics.FILE_REJECTED_PREFIX + fileReason(file, result))
          .inc();
    }
    out.get(ReadLandingBatchFn.FILES)
        .output(
            FileEntry.builder()
                .setPath(file.getPath())
                .setEntity(file.getEntity())
                .setSize(result.size)
                .setSha256(result.sha256)
                .setRecords(result.records)
                .setShape(result.shape)
                .setRunId(config.runId())
                .setStatus(result.loaded() ? FileEntry.LOADED : FileEntry.REJECTED)
                .setError(result.error)
                .setReadAt(config.ingestionTimestamp())
                .build());
    return result;
  }

  /** A {@code path \t json_type} pair of a result as a schema row first seen in this run. */
  SchemaField fieldPath(String entity, String pathAndType) {
    int tab = pathAndType.lastIndexOf('\t');
    return SchemaField.of(
        entity,
        pathAndType.substring(0, tab),
        pathAndType.substring(tab + 1),
        config.runId(),
        config.runId());
  }

  /** A rejected file's reason code, for the run report. */
  private static String fileReason(LandingFile file, LandingFileReader.Result result) {
    return !file.getRefusal().isEmpty() ? BronzeMetrics.FILE_NOT_IN_LAYOUT : result.reason;
  }

  /** Turns the reader's callbacks into bronze rows. */
  private final class Emitter implements LandingFileReader.Sink {
    private final LandingFile file;
    private final MultiOutputReceiver out;
    private final RawWriters records;

    /** The first write failure; the reader's callbacks cannot throw it. */
    IOException failure;

    Emitter(LandingFile file, MultiOutputReceiver out, RawWriters records) {
      this.file = file;
      this.out = out;
      this.records = records;
    }

    @Override
    public void record(long index, String id, String payload) {
      if (failure != null) {
        return;
      }
      RawRecord record =
          RawRecord.builder()
              .setEntity(file.getEntity())
              .setRecordId(id)
              .setPayload(payload)
              .setSourceFile(file.getPath())
              .setRecordIndex(index)
              .setIngestionTimestamp(config.ingestionTimestamp())
              .setIngestionDate(config.ingestionDate())
              .setRunId(config.runId())
              .build();
      try {
        records.write(record);
        recordsLoaded.inc();
      } catch (IOException e) {
        failure = e;
      }
    }

    @Override
    public void rejected(long index, String reasonCode, String detail, String payload) {
      recordsRejected.inc();
      Metrics.counter(BronzeMetrics.NAMESPACE, BronzeMetrics.RECORD_REJECTED_PREFIX + reasonCode)
          .inc();
      out.get(ReadLandingBatchFn.REJECTED)
          .output(
              RejectedRecord.builder()
                  .setEntity(file.getEntity())
                  .setReasonCode(reasonCode)
                  .setReasonDetail(detail)
                  .setPayload(payload)
                  .setSourceFile(file.getPath())
                  .setRecordIndex(index)
                  .setIngestionTimestamp(config.ingestionTimestamp())
                  .setRunId(config.runId())
                  .build());
    }
  }
}
