package com.tixmaster.pipeline.report;

import com.tixmaster.pipeline.config.Stage;
import com.tixmaster.pipeline.lake.Lake;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.bronze.FileEntry;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.silver.SilverTables;
import com.tixmaster.transforms.quality.CheckDefinition;
import com.tixmaster.transforms.quality.QualityChecks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.beam.sdk.values.Row;
import org.joda.time.Instant;

/** Everything the run report shows, read from the lake. Each part may be missing or unreadable. */
final class RunData {
  /** Examples listed for a rejection reason. */
  static final int EXAMPLES = 3;

  /** Rejected files and drifted paths listed at most; the rest are counted. */
  static final int LIST_LIMIT = 200;

  /** One {@code gold.etl_log} row. */
  record StageRow(
      String stage,
      String status,
      Instant startedAt,
      Instant endedAt,
      Long rowsIn,
      Long rowsOut,
      Long rowsRejected,
      String errorMessage,
      String runner,
      String parameters) {}

  /** One {@code gold.data_quality_results} row, with the registry's description when known. */
  record AuditRow(
      String checkName,
      String tableName,
      String severity,
      String status,
      long recordsAffected,
      Double threshold,
      String thresholdUnit,
      String details,
      String sampleKeys,
      String description) {}

  /** Rejected records of one entity for one reason; {@code stage} only for gold._rejected. */
  record RejectGroup(
      String stage,
      String entity,
      String reasonCode,
      long count,
      List<String> examples,
      String detail) {}

  /** A landing file bronze could not parse. */
  record RejectedFile(String path, String entity, String error) {}

  /** A field path (or a new type of a known path) first seen in this run. */
  record DriftRow(String entity, String fieldPath, String jsonType, String knownTypes) {}

  /**
   * This run's new schema paths. {@code baseline}: the schema was empty before this run, so nothing
   * is drift. {@code newEntities}: entities seen for the first time, with their path counts.
   */
  record SchemaDrift(
      boolean baseline,
      long pathsThisRun,
      List<DriftRow> rows,
      long moreRows,
      Map<String, Long> newEntities) {}

  record MonthBar(int year, int month, long events) {}

  /** A price bucket {@code [from, to)}; {@code to} null for the open last bucket. */
  record Bucket(double from, Double to, long count) {}

  /** The price_max histogram of non-test priced events. */
  record PriceHistogram(
      List<Bucket> buckets, Map<String, Long> currencies, long priced, long unpriced) {}

  record SegmentBar(String segment, long events) {}

  record Segments(List<SegmentBar> bars, String source, long events) {}

  final String runId;
  final Part<List<StageRow>> stages;
  final Part<List<AuditRow>> audits;
  final Part<List<RejectGroup>> silverRejects;
  final Part<List<RejectGroup>> bronzeRejects;
  final Part<List<RejectGroup>> goldRejects;
  final Part<List<RejectedFile>> rejectedFiles;
  final Part<Long> rejectedFileCount;
  final Part<SchemaDrift> drift;
  final Part<List<MonthBar>> months;
  final Part<PriceHistogram> prices;
  final Part<Segments> segments;

  private RunData(Lake lake, String runId) {
    this.runId = runId;
    this.stages = Part.of("gold.etl_log", () -> readStages(lake, runId));
    this.audits = Part.of("gold.data_quality_results", () -> readAudits(lake, runId));
    this.silverRejects = Part.of("silver._rejected", () -> readSilverRejects(lake, runId));
    this.bronzeRejects = Part.of("bronze._rejected_records", () -> readBronzeRejects(lake, runId));
    this.goldRejects = Part.of("gold._rejected", () -> readGoldRejects(lake, runId));
    List<RejectedFile> files = new ArrayList<>();
    this.rejectedFileCount = Part.of("bronze._files", () -> readRejectedFiles(lake, runId, files));
    this.rejectedFiles =
        rejectedFileCount.present() ? Part.present(files) : sameFailure(rejectedFileCount);
    this.drift = Part.of("bronze._schema", () -> readDrift(lake, runId));
    this.months = Part.of("gold.monthly_event_summary", () -> readMonths(lake));
    this.prices = Part.of("gold.fact_events", () -> readPrices(lake));
    this.segments = Part.of("gold.fact_events", () -> readSegments(lake));
  }

