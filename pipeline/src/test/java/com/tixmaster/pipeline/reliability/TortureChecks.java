package com.tixmaster.pipeline.reliability;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.tixmaster.pipeline.TixMasterRun;
import com.tixmaster.pipeline.fixtures.torture.TortureCase;
import com.tixmaster.pipeline.fixtures.torture.TortureSetGenerator;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.silver.SilverTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.values.Row;
import org.junit.Before;
import org.junit.Test;

/**
 * What must hold after one run over the torture set ({@link TortureSetGenerator}) landed beside a
 * clean fixture day, whatever the runner and the table format: the run exits 0; every bad file is
 * listed as rejected, every bad record is in a rejected table with a reason, every record is
 * accounted for in exactly one place, the report counts the rejections by reason, and the clean day
 * comes out exactly as it does alone. A subclass makes the run ({@link TortureTest} on the
 * DirectRunner and Parquet, {@link DeltaTortureTest} on the SparkRunner and Delta).
 */
public abstract class TortureChecks {
  private static final String MARK = TortureSetGenerator.ID_PREFIX + "-";

  /**
   * One run over the torture set.
   *
   * @param landing the landing root: the clean day and the torture set
   * @param lake the run's tables
   */
  record TortureRun(
      Path landing, List<TortureCase> cases, TixMasterRun run, LakeState.Tables lake) {
    /** Lands day 1 and the torture set under {@code landing}; returns the cases. */
    static List<TortureCase> land(Path landing) throws java.io.IOException {
      Landings.landDays(landing, Landings.DAY_1);
      return TortureSetGenerator.write(landing);
    }
  }

  /** The run, made once per subclass. */
  abstract TortureRun torture() throws Exception;

  private Path landing;
  private List<TortureCase> cases;
  private TixMasterRun run;
  private LakeState.Tables lake;

  @Before
  public void readTheRun() throws Exception {
    TortureRun t = torture();
    landing = t.landing();
    cases = t.cases();
    run = t.run();
    lake = t.lake();
  }

  @Test
  public void theRunExitsZeroAndPublishes() {
    assertEquals(run.toString(), 0, run.status);
    assertThat(run.out, containsString("\nOK"));
    assertThat(run.out, containsString("gold tables published"));
  }

  /** Each case's own expectations; all cases are checked before failing, and listed. */
  @Test
  public void everyCaseEndsWhereItShould() throws Exception {
    Map<String, Row> files = byKey(lake.readRows(BronzeTables.FILES), r -> r.getString("path"));
    List<Row> bronzeRejected = lake.readRows(BronzeTables.REJECTED_RECORDS);
    List<Row> silverRejected = lake.readRows(SilverTables.REJECTED);
    Set<String> silverIds = new HashSet<>();
    for (Row r : lake.readRows(SilverTables.EVENTS)) {
      silverIds.add("events/" + r.getString("event_id"));
    }
    for (Row r : lake.readRows(SilverTables.VENUES)) {
      silverIds.add("venues/" + r.getString("venue_id"));
    }
    for (Row r : lake.readRows(SilverTables.ATTRACTIONS)) {
      silverIds.add("attractions/" + r.getString("attraction_id"));
    }

    List<String> failures = new ArrayList<>();
    StringBuilder table = new StringBuilder();
    for (TortureCase c : cases) {
      List<String> problems = new ArrayList<>();
      for (String path : c.paths()) {
        Path entry = landing.resolve(path);
        Row file = files.get(path);
        boolean hidden =
            Stream.of(path.split("/")).anyMatch(p -> p.startsWith(".") || p.startsWith("_"));
        if (c.rejectedFiles().contains(path)) {
          if (file == null
              || !"rejected".equals(file.getString("status"))
              || file.getString("error") == null) {
            problems.add(path + " not listed as rejected with an error: " + file);
          }
        } else if (Files.isRegularFile(entry) && path.endsWith(".json") && !hidden) {
          if (file == null || !"loaded".equals(file.getString("status"))) {
            problems.add(path + " not listed as loaded: " + file);
          }
        } else if (file != null) {
          problems.add(path + " should not be listed (not a landing file): " + file);
        }
      }
      long inBronzeRejected =
          bronzeRejected.stream()
              .filter(r -> c.paths().contains(r.getString("_source_file")))
              .count();
      if (inBronzeRejected != c.bronzeRejected()) {
        problems.add(
            "bronze._rejected_records: " + inBronzeRejected + ", expected " + c.bronzeRejected());
      }
      Map<String, Integer> reasons = new TreeMap<>();
      for (Row r : silverRejected) {
        if (c.paths().contains(r.getString("_source_file"))
            && "standalone".equals(r.getString("_origin"))) {
          assertThat("reason of " + r, r.getString("reason_code"), notNullValue());
          reasons.merge(r.getString("reason_code"), 1, Integer::sum);
        }
      }
      if (!reasons.equals(new TreeMap<>(c.silverRejected()))) {
        problems.add(
            "silver._rejected by reason: "
                + reasons
                + ", expected "
                + new TreeMap<>(c.silverRejected()));
      }
      for (String id : c.silverIds()) {
        if (!silverIds.contains(id)) {
          problems.add(id + " missing from silver");
        }
      }
      table.append(
          String.format("  %-28s %s%n", c.id(), problems.isEmpty() ? "ok" : "FAILED " + problems));
      if (!problems.isEmpty()) {
        failures.add(c.id() + ": " + problems);
      }
    }
    System.err.print("[reliability] torture cases:\n" + table);
    assertThat(failures, is(empty()));
  }

