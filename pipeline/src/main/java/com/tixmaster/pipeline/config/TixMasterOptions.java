package com.tixmaster.pipeline.config;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Every option of the run contract ({@code run-contract.md}). Read once by {@link RunConfig#from},
 * which validates them into immutable values; no stage reads these directly.
 */
public interface TixMasterOptions extends PipelineOptions {

  @Description("Landing root (entity/YYYY/MM/DD/*.json). Default: the bundled fixtures.")
  @Default.String("scripts/fixtures/landing")
  String getLanding();

  void setLanding(String value);

  @Description("Root of the local lake: <lakehouse>/<schema>/<table>/*.parquet.")
  @Default.String("lakehouse")
  String getLakehouse();

  void setLakehouse(String value);

  @Description(
      "Comma list of stages: ingest, bronze, silver, gold, summary, documents, quality, publish;"
          + " or all (all eight). They run in that order. Default (empty): all but ingest.")
  @Default.String("")
  String getStages();

  void setStages(String value);

  @Description("Names the run in lineage, etl_log and reports. Default: the start time, UTC.")
  @Default.String("")
  String getRunId();

  void setRunId(String value);

  @Description(
      "Effective time of SCD2 changes and of 'upcoming' (ISO-8601 instant or date). Default: now.")
  @Default.String("")
  String getAsOf();

  void setAsOf(String value);

  @Description("Lowest audit severity that blocks publishing gold: CRITICAL, HIGH, MEDIUM or LOW.")
  @Default.String("HIGH")
  String getFailOnSeverity();

  void setFailOnSeverity(String value);

  @Description("Hours after which the newest data is stale for the freshness audit.")
  @Default.Integer(48)
  Integer getFreshnessHours();

  void setFreshnessHours(Integer value);

  @Description("Table format: parquet (the local lake) or delta (Spark SQL tables).")
  @Default.String("parquet")
  String getTableFormat();

  void setTableFormat(String value);

  @Description("Catalog of the Delta tables (with --tableFormat=delta).")
  @Default.String("ticket_master")
  String getCatalog();

  void setCatalog(String value);

  @Description("Spark warehouse folder for local Delta tables (with --tableFormat=delta).")
  @Default.String("")
  String getWarehouse();

  void setWarehouse(String value);

  @Description(
      "Delta lakes: seconds the run's lease (the single-writer lock, a row in gold._run_lease)"
          + " lasts without a heartbeat; a run killed -9 holds the lake this long.")
  @Default.Integer(600)
  Integer getLeaseSeconds();

  void setLeaseSeconds(Integer value);

  @Description("Run-scoped staging folder. Default: <lakehouse>/_staging.")
  @Default.String("")
  String getStagingDir();

  void setStagingDir(String value);

  @Description(
      "DirectRunner only: group keys in memory, passing chunks by reference, and skip the"
          + " runner's immutability and encodability checks (about twice as fast). false: plain"
          + " Beam, as every other runner gets.")
  @Default.Boolean(true)
  Boolean getLocalFastPath();

  void setLocalFastPath(Boolean value);

  @Description(
      "Every runner but the DirectRunner: group keys through this many hash buckets, each"
          + " bundle's elements of a bucket shuffled as a few encoded chunks instead of one record"
          + " per element (Beam's SparkRunner pays per shuffled element). 0 = Beam's own per-key"
          + " groupings. A bucket is split into its keys in memory, so it must stay small next to"
          + " an executor's heap: raise it for landings much larger than 1M events.")
  @Default.Integer(512)
  Integer getGroupingBuckets();

  void setGroupingBuckets(Integer value);

  @Description(
      "No progress lines: by default a running stage prints one to stderr every"
          + " --progressSeconds (stage, elapsed time, Beam's counters so far).")
  @Default.Boolean(false)
  Boolean getQuiet();

  void setQuiet(Boolean value);

  @Description("Seconds between a running stage's progress lines on stderr (decimals allowed).")
  @Default.Double(10.0)
  Double getProgressSeconds();

  void setProgressSeconds(Double value);

  // ---- ingestion (stage 'ingest'); the API key comes from TICKETMASTER_API_KEY only ----

  @Description("Discovery API base URL; tests point it at a local server.")
  @Default.String("https://app.ticketmaster.com/discovery/v2/")
  String getApiBaseUrl();

  void setApiBaseUrl(String value);

  @Description("ISO 3166 alpha-2 country filter for ingestion, e.g. US. Empty: all countries.")
  @Default.String("")
  String getCountryCode();

  void setCountryCode(String value);

  @Description("First event date to ingest (yyyy-MM-dd). Default: today.")
  @Default.String("")
  String getStartDate();

  void setStartDate(String value);

  @Description("Last event date to ingest (yyyy-MM-dd). Default: start date + 365 days.")
  @Default.String("")
  String getEndDate();

  void setEndDate(String value);

  @Description("Classification segment id filter for ingestion. Empty: all segments.")
  @Default.String("")
  String getSegmentId();

  void setSegmentId(String value);

  @Description("API page size, 1..200.")
  @Default.Integer(200)
  Integer getPageSize();

  void setPageSize(Integer value);

  @Description("Most API requests one run may make.")
  @Default.Integer(4500)
  Integer getMaxRequests();

  void setMaxRequests(Integer value);

  @Description("Most API requests per second, across all threads.")
  @Default.Double(5.0)
  Double getRequestsPerSecond();

  void setRequestsPerSecond(Double value);
}
