package com.tixmaster.pipeline.spark;

import com.tixmaster.schemas.TableSpec;
import org.apache.beam.sdk.schemas.Schema.Field;
import org.apache.beam.sdk.schemas.Schema.TypeName;

/** Spark SQL column types for a table's Beam schema: the one mapping both DDL dialects use. */
public final class SparkTypes {
  private SparkTypes() {}

  public static String sqlType(TableSpec table, Field field) {
    if (table.dateColumns().contains(field.getName())) {
      return "DATE";
    }
    TypeName type = field.getType().getTypeName();
    switch (type) {
      case STRING:
        return "STRING";
      case INT16:
      case BYTE:
      case INT32:
        return "INT";
      case INT64:
        return "BIGINT";
      case DOUBLE:
        return "DOUBLE";
      case FLOAT:
        return "FLOAT";
      case BOOLEAN:
        return "BOOLEAN";
      case DATETIME:
        return "TIMESTAMP";
      default:
        throw new IllegalArgumentException(
            "no Spark type for " + type + " (" + table + "." + field.getName() + ")");
    }
  }

  /** A backquoted identifier (names such as {@code _files} need it in some places). */
  public static String quote(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