  static RunData load(Lake lake, String runId) {
    return new RunData(lake, runId);
  }

  private static <A, B> Part<B> sameFailure(Part<A> part) {
    return part.state() == Part.State.MISSING
        ? Part.missing(part.message())
        : Part.error(part.message(), new IOException("unreadable"));
  }

  private static void require(Lake lake, TableSpec table) throws IOException, Part.MissingTable {
    if (!LakeScan.exists(lake, table)) {
      throw new Part.MissingTable(table.qualifiedName());
    }
  }

  // ---- stages and audits -----------------------------------------------------------------------

  static List<StageRow> readStages(Lake lake, String runId) throws Exception {
    require(lake, GoldTables.ETL_LOG);
    List<StageRow> rows = new ArrayList<>();
    LakeScan.scan(
        lake,
        GoldTables.ETL_LOG,
        List.of(
            "run_id",
            "stage",
            "started_at",
            "ended_at",
            "status",
            "rows_in",
            "rows_out",
            "rows_rejected",
            "parameters",
            "error_message",
            "runner"),
        r -> {
          if (runId.equals(r.getString("run_id"))) {
            rows.add(stageRow(r));
          }
        });
    rows.sort(STAGE_ORDER);
    return rows;
  }

  /** Every run's etl_log rows, by run id (for the index). */
  static Map<String, List<StageRow>> readAllStages(Lake lake) throws Exception {
    require(lake, GoldTables.ETL_LOG);
    Map<String, List<StageRow>> byRun = new HashMap<>();
    LakeScan.scan(
        lake,
        GoldTables.ETL_LOG,
        List.of("run_id", "stage", "started_at", "ended_at", "status", "error_message", "runner"),
        r -> byRun.computeIfAbsent(r.getString("run_id"), k -> new ArrayList<>()).add(stageRow(r)));
    byRun.values().forEach(l -> l.sort(STAGE_ORDER));
    return byRun;
  }

  private static StageRow stageRow(Row r) {
    return new StageRow(
        r.getString("stage"),
        r.getString("status"),
        instant(r, "started_at"),
        instant(r, "ended_at"),
        r.getInt64("rows_in"),
        r.getInt64("rows_out"),
        r.getInt64("rows_rejected"),
        r.getString("error_message"),
        r.getString("runner"),
        r.getString("parameters"));
  }

  private static final Comparator<StageRow> STAGE_ORDER =
      Comparator.comparing(
              StageRow::startedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
          .thenComparing(s -> Stage.parse(s.stage()).map(Enum::ordinal).orElse(99))
          .thenComparing(StageRow::stage, Comparator.nullsLast(Comparator.<String>naturalOrder()));

  static List<AuditRow> readAudits(Lake lake, String runId) throws Exception {
    require(lake, GoldTables.DATA_QUALITY_RESULTS);
    Map<String, CheckDefinition> registry = new HashMap<>();
    Map<String, Integer> order = new HashMap<>();
    for (CheckDefinition check : QualityChecks.ALL) {
      registry.put(check.name(), check);
      order.put(check.name(), check.number());
    }
    List<AuditRow> rows = new ArrayList<>();
    LakeScan.scan(
        lake,
        GoldTables.DATA_QUALITY_RESULTS,
        List.of(
            "run_id",
            "check_name",
            "table_name",
            "severity",
            "status",
            "records_affected",
            "threshold",
            "details",
            "sample_keys"),
        r -> {
          if (!runId.equals(r.getString("run_id"))) {
            return;
          }
          CheckDefinition def = registry.get(r.getString("check_name"));
          Long affected = r.getInt64("records_affected");
          rows.add(
              new AuditRow(
                  r.getString("check_name"),
                  r.getString("table_name"),
                  r.getString("severity"),
                  r.getString("status"),
                  affected == null ? 0 : affected,
                  r.getDouble("threshold"),
                  def == null ? null : def.thresholdUnit(),
                  r.getString("details"),
                  r.getString("sample_keys"),
                  def == null ? null : def.description()));
        });
    rows.sort(
        Comparator.comparing((AuditRow a) -> order.getOrDefault(a.checkName(), Integer.MAX_VALUE))
            .thenComparing(
                AuditRow::checkName, Comparator.nullsLast(Comparator.<String>naturalOrder())));
    return rows;
  }

  /** Every run's audit statuses, by run id (for the index). */
  static Map<String, List<String>> readAllAuditStatuses(Lake lake) throws Exception {
    require(lake, GoldTables.DATA_QUALITY_RESULTS);
    Map<String, List<String>> byRun = new HashMap<>();
    LakeScan.scan(
        lake,
        GoldTables.DATA_QUALITY_RESULTS,
        List.of("run_id", "status"),
        r ->
            byRun
                .computeIfAbsent(r.getString("run_id"), k -> new ArrayList<>())
                .add(r.getString("status")));
    return byRun;
  }

  // ---- rejections ------------------------------------------------------------------------------

  /** Accumulates rejected records by (stage, entity, reason); the stage is "" outside gold. */
  private static final class Grouper {
    private final Map<List<String>, long[]> counts =
        new TreeMap<>(
            Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1))
                .thenComparing(k -> k.get(2)));
    private final Map<List<String>, Set<String>> examples = new HashMap<>();
    private final Map<List<String>, String> details = new HashMap<>();

