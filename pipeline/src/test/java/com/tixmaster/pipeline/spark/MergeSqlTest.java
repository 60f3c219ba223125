package com.tixmaster.pipeline.spark;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.silver.SilverTables;
import java.util.List;
import org.junit.Test;

/** The statements a Delta commit runs; Spark 4 runs the same ones in {@code spark4-tests}. */
public class MergeSqlTest {
  private static final String TARGET = "`c`.`gold`.`dim_venue`";

  /** The part of a MERGE that assigns matched rows' columns. */
  private static String updateSet(String merge) {
    int set = merge.indexOf(" THEN UPDATE SET ");
    return set < 0 ? "" : merge.substring(set, merge.indexOf(" WHEN NOT MATCHED THEN INSERT"));
  }

  @Test
  public void aMatchedRowKeepsItsSurrogateKey() {
    List<String> merge = MergeSql.mergeInto(TARGET, GoldTables.DIM_VENUE, "src", "run-2");
    assertThat(merge.size(), is(1));
    String sql = merge.get(0);
    assertThat(sql, startsWith("MERGE INTO " + TARGET + " t USING src s ON "));
    assertThat(sql, containsString(" ON t.`venue_sk` <=> s.`venue_sk` WHEN MATCHED AND NOT ("));
    assertThat(updateSet(sql), containsString("`venue_name` = s.`venue_name`"));
    assertThat(updateSet(sql), containsString("`is_current` = s.`is_current`"));
    assertThat(updateSet(sql), not(containsString("venue_sk")));
    // new versions are inserted with the key Beam gave them
    assertThat(sql, containsString("THEN INSERT (`venue_sk`, `venue_id`"));
    assertThat(sql, containsString("VALUES (s.`venue_sk`, s.`venue_id`"));
    assertThat(sql, endsWith(" WHEN NOT MATCHED BY SOURCE THEN DELETE"));
  }

  @Test
  public void noMergeAssignsAKeyOrIdentityColumnOfAMatchedRow() {
    int identities = 0;
    for (TableSpec table : DeltaDdl.ALL_TABLES) {
      if (table.primaryKey().isEmpty()) {
        continue;
      }
      String set = updateSet(MergeSql.mergeInto("t", table, "s", "r").get(0));
      for (String column : table.beamSchema().getFieldNames()) {
        boolean key = table.primaryKey().contains(column) || DeltaDdl.isIdentity(table, column);
        identities += DeltaDdl.isIdentity(table, column) ? 1 : 0;
        assertThat(
            table + "." + column,
            set.contains(" `" + column + "` = ") || set.contains(", `" + column + "` = "),
            is(!key && table.writeMode() == TableSpec.WriteMode.REPLACE));
      }
    }
    assertThat(
        "every identity column was looked at", identities, is(DeltaDdl.IDENTITY_KEYS.size()));
  }

  @Test
  public void aTableWhoseColumnsAreAllKeysHasNoUpdateClause() {
    // no table is all keys today: a spec keyed on every column of a real row type stands for one
    TableSpec keysOnly =
        TableSpec.of(
            "gold",
            "bridge_keys",
            com.tixmaster.schemas.silver.BronzeRunProcessed.class,
            List.of("bronze_run_id", "silver_run_id", "processed_at"),
            java.util.Set.of(),
            TableSpec.WriteMode.REPLACE);
    String sql = MergeSql.mergeInto("t", keysOnly, "s", "r").get(0);
    assertThat(sql, not(containsString("WHEN MATCHED")));
    assertThat(sql, containsString("WHEN NOT MATCHED THEN INSERT"));
    assertThat(sql, endsWith("WHEN NOT MATCHED BY SOURCE THEN DELETE"));
  }

  @Test
  public void appendOnlyTablesInsertByKeyOrReplaceTheirRunsRows() {
    List<String> byKey = MergeSql.mergeInto("t", BronzeTables.EVENTS_RAW, "s", "r");
    assertThat(byKey.size(), is(1));
    assertThat(
        byKey.get(0),
        containsString(
            " ON t.`_source_file` <=> s.`_source_file` AND t.`_record_index` <=> s.`_record_index`"
                + " WHEN NOT MATCHED THEN INSERT ("));
    assertThat(byKey.get(0), not(containsString("WHEN MATCHED")));
    assertThat(byKey.get(0), not(containsString("BY SOURCE")));

    List<String> keyless = MergeSql.mergeInto("t", SilverTables.REJECTED, "s", "it's");
    assertThat(keyless.get(0), is("DELETE FROM t WHERE `_run_id` = 'it''s'"));
    assertThat(keyless.get(1), is(MergeSql.insertInto("t", SilverTables.REJECTED, "s")));
  }

  @Test
  public void aCreatedTableGetsAPlainInsertThroughTheTablesView() {
    assertThat(MergeSql.sourceView(BronzeTables.FILES), is("tix_src_bronze_files"));
    assertThat(
        MergeSql.insertInto("t", GoldTables.DIM_MARKET, "v"),
        is(
            "INSERT INTO t (`market_sk`, `market_id`, `market_name`) SELECT `market_sk`,"
                + " `market_id`, `market_name` FROM v"));
  }
}
