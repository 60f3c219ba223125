package com.tixmaster.pipeline.report;

import com.tixmaster.pipeline.lake.ParquetLake;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.bronze.FileEntry;
import com.tixmaster.schemas.bronze.RejectedRecord;
import com.tixmaster.schemas.bronze.SchemaField;
import com.tixmaster.schemas.gold.DataQualityResult;
import com.tixmaster.schemas.gold.DimClassification;
import com.tixmaster.schemas.gold.EtlLogEntry;
import com.tixmaster.schemas.gold.EventDocument;
import com.tixmaster.schemas.gold.FactEvent;
import com.tixmaster.schemas.gold.GoldRejectedRow;
import com.tixmaster.schemas.gold.MonthlyEventSummary;
import com.tixmaster.schemas.silver.RejectedRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.values.Row;
import org.joda.time.Instant;

/** A local lake in a temporary folder, filled through the real staging and commit path. */
final class TestLake {
  static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
  private static final SchemaRegistry SCHEMAS = SchemaRegistry.createDefault();

  final Path root;
  final ParquetLake lake;

  TestLake(Path root) {
    this.root = root;
    this.lake = new ParquetLake(root, root.resolve("_staging"));
  }

  Path reports() {
    return HtmlReport.reportsDir(root);
  }

  /** Stages the typed rows of one table and commits them as {@code runId}. */
  @SafeVarargs
  final <T> TestLake commit(String runId, TableSpec table, T... rows) throws IOException {
    return commit(runId, table, List.of(rows));
  }

  @SuppressWarnings("unchecked")
  <T> TestLake commit(String runId, TableSpec table, List<T> rows) throws IOException {
    List<Row> beamRows = new ArrayList<>();
    try {
      for (T row : rows) {
        beamRows.add(SCHEMAS.getToRowFunction((Class<T>) table.rowType()).apply(row));
      }
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(e);
    }
    if (table.writeMode() == TableSpec.WriteMode.REPLACE) {
      // The audit tables are rewritten whole by each run, keeping earlier runs' rows, as the
      // pipeline does.
      beamRows.addAll(lake.readRows(table));
    }
    lake.stageRows(runId, table, beamRows);
    lake.commit(runId, "test-" + table.name(), List.of(table));
    return this;
  }

  // ---- row factories
  // -----------------------------------------------------------------------------

  static EtlLogEntry stage(
      String runId,
      String stage,
      String status,
      Instant start,
      double seconds,
      long in,
      long out,
      long rejected,
      String error) {
    return EtlLogEntry.builder()
        .setRunId(runId)
        .setStage(stage)
        .setStartedAt(start)
        .setEndedAt(start.plus((long) (seconds * 1000)))
        .setStatus(status)
        .setRowsIn(in)
        .setRowsOut(out)
        .setRowsRejected(rejected)
        .setParameters("{\"stages\":\"all\",\"landing\":\"/data/landing\"}")
        .setErrorMessage(error)
        .setRunner("DirectRunner")
        .build();
  }

  static DataQualityResult audit(
      String runId,
      String check,
      String table,
      String severity,
      String status,
      long affected,
      String details,
      String sample) {
    return DataQualityResult.builder()
        .setRunId(runId)
        .setCheckName(check)
        .setTableName(table)
        .setSeverity(severity)
        .setStatus(status)
        .setRecordsAffected(affected)
        .setThreshold(check.equals("bronze_silver_reconciliation") ? 5.0 : null)
        .setDetails(details)
        .setSampleKeys(sample)
        .setCheckedAt(T0)
        .build();
  }

  static RejectedRow silverReject(
      String runId, String entity, String recordId, String reason, String detail) {
    return RejectedRow.builder()
        .setEntity(entity)
        .setRecordId(recordId)
        .setReasonCode(reason)
        .setReasonDetail(detail)
        .setPayload("{\"id\":\"" + recordId + "\",\"secret\":\"payload-is-never-shown\"}")
        .setSourceFile("events/2025/03/01/events_20250301_100000.json")
        .setRecordIndex(7)
        .setOrigin("standalone")
        .setRunId(runId)
        .setIngestionTimestamp(T0)
        .build();
  }

