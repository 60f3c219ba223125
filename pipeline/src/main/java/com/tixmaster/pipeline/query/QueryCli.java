package com.tixmaster.pipeline.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL over the local lake with DuckDB: {@code QueryCli [--lakehouse=DIR] [--format=table|csv|json]
 * "SQL"}. Every table folder becomes a view named {@code <schema>.<table>}, e.g. {@code
 * silver.events}. Exit 0 on success, 2 on bad arguments, 1 when the query fails.
 */
public final class QueryCli {
  private static final List<String> LAYERS = List.of("bronze", "silver", "gold");
  private static final int MAX_CELL = 60;

  private QueryCli() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    String lakehouse = "lakehouse";
    String format = "table";
    StringBuilder sql = new StringBuilder();
    for (String arg : args) {
      if (arg.startsWith("--lakehouse=")) {
        lakehouse = arg.substring("--lakehouse=".length());
      } else if (arg.startsWith("--format=")) {
        format = arg.substring("--format=".length());
      } else if (arg.startsWith("--")) {
        err.println(
            "query: unknown option " + arg + " (use --lakehouse=DIR, --format=table|csv|json)");
        return 2;
      } else {
        sql.append(sql.length() == 0 ? "" : " ").append(arg);
      }
    }
    if (!List.of("table", "csv", "json").contains(format)) {
      err.println("query: --format must be table, csv or json");
      return 2;
    }
    if (sql.length() == 0) {
      err.println("query: usage: query.sh [--lakehouse=DIR] [--format=table|csv|json] \"SQL\"");
      return 2;
    }
    Path root = Path.of(lakehouse).toAbsolutePath();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      registerViews(db, root);
      try (Statement statement = db.createStatement();
          ResultSet rs = statement.executeQuery(sql.toString())) {
        switch (format) {
          case "csv":
            printCsv(rs, out);
            break;
          case "json":
            printJson(rs, out);
            break;
          default:
            printTable(rs, out);
        }
      }
      return 0;
    } catch (SQLException e) {
      err.println("query failed: " + e.getMessage());
      return 1;
    } catch (Exception e) {
      err.println("query failed: " + e);
      return 1;
    }
  }

  /** One view per table folder (a link to its current version) of each layer. */
  static void registerViews(Connection db, Path root) throws Exception {
    try (Statement s = db.createStatement()) {
      for (String layer : LAYERS) {
        s.execute("CREATE SCHEMA IF NOT EXISTS " + layer);
        Path dir = root.resolve(layer);
        if (!Files.isDirectory(dir)) {
          continue;
        }
        try (DirectoryStream<Path> tables = Files.newDirectoryStream(dir)) {
          for (Path table : tables) {
            String name = table.getFileName().toString();
            if (name.startsWith(".") || !Files.isDirectory(table)) {
              continue;
            }
            String files = table.toRealPath().resolve("*.parquet").toString().replace("'", "''");
            s.execute(
                "CREATE VIEW "
                    + layer
                    + ".\""
                    + name
                    + "\" AS SELECT * FROM read_parquet('"
                    + files
                    + "', union_by_name = true)");
          }
        }
      }
    }
  }

  private static void printTable(ResultSet rs, PrintStream out) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    int n = meta.getColumnCount();
    List<String[]> rows = new ArrayList<>();
    int[] widths = new int[n];
    String[] header = new String[n];
    for (int i = 0; i < n; i++) {
      header[i] = meta.getColumnLabel(i + 1);
      widths[i] = header[i].length();
    }
    while (rs.next()) {
      String[] row = new String[n];
      for (int i = 0; i < n; i++) {
        String v = rs.getString(i + 1);
        v = v == null ? "NULL" : v.replace('\n', ' ');
        row[i] = v.length() > MAX_CELL ? v.substring(0, MAX_CELL - 1) + "…" : v;
        widths[i] = Math.max(widths[i], row[i].length());
      }
      rows.add(row);
    }
    printRow(out, header, widths);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < n; i++) {
      rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
    }
    out.println(rule);
    for (String[] row : rows) {
      printRow(out, row, widths);
    }
    out.printf("(%d row%s)%n", rows.size(), rows.size() == 1 ? "" : "s");
  }

  private static void printRow(PrintStream out, String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      line.append(i == 0 ? "" : " | ").append(String.format("%-" + widths[i] + "s", cells[i]));
    }
    out.println(line.toString().stripTrailing());
  }

  private static void printCsv(ResultSet rs, PrintStream out) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    int n = meta.getColumnCount();
    List<String> header = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      header.add(csv(meta.getColumnLabel(i)));
    }
    out.println(String.join(",", header));
    while (rs.next()) {
      List<String> row = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        String v = rs.getString(i);
        row.add(v == null ? "" : csv(v));
      }
      out.println(String.join(",", row));
    }
  }

  private static String csv(String v) {
    return v.contains(",") || v.contains("\"") || v.contains("\n")
        ? "\"" + v.replace("\"", "\"\"") + "\""
        : v;
  }

  private static void printJson(ResultSet rs, PrintStream out) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ArrayNode rows = json.createArrayNode();
    ResultSetMetaData meta = rs.getMetaData();
    while (rs.next()) {
      ObjectNode row = rows.addObject();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        Object v = rs.getObject(i);
        String label = meta.getColumnLabel(i);
        if (v == null) {
          row.putNull(label);
        } else if (v instanceof Number || v instanceof Boolean) {
          row.set(label, json.valueToTree(v));
        } else {
          row.put(label, v.toString());
        }
      }
    }
    out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(rows));
  }
}