    void add(String entity, String reason, String example, String detail) {
      add("", entity, reason, example, detail);
    }

    void add(String stage, String entity, String reason, String example, String detail) {
      List<String> key =
          List.of(
              stage == null ? "(none)" : stage,
              entity == null ? "(none)" : entity,
              reason == null ? "(none)" : reason);
      counts.computeIfAbsent(key, k -> new long[1])[0]++;
      Set<String> ex = examples.computeIfAbsent(key, k -> new LinkedHashSet<>());
      if (example != null && ex.size() < EXAMPLES) {
        ex.add(example);
      }
      details.putIfAbsent(key, detail);
    }

    List<RejectGroup> groups() {
      List<RejectGroup> groups = new ArrayList<>();
      counts.forEach(
          (key, n) ->
              groups.add(
                  new RejectGroup(
                      key.get(0).isEmpty() ? null : key.get(0),
                      key.get(1),
                      key.get(2),
                      n[0],
                      List.copyOf(examples.get(key)),
                      details.get(key))));
      return groups;
    }
  }

  static List<RejectGroup> readSilverRejects(Lake lake, String runId) throws Exception {
    return readKeyedRejects(lake, runId, SilverTables.REJECTED);
  }

  /** This run's gold._rejected rows, by stage, source table and reason. */
  static List<RejectGroup> readGoldRejects(Lake lake, String runId) throws Exception {
    return readKeyedRejects(lake, runId, GoldTables.REJECTED);
  }

  /**
   * A {@code _rejected} table's rows of this run, by entity and reason (and stage, when the table
   * has one); a row without a record id is shown by its file and index, or as having no key.
   */
  private static List<RejectGroup> readKeyedRejects(Lake lake, String runId, TableSpec table)
      throws Exception {
    require(lake, table);
    boolean byStage = table.beamSchema().hasField("stage");
    List<String> columns =
        new ArrayList<>(
            List.of(
                "entity", "record_id", "reason_code", "reason_detail", "_source_file", "_run_id"));
    columns.add(byStage ? "stage" : "_record_index");
    Grouper grouper = new Grouper();
    LakeScan.scan(
        lake,
        table,
        columns,
        r -> {
          if (runId.equals(r.getString("_run_id"))) {
            String id = r.getString("record_id");
            grouper.add(
                byStage ? r.getString("stage") : "",
                r.getString("entity"),
                r.getString("reason_code"),
                id != null ? id : byStage ? "(no key)" : location(r),
                r.getString("reason_detail"));
          }
        });
    return grouper.groups();
  }

  static List<RejectGroup> readBronzeRejects(Lake lake, String runId) throws Exception {
    require(lake, BronzeTables.REJECTED_RECORDS);
    Grouper grouper = new Grouper();
    LakeScan.scan(
        lake,
        BronzeTables.REJECTED_RECORDS,
        List.of(
            "entity", "reason_code", "reason_detail", "_source_file", "_record_index", "_run_id"),
        r -> {
          if (runId.equals(r.getString("_run_id"))) {
            grouper.add(
                r.getString("entity"),
                r.getString("reason_code"),
                location(r),
                r.getString("reason_detail"));
          }
        });
    return grouper.groups();
  }

  private static String location(Row r) {
    String file = r.getString("_source_file");
    Long index = r.getInt64("_record_index");
    if (file == null) {
      return null;
    }
    return index == null ? file : file + " #" + index;
  }

  /** Fills {@code out} with the first rejected files of the run; returns how many there are. */
  static long readRejectedFiles(Lake lake, String runId, List<RejectedFile> out) throws Exception {
    require(lake, BronzeTables.FILES);
    long[] total = new long[1];
    List<RejectedFile> all = new ArrayList<>();
    LakeScan.scan(
        lake,
        BronzeTables.FILES,
        List.of("path", "entity", "run_id", "status", "error"),
        r -> {
          if (runId.equals(r.getString("run_id"))
              && FileEntry.REJECTED.equals(r.getString("status"))) {
            total[0]++;
            all.add(
                new RejectedFile(r.getString("path"), r.getString("entity"), r.getString("error")));
          }
        });
    all.sort(
        Comparator.comparing(
            RejectedFile::path, Comparator.nullsLast(Comparator.<String>naturalOrder())));
    out.addAll(all.subList(0, (int) Math.min(all.size(), LIST_LIMIT)));
    return total[0];
  }

  // ---- schema drift ----------------------------------------------------------------------------

  static SchemaDrift readDrift(Lake lake, String runId) throws Exception {
    require(lake, BronzeTables.SCHEMA);
    List<Row> fields =
        LakeScan.rows(
            lake,
            BronzeTables.SCHEMA,
            List.of("entity", "field_path", "json_type", "first_seen_run"));
    Map<String, Set<String>> earlierTypes = new HashMap<>(); // entity \0 path -> types
    Set<String> earlierEntities = new HashSet<>();
    List<Row> mine = new ArrayList<>();
    for (Row f : fields) {
      if (runId.equals(f.getString("first_seen_run"))) {
        mine.add(f);
      } else {
        earlierEntities.add(f.getString("entity"));
        earlierTypes
            .computeIfAbsent(
                f.getString("entity") + "\u0000" + f.getString("field_path"),
                k -> new java.util.TreeSet<>())
            .add(f.getString("json_type"));
      }
    }
    boolean baseline = earlierEntities.isEmpty();
    List<DriftRow> rows = new ArrayList<>();
    Map<String, Long> newEntities = new TreeMap<>();
    if (!baseline) {
      for (Row f : mine) {
        String entity = f.getString("entity");
        if (!earlierEntities.contains(entity)) {
          newEntities.merge(entity, 1L, Long::sum);
          continue;
        }
        Set<String> known = earlierTypes.get(entity + "\u0000" + f.getString("field_path"));
        rows.add(
            new DriftRow(
                entity,
                f.getString("field_path"),
                f.getString("json_type"),
                known == null ? null : String.join(", ", known)));
      }
    }
    rows.sort(
        Comparator.comparing(
                DriftRow::entity, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(
                DriftRow::fieldPath, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(
                DriftRow::jsonType, Comparator.nullsLast(Comparator.<String>naturalOrder())));
    long more = Math.max(0, rows.size() - LIST_LIMIT);
    return new SchemaDrift(
        baseline,
        mine.size(),
        List.copyOf(rows.subList(0, Math.min(rows.size(), LIST_LIMIT))),
        more,
        newEntities);
  }

  // ---- charts ----------------------------------------------------------------------------------

  static List<MonthBar> readMonths(Lake lake) throws Exception {
    require(lake, GoldTables.MONTHLY_EVENT_SUMMARY);
    List<MonthBar> bars = new ArrayList<>();
    LakeScan.scan(
        lake,
        GoldTables.MONTHLY_EVENT_SUMMARY,
        List.of("report_year", "report_month", "total_events"),
        r -> {
          Integer year = r.getInt32("report_year");
          Integer month = r.getInt32("report_month");
          Long events = r.getInt64("total_events");
          if (year != null && month != null) {
            bars.add(new MonthBar(year, month, events == null ? 0 : events));
          }
        });
    bars.sort(Comparator.comparingInt(MonthBar::year).thenComparingInt(MonthBar::month));
    return bars;
  }

  static PriceHistogram readPrices(Lake lake) throws Exception {
    require(lake, GoldTables.FACT_EVENTS);
    List<Double> prices = new ArrayList<>();
    Map<String, Long> currencies = new TreeMap<>();
    long[] unpriced = new long[1];
    LakeScan.scan(
        lake,
        GoldTables.FACT_EVENTS,
        List.of("price_max", "price_currency", "is_test"),
        r -> {
          if (Boolean.TRUE.equals(r.getBoolean("is_test"))) {
            return;
          }
          Double max = r.getDouble("price_max");
          if (max == null || max.isNaN() || max < 0) {
            unpriced[0]++;
            return;
          }
          prices.add(max);
          String currency = r.getString("price_currency");
          currencies.merge(currency == null ? "(none)" : currency, 1L, Long::sum);
        });
    return new PriceHistogram(
        PriceBuckets.of(prices), sortedByCount(currencies), prices.size(), unpriced[0]);
  }

  private static Map<String, Long> sortedByCount(Map<String, Long> counts) {
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** Segments shown at most; the rest are summed into "other". */
  static final int SEGMENTS = 10;

  static final String UNKNOWN_SEGMENT = "(unknown)";

  static Segments readSegments(Lake lake) throws Exception {
    Map<String, Long> counts = new HashMap<>();
    String source;
    if (LakeScan.exists(lake, GoldTables.FACT_EVENTS)
        && LakeScan.exists(lake, GoldTables.DIM_CLASSIFICATION)) {
      Map<Long, String> segmentOf = new HashMap<>();
      LakeScan.scan(
          lake,
          GoldTables.DIM_CLASSIFICATION,
          List.of("classification_sk", "segment_name"),
          r -> segmentOf.put(r.getInt64("classification_sk"), r.getString("segment_name")));
      LakeScan.scan(
          lake,
          GoldTables.FACT_EVENTS,
          List.of("classification_sk", "is_test"),
          r -> {
            if (!Boolean.TRUE.equals(r.getBoolean("is_test"))) {
              counts.merge(
                  segmentName(segmentOf.get(r.getInt64("classification_sk"))), 1L, Long::sum);
            }
          });
      source = "non-test events in gold.fact_events, by gold.dim_classification.segment_name";
    } else if (LakeScan.exists(lake, GoldTables.EVENT_DOCUMENTS)) {
      LakeScan.scan(
          lake,
          GoldTables.EVENT_DOCUMENTS,
          List.of("segment_name"),
          r -> counts.merge(segmentName(r.getString("segment_name")), 1L, Long::sum));
      source = "upcoming non-test events in gold.event_documents";
    } else {
      TableSpec missing =
          LakeScan.exists(lake, GoldTables.FACT_EVENTS)
              ? GoldTables.DIM_CLASSIFICATION
              : GoldTables.FACT_EVENTS;
      throw new Part.MissingTable(missing.qualifiedName());
    }
    List<SegmentBar> bars = new ArrayList<>();
    counts.forEach((k, v) -> bars.add(new SegmentBar(k, v)));
    bars.sort(
        Comparator.comparingLong(SegmentBar::events).reversed().thenComparing(SegmentBar::segment));
    long total = bars.stream().mapToLong(SegmentBar::events).sum();
    if (bars.size() > SEGMENTS) {
      long rest =
          bars.subList(SEGMENTS - 1, bars.size()).stream().mapToLong(SegmentBar::events).sum();
      List<SegmentBar> top = new ArrayList<>(bars.subList(0, SEGMENTS - 1));
      top.add(new SegmentBar("other (" + (bars.size() - SEGMENTS + 1) + " segments)", rest));
      return new Segments(top, source, total);
    }
    return new Segments(bars, source, total);
  }

  private static String segmentName(String name) {
    return name == null || name.isBlank() ? UNKNOWN_SEGMENT : name;
  }

  private static Instant instant(Row r, String field) {
    Object v = r.getValue(field);
    return v == null ? null : new Instant(((org.joda.time.ReadableInstant) v).getMillis());
  }
}