  static GoldRejectedRow goldReject(
      String runId, String stage, String entity, String recordId, String reason, int n) {
    return GoldRejectedRow.builder()
        .setEntity(entity)
        .setRecordId(recordId)
        .setReasonCode(reason)
        .setReasonDetail(entity + " row " + recordId + ": " + reason)
        .setPayload("{\"id\":\"" + recordId + "\",\"secret\":\"payload-is-never-shown\"}")
        .setSourceFile("events/2025/03/01/events_20250301_100000.json")
        .setStage(stage)
        .setRejectionId("%064x-%d".formatted(n, 1))
        .setRunId(runId)
        .build();
  }

  static RejectedRecord bronzeReject(
      String runId, String entity, String reason, String file, long index) {
    return RejectedRecord.builder()
        .setEntity(entity)
        .setReasonCode(reason)
        .setReasonDetail("record is a JSON array, not an object")
        .setPayload("[1,2]")
        .setSourceFile(file)
        .setRecordIndex(index)
        .setIngestionTimestamp(T0)
        .setRunId(runId)
        .build();
  }

  static FileEntry file(String runId, String path, String status, String error) {
    return FileEntry.builder()
        .setPath(path)
        .setEntity(path.substring(0, path.indexOf('/')))
        .setSize(1234)
        .setSha256("00ff")
        .setRecords(status.equals(FileEntry.LOADED) ? 20 : 0)
        .setShape(status.equals(FileEntry.LOADED) ? "page" : "unknown")
        .setRunId(runId)
        .setStatus(status)
        .setError(error)
        .setReadAt(T0)
        .build();
  }

  static SchemaField field(
      String entity, String path, String type, String firstRun, String lastRun) {
    return SchemaField.of(entity, path, type, firstRun, lastRun);
  }

  static MonthlyEventSummary month(String runId, int year, int month, long events) {
    return MonthlyEventSummary.builder()
        .setReportYear(year)
        .setReportMonth(month)
        .setTotalEvents(events)
        .setTotalVenues(events / 2)
        .setTotalAttractions(events / 3)
        .setEstimatedRevenue(events * 80.0)
        .setAvgTicketPrice(80.0)
        .setAvgPriceMin(40.0)
        .setTopVenue("Red Rocks")
        .setTopAttraction("The Band")
        .setWeekendEventPct(30)
        .setCancelledEvents(0)
        .setPostponedEvents(0)
        .setRescheduledEvents(0)
        .setPricedEventPct(75)
        .setRunId(runId)
        .setComputedAt(T0)
        .build();
  }

  static FactEvent fact(
      String runId,
      long sk,
      String name,
      Double priceMax,
      String currency,
      boolean test,
      long classificationSk) {
    return FactEvent.builder()
        .setEventSk(sk)
        .setEventId("E" + sk)
        .setEventName(name)
        .setDateKey(20250315)
        .setVenueSk(1)
        .setAttractionSk(1)
        .setClassificationSk(classificationSk)
        .setMarketSk(-1)
        .setPriceMin(priceMax == null ? null : priceMax / 2)
        .setPriceMax(priceMax)
        .setPriceCurrency(currency)
        .setVenueCount(1)
        .setAttractionCount(1)
        .setDaysOnSale(null)
        .setStatusCode("onsale")
        .setEventDatetimeUtc(T0)
        .setSalesPublicStartUtc(null)
        .setIsTest(test)
        .setRunId(runId)
        .build();
  }

  static DimClassification classification(long sk, String segment) {
    return DimClassification.builder()
        .setClassificationSk(sk)
        .setClassificationId(sk < 0 ? "-1" : "C" + sk)
        .setSegmentId(null)
        .setSegmentName(segment)
        .setGenreId(null)
        .setGenreName(null)
        .setSubgenreId(null)
        .setSubgenreName(null)
        .setTypeId(null)
        .setTypeName(null)
        .setSubtypeId(null)
        .setSubtypeName(null)
        .setIsFamily(null)
        .build();
  }

  static EventDocument document(String runId, String id, String segment) {
    return EventDocument.builder()
        .setEventId(id)
        .setEventText("An event")
        .setEventName("An event")
        .setEventDate("2025-04-01")
        .setEventLocalTime(null)
        .setEventDatetimeUtc(null)
        .setCity(null)
        .setState(null)
        .setCountry(null)
        .setSegmentName(segment)
        .setGenreName(null)
        .setSubgenreName(null)
        .setPriceMin(null)
        .setPriceMax(null)
        .setPriceCurrency(null)
        .setVenueName(null)
        .setAttractionName(null)
        .setStatusCode(null)
        .setEventUrl(null)
        .setRunId(runId)
        .build();
  }
}
