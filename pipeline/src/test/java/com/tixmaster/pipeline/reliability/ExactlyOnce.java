package com.tixmaster.pipeline.reliability;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.tixmaster.schemas.bronze.BronzeTables;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.beam.sdk.values.Row;

/** Bronze's exactly-once rule, on any lake: every landed record in exactly one place. */
final class ExactlyOnce {
  private ExactlyOnce() {}

  /**
   * Every (file, record index) once in bronze: in one raw table or in {@code
   * bronze._rejected_records}, never twice and never in both; and every loaded file's records
   * there, as many as {@code bronze._files} says it had (none for a rejected file).
   */
  static void assertBronze(LakeState.Tables lake) throws Exception {
    Map<String, Long> perFile = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    for (String entity : BronzeTables.ENTITIES) {
      count(lake.readRows(BronzeTables.rawTable(entity)), entity, seen, perFile);
    }
    count(lake.readRows(BronzeTables.REJECTED_RECORDS), "_rejected_records", seen, perFile);
    for (Row file : lake.readRows(BronzeTables.FILES)) {
      assertEquals(
          "records of " + file.getString("path") + " (" + file.getString("status") + ")",
          (long) file.getInt64("records"),
          (long) perFile.getOrDefault(file.getString("path"), 0L));
    }
  }

  private static void count(
      List<Row> rows, String table, Set<String> seen, Map<String, Long> perFile) {
    for (Row r : rows) {
      String at = r.getString("_source_file") + "#" + r.getInt64("_record_index");
      assertTrue(
          "record " + at + " is in bronze more than once (again in " + table + ")", seen.add(at));
      perFile.merge(r.getString("_source_file"), 1L, Long::sum);
    }
  }
}