  @Test
  public void badValuesAreNulledAndGoodOnesKept() throws Exception {
    Map<String, Row> events =
        byKey(lake.readRows(SilverTables.EVENTS), r -> r.getString("event_id"));
    Row inverted = events.get("TRT-price-inverted");
    assertThat(inverted.getDouble("price_min"), nullValue());
    assertThat(inverted.getDouble("price_max"), nullValue());
    Row negative = events.get("TRT-price-negative");
    assertThat(negative.getDouble("price_min"), nullValue());
    assertThat(negative.getDouble("price_max"), is(85.0));
    Row text = events.get("TRT-price-text");
    assertThat(text.getDouble("price_min"), nullValue());
    assertThat(text.getDouble("price_max"), is(99.5));
    assertThat(
        events.get("TRT-onsale-placeholder").getDateTime("sales_public_start_utc"), nullValue());
    assertThat(events.get("TRT-type-dates-string").getValue("event_date"), nullValue());
    assertThat(events.get("TRT-type-priceranges-object").getDouble("price_min"), nullValue());
    assertThat(events.get("TRT-type-name-number").getString("event_name"), is("42"));
    assertThat(events.get("TRT-type-name-object").getString("event_name"), nullValue());
    assertThat(
        events.get("TRT-huge-name").getString("event_name").length(),
        is(TortureSetGenerator.HUGE_NAME_BYTES - 1)); // trimmed: the cut ends in a space
    Row conflict = events.get("TRT-conflict");
    assertThat(conflict.getString("event_name"), is("Conflict Version B"));
    assertThat(conflict.getDouble("price_min"), is(30.0));

    Map<String, Row> venues =
        byKey(lake.readRows(SilverTables.VENUES), r -> r.getString("venue_id"));
    for (String id : List.of("TRT-coord-abc", "TRT-coord-range")) {
      assertThat(id, venues.get(id).getDouble("latitude"), nullValue());
      assertThat(id, venues.get(id).getDouble("longitude"), nullValue());
    }
    assertThat(venues.get("TRT-coord-strings").getDouble("latitude"), is(45.5));
    assertThat(venues.get("TRT-coord-strings").getDouble("longitude"), is(-73.6));
    assertThat(venues.get("TRT-vtype-city-string").getString("city"), nullValue());

    // The event whose embedded venue has no id loads without it; the copy is rejected, with its
    // reason.
    assertTrue(
        lake.readRows(SilverTables.EVENT_VENUES).stream()
            .noneMatch(r -> r.getString("event_id").equals("TRT-noid-ok")));
    assertTrue(
        lake.readRows(SilverTables.REJECTED).stream()
            .anyMatch(
                r ->
                    "embedded".equals(r.getString("_origin"))
                        && "venues".equals(r.getString("entity"))
                        && "missing_id".equals(r.getString("reason_code"))));

    // The same file twice: two loaded entries with one hash.
    TortureCase twice = find("same_file_twice");
    Map<String, Row> files = byKey(lake.readRows(BronzeTables.FILES), r -> r.getString("path"));
    assertThat(
        files.get(twice.paths().get(0)).getString("sha256"),
        is(files.get(twice.paths().get(1)).getString("sha256")));

    // Unknown fields are schema drift, recorded in bronze._schema.
    Set<String> paths =
        lake.readRows(BronzeTables.SCHEMA).stream()
            .map(r -> r.getString("entity") + ":" + r.getString("field_path"))
            .collect(Collectors.toSet());
    assertTrue(paths.contains("events:brandNewField.things[]"));
    assertTrue(paths.contains("events:dates.newDatesFlag"));
  }

