package com.tixmaster.spark4;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Splitting SQL files into statements, without Spark. */
public class SqlScriptsTest {
  @Test
  public void semicolonsInsideQuotesAndCommentsDoNotEndAStatement() {
    String sql =
        "-- a header; with a semicolon\n"
            + "CREATE TABLE t (a STRING COMMENT 'one; two', `b;c` INT COMMENT 'it\\'s; fine');\n"
            + "/* block; comment */\n"
            + "INSERT INTO t VALUES ('x''y;', 1);\n"
            + "-- only a comment at the end;\n";
    assertThat(
        SqlScripts.statements(sql),
        is(
            List.of(
                "-- a header; with a semicolon\n"
                    + "CREATE TABLE t (a STRING COMMENT 'one; two', `b;c` INT COMMENT 'it\\'s;"
                    + " fine')",
                "/* block; comment */\nINSERT INTO t VALUES ('x''y;', 1)")));
  }

  @Test
  public void aLastStatementNeedsNoSemicolonAndEmptyOnesAreDropped() {
    assertThat(
        SqlScripts.statements(";;SELECT 1;\n\n SELECT 2 "), is(List.of("SELECT 1", "SELECT 2")));
    assertThrows(IllegalArgumentException.class, () -> SqlScripts.statements("SELECT 'open"));
  }

  @Test
  public void placeholdersNeedAValue() {
    assertThat(
        SqlScripts.substitute("CREATE SCHEMA ${catalog}.gold", Map.of("catalog", "`c$1`")),
        is("CREATE SCHEMA `c$1`.gold"));
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class,
            () -> SqlScripts.substitute("SELECT ${nope}", Map.of()));
    assertThat(missing.getMessage(), containsString("${nope}"));
  }
}
