package com.tixmaster.pipeline.spark;

import com.tixmaster.schemas.TableSpec;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.schemas.Schema.Field;

/**
 * Table DDL generated from the {@link TableSpec}s, the one source of every table's columns and
 * keys. The local dialect is what OSS Delta parses (no key constraints, no identity columns).
 */
public final class DeltaDdl {
  private DeltaDdl() {}

  public static String localCreateTable(String catalog, TableSpec table) {
    List<String> columns = new ArrayList<>();
    for (Field f : table.beamSchema().getFields()) {
      columns.add(
          "  " + SparkTypes.quote(f.getName()) + " " + SparkTypes.sqlType(table, f)
              + (f.getType().getNullable() ? "" : " NOT NULL"));
    }
    return "CREATE TABLE IF NOT EXISTS "
        + SparkTypes.quote(catalog) + "." + SparkTypes.quote(table.layer()) + "." + SparkTypes.quote(table.name())
        + " (\n" + String.join(",\n", columns) + "\n) USING DELTA";
  }
}