  /** bronze records = silver rows + rejected + superseded; and every single record is traced. */
  @Test
  public void everyRecordIsAccountedFor() throws Exception {
    List<Row> audits = lake.readRows(GoldTables.DATA_QUALITY_RESULTS);
    Row reconciliation =
        audits.stream()
            .filter(r -> r.getString("check_name").equals("bronze_silver_reconciliation"))
            .findFirst()
            .get();
    assertThat(
        reconciliation.getString("details"), reconciliation.getString("status"), is("PASSED"));
    assertThat(reconciliation.getString("details"), containsString("gap 0 "));
    for (Row audit : audits) {
      assertThat(audit.getString("details"), audit.getString("status"), is("PASSED"));
    }

    long bronzeEvents = lake.readRows(BronzeTables.EVENTS_RAW).size();
    long silverEvents = lake.readRows(SilverTables.EVENTS).size();
    long rejected = 0;
    long superseded = 0;
    for (Row a : lake.readRows(SilverTables.ACCOUNTING)) {
      if ("events".equals(a.getString("entity"))) {
        rejected += a.getInt64("rejected");
        superseded += a.getInt64("superseded");
      }
    }
    assertEquals(
        "bronze = silver + rejected + superseded",
        bronzeEvents,
        silverEvents + rejected + superseded);
    long standaloneRejected =
        lake.readRows(SilverTables.REJECTED).stream()
            .filter(
                r ->
                    "events".equals(r.getString("entity"))
                        && "standalone".equals(r.getString("_origin")))
            .count();
    assertEquals(standaloneRejected, rejected);

    // Record by record: rejected (by its file and index), or its id is a silver row (it won, or
    // lost to a newer copy).
    Set<String> rejectedAt =
        lake.readRows(SilverTables.REJECTED).stream()
            .filter(r -> "standalone".equals(r.getString("_origin")))
            .map(r -> r.getString("_source_file") + "#" + r.getInt64("_record_index"))
            .collect(Collectors.toSet());
    Map<String, String> keyOf =
        Map.of("events", "event_id", "venues", "venue_id", "attractions", "attraction_id");
    Map<String, TableSpec> tableOf =
        Map.of(
            "events",
            SilverTables.EVENTS,
            "venues",
            SilverTables.VENUES,
            "attractions",
            SilverTables.ATTRACTIONS);
    List<String> untraced = new ArrayList<>();
    for (String entity : keyOf.keySet()) {
      Set<String> keys =
          lake.readRows(tableOf.get(entity)).stream()
              .map(r -> r.getString(keyOf.get(entity)))
              .collect(Collectors.toSet());
      for (Row raw : lake.readRows(BronzeTables.rawTable(entity))) {
        String at = raw.getString("_source_file") + "#" + raw.getInt64("_record_index");
        if (!rejectedAt.contains(at) && !keys.contains(raw.getString("record_id"))) {
          untraced.add(entity + " " + at + " id=" + raw.getString("record_id"));
        }
      }
    }
    assertThat(
        "bronze records found neither in silver nor in silver._rejected", untraced, is(empty()));

    // And no record is rejected twice, or rejected without being in bronze.
    Set<String> inBronze = new HashSet<>();
    for (String entity : BronzeTables.ENTITIES) {
      for (Row raw : lake.readRows(BronzeTables.rawTable(entity))) {
        inBronze.add(
            entity + " " + raw.getString("_source_file") + "#" + raw.getInt64("_record_index"));
      }
    }
    Set<String> once = new HashSet<>();
    List<String> wrong = new ArrayList<>();
    for (Row r : lake.readRows(SilverTables.REJECTED)) {
      if ("standalone".equals(r.getString("_origin"))) {
        String record =
            r.getString("entity")
                + " "
                + r.getString("_source_file")
                + "#"
                + r.getInt64("_record_index");
        if (!once.add(record)) {
          wrong.add(record + " rejected twice");
        }
        if (!inBronze.contains(record)) {
          wrong.add(record + " rejected but not in bronze");
        }
      }
    }
    assertThat(wrong, is(empty()));
    ExactlyOnce.assertBronze(lake);
  }

