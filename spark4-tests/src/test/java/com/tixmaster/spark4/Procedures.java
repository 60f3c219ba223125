package com.tixmaster.spark4;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs a generated stored procedure of {@code sql/procedures/} on Spark 4.1, which has SQL
 * scripting but neither {@code CREATE PROCEDURE} nor {@code RESIGNAL}. Exactly the two lines the
 * files' headers name change: the one {@code CREATE OR REPLACE PROCEDURE} line becomes session
 * variables named and typed like its parameters (set to the call's arguments, or the parameters'
 * defaults), and the handler's {@code RESIGNAL;} becomes {@code SELECT raise_error(...)}. The body
 * runs unchanged otherwise.
 */
final class Procedures {
  private static final String CREATE = "CREATE OR REPLACE PROCEDURE ";

  private Procedures() {}

  /**
   * Calls {@code name} in {@code catalog} with {@code args} (parameter → SQL expression); returns
   * the result set the body ends with.
   */
  static List<Row> call(SparkSession spark, String catalog, String name, Map<String, String> args)
      throws IOException {
    String sql =
        Files.readString(PipelineJar.projectDir().resolve("sql/procedures/" + name + ".sql"))
            .replace("${catalog}", catalog);
    List<String> lines = sql.lines().toList();
    List<Integer> creates = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(CREATE)) {
        creates.add(i);
      }
    }
    if (creates.size() != 1 || !lines.get(creates.get(0)).endsWith(" AS")) {
      throw new IllegalStateException(name + ": expected one line " + CREATE + "... AS");
    }
    int create = creates.get(0);
    for (String header : lines.subList(0, create)) {
      if (!header.isBlank() && !header.startsWith("--")) {
        throw new IllegalStateException(name + ": SQL before the CREATE line: " + header);
      }
    }
    String body = String.join("\n", lines.subList(create + 1, lines.size()));
    if (body.split("RESIGNAL;", -1).length != 2) {
      throw new IllegalStateException(name + ": expected one RESIGNAL;");
    }
    body =
        body.replace("RESIGNAL;", "SELECT raise_error('" + name + " failed at ' || current_step);");
    Map<String, String[]> parameters = parameters(lines.get(create));
    for (String arg : args.keySet()) {
      if (!parameters.containsKey(arg)) {
        throw new IllegalArgumentException(name + " has no parameter " + arg);
      }
    }
    try {
      for (Map.Entry<String, String[]> p : parameters.entrySet()) {
        spark.sql(
            "DECLARE OR REPLACE VARIABLE "
                + p.getKey()
                + " "
                + p.getValue()[0]
                + " DEFAULT "
                + args.getOrDefault(p.getKey(), p.getValue()[1]));
      }
      Dataset<Row> result = spark.sql(body);
      return result.collectAsList();
    } finally {
      for (String p : parameters.keySet()) {
        spark.sql("DROP TEMPORARY VARIABLE IF EXISTS " + p);
      }
    }
  }

  /** Parameter → {type, default} of {@code name(p TYPE DEFAULT d, ...)} on the CREATE line. */
  static Map<String, String[]> parameters(String createLine) {
    String list =
        createLine.substring(createLine.indexOf('(') + 1, createLine.indexOf(") LANGUAGE SQL"));
    Map<String, String[]> parameters = new LinkedHashMap<>();
    for (String parameter : list.split(", ")) {
      String[] parts = parameter.split(" DEFAULT ", 2);
      String[] nameAndType = parts[0].trim().split(" ", 2);
      parameters.put(nameAndType[0], new String[] {nameAndType[1], parts[1]});
    }
    return parameters;
  }
}
