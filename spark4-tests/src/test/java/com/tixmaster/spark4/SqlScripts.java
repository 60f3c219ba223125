package com.tixmaster.spark4;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * SQL files on a SparkSession, in two ways: {@link #run} splits a file into its statements (at
 * semicolons outside quotes, backquotes and comments) and runs them in order, as a SQL warehouse
 * runs a file of DDL; {@link #runScript} sends the whole text as one statement, which is how Spark
 * 4 runs a SQL script ({@code BEGIN … END}, whose body has semicolons of its own).
 */
public final class SqlScripts {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

  private SqlScripts() {}

  /** Runs each statement of the file, after {@link #substitute}; returns their results. */
  public static List<Dataset<Row>> run(SparkSession spark, Path file, Map<String, String> vars)
      throws IOException {
    List<Dataset<Row>> results = new ArrayList<>();
    for (String statement : statements(substitute(Files.readString(file), vars))) {
      try {
        results.add(spark.sql(statement));
      } catch (RuntimeException e) {
        throw new IllegalStateException(file + ": " + e.getMessage() + "\n" + statement, e);
      }
    }
    return results;
  }

  /** Runs the file whole as one statement: a SQL script. */
  public static Dataset<Row> runScript(SparkSession spark, Path file, Map<String, String> vars)
      throws IOException {
    return spark.sql(substitute(Files.readString(file), vars));
  }

  /**
   * Replaces each {@code ${name}} with its value; a placeholder left without one is refused rather
   * than sent to Spark, which would read it as a variable reference or a syntax error.
   */
  public static String substitute(String sql, Map<String, String> vars) {
    Matcher m = VARIABLE.matcher(sql);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = vars.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no value for ${" + m.group(1) + "}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return m.appendTail(out).toString();
  }

  /**
   * The statements of a SQL text, trimmed, without empty ones and without statements that are only
   * comments. String literals may escape a quote with a backslash (Spark's default) or by doubling
   * it; backquoted identifiers double a backquote.
   */
  public static List<String> statements(String sql) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean code = false; // whether the current statement has more than comments
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '-' && sql.startsWith("--", i)) {
        int end = sql.indexOf('\n', i);
        end = end < 0 ? sql.length() : end;
        current.append(sql, i, end);
        i = end;
      } else if (c == '/' && sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        if (end < 0) {
          throw new IllegalArgumentException("unterminated /* comment");
        }
        current.append(sql, i, end + 2);
        i = end + 2;
      } else if (c == '\'' || c == '"' || c == '`') {
        int end = closing(sql, i);
        current.append(sql, i, end + 1);
        code = true;
        i = end + 1;
      } else if (c == ';') {
        add(statements, current, code);
        current.setLength(0);
        code = false;
        i++;
      } else {
        current.append(c);
        code |= !Character.isWhitespace(c);
        i++;
      }
    }
    add(statements, current, code);
    return statements;
  }

  /** The index of the quote that closes the one at {@code start}. */
  private static int closing(String sql, int start) {
    char quote = sql.charAt(start);
    for (int i = start + 1; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\\' && quote != '`') {
        i++; // the escaped character
      } else if (c == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i++; // a doubled quote stands for itself
        } else {
          return i;
        }
      }
    }
    throw new IllegalArgumentException("unterminated " + quote + " at " + start);
  }

  private static void add(List<String> statements, StringBuilder statement, boolean code) {
    if (code) {
      statements.add(statement.toString().strip());
    }
  }
}
