package com.tixmaster.pipeline.assistant;

import com.tixmaster.pipeline.lake.ParquetLake;
import com.tixmaster.schemas.gold.GoldTables;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.values.Row;

/** Reads {@code gold.event_documents} from the local lake. */
final class EventDocuments {
  private EventDocuments() {}

  /** Thrown when the lake has no documents table. */
  static final class MissingTableException extends IOException {
    MissingTableException(String message) {
      super(message);
    }
  }

  /** Every committed row of the table; fails when the table does not exist. */
  static List<EventDoc> load(Path lakehouse) throws IOException {
    ParquetLake lake = new ParquetLake(lakehouse, lakehouse.resolve("_staging"));
    if (lake.snapshotFiles(GoldTables.EVENT_DOCUMENTS).isEmpty()) {
      throw new MissingTableException(
          GoldTables.EVENT_DOCUMENTS.qualifiedName()
              + " does not exist under "
              + lake.root()
              + " (run the pipeline with the documents stage first, or pass --lakehouse=DIR)");
    }
    List<EventDoc> docs = new ArrayList<>();
    for (Row row : lake.readRows(GoldTables.EVENT_DOCUMENTS)) {
      docs.add(EventDoc.fromRow(row));
    }
    return docs;
  }

  /** Whether the lake holds the table. */
  static boolean exists(Path lakehouse) throws IOException {
    return !new ParquetLake(lakehouse, lakehouse.resolve("_staging"))
        .snapshotFiles(GoldTables.EVENT_DOCUMENTS)
        .isEmpty();
  }
}
