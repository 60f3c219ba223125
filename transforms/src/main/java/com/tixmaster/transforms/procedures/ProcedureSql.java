package com.tixmaster.transforms.procedures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the procedures share: the table names resolved from the {@code catalog} parameter, the
 * header of a file, and the two lines in which a run on Apache Spark 4.1 differs from Databricks.
 */
final class ProcedureSql {
  /** The placeholder for the Unity Catalog catalog, as in {@code sql/quality/} and sql/ddl. */
  static final String CATALOG = "${catalog}";

  /** The Spark 4.1 stand-in for {@code RESIGNAL}, which its SQL scripting does not parse. */
  static final String SPARK_RESIGNAL =
      "SELECT raise_error('<procedure> failed at ' || current_step);";

  private static final Pattern TABLE =
      Pattern.compile(Pattern.quote(CATALOG) + "\\.([a-z_]+)\\.(`?[a-z_]+`?)");

  private ProcedureSql() {}

  /**
   * {@code sql} with every {@code ${catalog}.<schema>.<table>} read from the {@code catalog}
   * parameter: {@code IDENTIFIER(catalog || '.<schema>.<table>')}.
   */
  static String resolveTables(String sql) {
    Matcher m = TABLE.matcher(sql);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(table(m.group(1) + "." + m.group(2).replace("`", ""))));
    }
    return m.appendTail(out).toString();
  }

  /** {@code IDENTIFIER(catalog || '.schema.table')}; a name starting with _ is backquoted. */
  static String table(String qualified) {
    int dot = qualified.indexOf('.');
    String name = qualified.substring(dot + 1);
    if (name.startsWith("_")) {
      name = "`" + name + "`";
    }
    return "IDENTIFIER(catalog || '." + qualified.substring(0, dot) + "." + name + "')";
  }

  /** Every line of {@code text} indented by {@code spaces}, blank lines left empty. */
  static String indent(String text, int spaces) {
    String pad = " ".repeat(spaces);
    return text.lines().map(l -> l.isBlank() ? "" : pad + l).collect(Collectors.joining("\n"));
  }

  /** A SQL string literal. */
  static String literal(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /** The comment lines that end every procedure's header: how to run it and on what. */
  static String runNotes(String name, String call) {
    return "-- Create it on a SQL warehouse with scripts/databricks/procedures.sh, which puts the\n"
        + "-- catalog in place of the placeholder, then:\n--   "
        + call
        + "\n"
        + "--\n"
        + "-- Apache Spark 4.1 runs the body (BEGIN ... END) as a SQL script but has no CREATE\n"
        + "-- PROCEDURE and no RESIGNAL. spark4-tests' ProceduresTest runs it there with two"
        + " lines\n"
        + "-- changed: the CREATE line becomes session variables named like the parameters\n"
        + "-- (DECLARE OR REPLACE VARIABLE catalog STRING DEFAULT '...'; and so on), and\n"
        + "-- RESIGNAL; becomes "
        + SPARK_RESIGNAL.replace("<procedure>", name)
        + "\n";
  }
}
