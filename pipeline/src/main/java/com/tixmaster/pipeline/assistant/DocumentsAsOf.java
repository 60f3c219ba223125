package com.tixmaster.pipeline.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tixmaster.pipeline.lake.ParquetLake;
import com.tixmaster.schemas.gold.GoldTables;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.beam.sdk.values.Row;

/**
 * The "today" of the published {@code gold.event_documents}: the {@code --asOf} of the newest run
 * that built the documents and published them, from {@code gold.etl_log}. The documents hold the
 * events upcoming from that day, so a question's "this weekend" means the weekend after it; a lake
 * built for a past date would otherwise find no upcoming event at all.
 */
final class DocumentsAsOf {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The run and its as-of. */
  record Found(String runId, Instant asOf) {}

  private DocumentsAsOf() {}

  static Optional<Found> of(Path lakehouse) throws IOException {
    ParquetLake lake = new ParquetLake(lakehouse, lakehouse.resolve("_staging"));
    Set<String> published = new HashSet<>();
    Iterable<Row> log = lake.readRows(GoldTables.ETL_LOG);
    for (Row row : log) {
      if ("publish".equals(row.getString("stage")) && "SUCCEEDED".equals(row.getString("status"))) {
        published.add(row.getString("run_id"));
      }
    }
    Found newest = null;
    Instant newestEnd = null;
    for (Row row : log) {
      if (!"documents".equals(row.getString("stage"))
          || !"SUCCEEDED".equals(row.getString("status"))
          || !published.contains(row.getString("run_id"))
          || row.getDateTime("ended_at") == null) {
        continue;
      }
      Instant ended = Instant.ofEpochMilli(row.getDateTime("ended_at").getMillis());
      Optional<Instant> asOf = asOf(row.getString("parameters"));
      if (asOf.isPresent() && (newestEnd == null || ended.isAfter(newestEnd))) {
        newest = new Found(row.getString("run_id"), asOf.get());
        newestEnd = ended;
      }
    }
    return Optional.ofNullable(newest);
  }

  private static Optional<Instant> asOf(String parameters) {
    try {
      JsonNode value = JSON.readTree(parameters == null ? "{}" : parameters).path("asOf");
      return value.isTextual() ? Optional.of(Instant.parse(value.asText())) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