  /** Every regular, non-hidden .json file under the landing root is in bronze._files. */
  @Test
  public void noLandingFileIsSkippedSilently() throws Exception {
    Set<String> listed =
        lake.readRows(BronzeTables.FILES).stream()
            .map(r -> r.getString("path"))
            .collect(Collectors.toSet());
    List<String> unlisted = new ArrayList<>();
    try (Stream<Path> all = Files.walk(landing)) {
      all.filter(Files::isRegularFile)
          .map(p -> landing.relativize(p).toString())
          .filter(p -> p.endsWith(".json"))
          .filter(
              p -> Stream.of(p.split("/")).noneMatch(s -> s.startsWith(".") || s.startsWith("_")))
          .filter(p -> !listed.contains(p))
          .forEach(unlisted::add);
    }
    assertThat(unlisted, is(empty()));
  }

  @Test
  public void theReportCountsTheRejectionsByReason() throws Exception {
    Map<String, Integer> records = new TreeMap<>();
    for (Row r : lake.readRows(BronzeTables.REJECTED_RECORDS)) {
      records.merge(r.getString("reason_code"), 1, Integer::sum);
    }
    assertThat(
        run.out,
        containsString(
            "[bronze] rejections by reason: files: empty_file × 1, invalid_json × 3,"
                + " no_records_array × 2, not_in_layout × 5, not_json × 2; records: "
                + joined(records)));
    Map<String, Integer> standalone = new TreeMap<>();
    Map<String, Integer> embedded = new TreeMap<>();
    for (Row r : lake.readRows(SilverTables.REJECTED)) {
      ("embedded".equals(r.getString("_origin")) ? embedded : standalone)
          .merge(r.getString("reason_code"), 1, Integer::sum);
    }
    assertThat(
        run.out,
        containsString(
            "[silver] rejections by reason: records: "
                + joined(standalone)
                + "; embedded copies: "
                + joined(embedded)));
  }

  /** The clean day's rows, in bronze and silver, are exactly what the clean day gives alone. */
  @Test
  public void theCleanDayIsUntouched() throws Exception {
    LakeState alone = Reference.get().state1;
    LakeState beside = LakeState.of(lake);
    List<String> differences = new ArrayList<>();
    for (TableSpec t : LakeState.TABLES) {
      if (t.layer().equals("gold")
          || t.equals(SilverTables.ACCOUNTING)
          || t.equals(SilverTables.REJECTED)
          || t.equals(BronzeTables.SCHEMA)) {
        continue; // gold keys interleave with the torture set's; the others count both
      }
      List<String> expected = alone.tables.get(t.qualifiedName());
      assertTrue(
          "the clean day must not look like torture",
          expected.stream().noneMatch(TortureChecks::isTorture));
      List<String> actual =
          beside.tables.get(t.qualifiedName()).stream().filter(r -> !isTorture(r)).toList();
      if (!actual.equals(expected)) {
        differences.add(
            t.qualifiedName() + ": " + actual.size() + " clean rows, expected " + expected.size());
      }
    }
    assertThat(differences, is(empty()));
  }

  private static boolean isTorture(String row) {
    return row.contains(MARK)
        || row.contains("20261119")
        || row.contains(TortureSetGenerator.DAY + "/");
  }

  private static String joined(Map<String, Integer> counts) {
    List<String> parts = new ArrayList<>();
    counts.forEach((k, v) -> parts.add(k + " × " + v));
    return String.join(", ", parts);
  }

  private TortureCase find(String id) {
    return cases.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private static Map<String, Row> byKey(List<Row> rows, Function<Row, String> key) {
    Map<String, Row> out = new HashMap<>();
    for (Row r : rows) {
      out.put(key.apply(r), r);
    }
    return out;
  }
}
