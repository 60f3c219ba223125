package com.tixmaster.spark4;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * A Delta table's schema as its transaction log records it, with the column metadata that {@code
 * spark.table(...).schema()} leaves out (Delta strips identity and generation metadata from the
 * schema it reads with): what any Delta reader, Unity Catalog included, sees.
 */
public final class DeltaLogs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DeltaLogs() {}

  /** The schema of the table's newest {@code metaData} action. */
  public static StructType schema(SparkSession spark, String table) throws IOException {
    String location = spark.sql("DESCRIBE DETAIL " + table).first().getAs("location");
    Path log = Path.of(URI.create(location)).resolve("_delta_log");
    List<Path> commits;
    try (Stream<Path> files = Files.list(log)) {
      commits =
          files
              .filter(f -> f.getFileName().toString().matches("\\d{20}\\.json"))
              .sorted(java.util.Comparator.reverseOrder())
              .toList();
    }
    for (Path commit : commits) {
      for (String line : Files.readAllLines(commit)) {
        JsonNode action = JSON.readTree(line);
        if (action.has("metaData")) {
          return (StructType)
              DataType.fromJson(action.get("metaData").get("schemaString").asText());
        }
      }
    }
    throw new IllegalStateException(table + " has no metaData in " + log);
  }
}
