package com.tixmaster.pipeline.config;

import com.tixmaster.pipeline.storage.Storage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.joda.time.Instant;

/**
 * The run's configuration: {@link TixMasterOptions} read once and validated into immutable values.
 * Every problem is reported as a {@link ConfigException} naming the option, before any graph is
 * built or anything is written.
 */
public final class RunConfig {
  /** The default stage list: every stage but ingest. */
  public static final List<Stage> DEFAULT_STAGES =
      List.of(
          Stage.BRONZE,
          Stage.SILVER,
          Stage.GOLD,
          Stage.SUMMARY,
          Stage.DOCUMENTS,
          Stage.QUALITY,
          Stage.PUBLISH);

  /** The shortest interval between progress lines: more often would only flood stderr. */
  private static final double MIN_PROGRESS_SECONDS = 0.1;

  private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final DateTimeFormatter RUN_ID_FORMAT =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final String landing;
  private final Path lakehouse;
  private final Set<Stage> stages;
  private final boolean stagesExplicit;
  private final String runId;
  private final Instant startedAt;
  private final Instant asOf;
  private final Severity failOnSeverity;
  private final int freshnessHours;
  private final String tableFormat;
  private final String catalog;
  private final String warehouse;
  private final String stagingDir;
  private final String runner;
  private final IngestSettings ingest;
  private final boolean localFastPath;
  private final int leaseSeconds;
  private final boolean storageLevelGiven;
  private final boolean quiet;
  private final java.time.Duration progressInterval;
  private final TixMasterOptions options;

  private RunConfig(Builder b) {
    this.landing = b.landing;
    this.lakehouse = b.lakehouse;
    this.stages = Set.copyOf(b.stages);
    this.stagesExplicit = b.stagesExplicit;
    this.runId = b.runId;
    this.startedAt = b.startedAt;
    this.asOf = b.asOf;
    this.failOnSeverity = b.failOnSeverity;
    this.freshnessHours = b.freshnessHours;
    this.tableFormat = b.tableFormat;
    this.catalog = b.catalog;
    this.warehouse = b.warehouse;
    this.stagingDir = b.stagingDir;
    this.runner = b.runner;
    this.ingest = b.ingest;
    this.localFastPath = b.localFastPath;
    this.leaseSeconds = b.leaseSeconds;
    this.storageLevelGiven = b.storageLevelGiven;
    this.quiet = b.quiet;
    this.progressInterval = b.progressInterval;
    this.options = b.options;
  }

  /**
   * Parses and validates the command line: Beam's options, then every rule of the run contract
   * (stages, the API key for ingestion, Delta on Spark only, the Spark storage level). {@code
   * environment} is where secrets come from; {@code now} is the run's start time.
   *
   * @throws ConfigException naming the option, before anything is written
   */
  public static RunConfig parse(String[] args, Map<String, String> environment, Instant now) {
    ArgList given = new ArgList(args);
    TixMasterOptions options;
    try {
      PipelineOptionsFactory.register(TixMasterOptions.class);
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(TixMasterOptions.class);
    } catch (IllegalArgumentException e) {
      throw ConfigException.fromBeam(e);
    }
    Builder b = validate(options, now);
    if (b.stages.contains(Stage.INGEST)) {
      ApiKey.from(environment);
    }
    if (b.tableFormat.equals("delta") && !b.runner.equals("SparkRunner")) {
      throw new ConfigException("tableFormat", "delta tables need --runner=SparkRunner");
    }
    b.storageLevelGiven = given.has("storageLevel");
    if (b.storageLevelGiven) {
      String level = storageLevelArgument(args);
      if (!SPARK_STORAGE_LEVELS.contains(level.toUpperCase(Locale.ROOT))) {
        // Beam would only fail at the first cached collection, halfway through bronze.
        throw new ConfigException(
            "storageLevel", "must be a Spark storage level such as DISK_ONLY or MEMORY_AND_DISK");
      }
    }
    b.localFastPath = options.getLocalFastPath() == null || options.getLocalFastPath();
    DirectRunnerTuning.apply(options, b.localFastPath, given);
    DistributedRunnerTuning.apply(options, options.getGroupingBuckets());
    b.options = options;
    return new RunConfig(b);
  }

  /** Spark's storage levels ({@code StorageLevel.fromString}), known here without Spark. */
  public static final Set<String> SPARK_STORAGE_LEVELS =
      Set.of(
          "NONE",
          "DISK_ONLY",
          "DISK_ONLY_2",
          "DISK_ONLY_3",
          "MEMORY_ONLY",
          "MEMORY_ONLY_2",
          "MEMORY_ONLY_SER",
          "MEMORY_ONLY_SER_2",
          "MEMORY_AND_DISK",
          "MEMORY_AND_DISK_2",
          "MEMORY_AND_DISK_SER",
          "MEMORY_AND_DISK_SER_2",
          "OFF_HEAP");

  private static String storageLevelArgument(String[] args) {
    String value = "";
    for (String a : args) {
      if (a.startsWith("--storageLevel=")) {
        value = a.substring("--storageLevel=".length()).trim();
      }
    }
    return value;
  }

  /** Validates {@code options} into the builder; {@code now} is the run's start time. */
  private static Builder validate(TixMasterOptions options, Instant now) {
    Builder b = new Builder();
    b.startedAt = now;
    b.runner = options.getRunner() == null ? "DirectRunner" : options.getRunner().getSimpleName();

    b.stagesExplicit = !blank(options.getStages());
    b.stages = parseStages(options.getStages());

    b.lakehouse = path("lakehouse", require("lakehouse", options.getLakehouse()));
    if (Files.exists(b.lakehouse) && !Files.isDirectory(b.lakehouse)) {
      throw new ConfigException("lakehouse", "not a folder: " + b.lakehouse);
    }
    b.landing = location("landing", require("landing", options.getLanding()));
    if (b.stages.contains(Stage.BRONZE)
        && !b.stages.contains(Stage.INGEST)
        && !isUri(b.landing)
        && !Files.isDirectory(Path.of(b.landing))) {
      throw new ConfigException("landing", "folder does not exist: " + b.landing);
    }

    b.runId = blank(options.getRunId()) ? RUN_ID_FORMAT.format(toJava(now)) : options.getRunId();
    if (!RUN_ID.matcher(b.runId).matches()) {
      throw new ConfigException(
          "runId",
          "must be 1-64 letters, digits, '_', '.' or '-', starting with a letter or digit");
    }
    b.asOf = blank(options.getAsOf()) ? now : parseInstant("asOf", options.getAsOf());
    b.failOnSeverity = parseSeverity(options.getFailOnSeverity());
    Integer freshness = options.getFreshnessHours();
    if (freshness == null || freshness < 1) {
      throw new ConfigException("freshnessHours", "must be a whole number of hours ≥ 1");
    }
    b.freshnessHours = freshness;

    b.tableFormat = require("tableFormat", options.getTableFormat()).toLowerCase(Locale.ROOT);
    if (!b.tableFormat.equals("parquet") && !b.tableFormat.equals("delta")) {
      throw new ConfigException(
          "tableFormat", "must be parquet or delta, not " + options.getTableFormat());
    }
    b.catalog = require("catalog", options.getCatalog());
    if (!b.catalog.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new ConfigException("catalog", "must be a SQL identifier");
    }
    b.warehouse = options.getWarehouse();
    Integer lease = options.getLeaseSeconds();
    if (lease == null || lease < 10) {
      throw new ConfigException("leaseSeconds", "must be a whole number of seconds ≥ 10");
    }
    b.leaseSeconds = lease;
    b.quiet = options.getQuiet() != null && options.getQuiet();
    Double progress = options.getProgressSeconds();
    if (progress == null || !(progress >= MIN_PROGRESS_SECONDS) || progress > 86_400) {
      throw new ConfigException("progressSeconds", "must be between 0.1 and 86400 seconds");
    }
    b.progressInterval = java.time.Duration.ofMillis(Math.round(progress * 1000));
    Integer buckets = options.getGroupingBuckets();
    if (buckets == null || buckets < 0 || buckets > DistributedRunnerTuning.MAX_BUCKETS) {
      throw new ConfigException(
          "groupingBuckets",
          "must be a whole number from 0 (Beam's groupings) to "
              + DistributedRunnerTuning.MAX_BUCKETS);
    }
    b.stagingDir =
        blank(options.getStagingDir())
            ? b.lakehouse.resolve("_staging").toString()
            : location("stagingDir", options.getStagingDir());
    checkFileSystems(b);

    b.ingest = IngestSettings.from(options, toJava(now).atZone(ZoneOffset.UTC).toLocalDate());
    checkWriteAuditPublish(b.stages);
    return b;
  }

  /**
   * Gold is published only after the audits of what this run staged pass. Within one process the
   * three go together: a list that stages gold and publishes it must audit it, and one that audits
   * staged gold must publish it. Nothing is added on the user's behalf. As separate processes (a
   * Databricks job's tasks, one stage each, sharing {@code --runId}) each may run alone: publish
   * then checks, when it runs, that this run's audits cover exactly what the run staged.
   */
  static void checkWriteAuditPublish(Set<Stage> stages) {
    boolean stagesGold = stages.stream().anyMatch(Stage::stagesGold);
    if (stagesGold && stages.contains(Stage.PUBLISH) && !stages.contains(Stage.QUALITY)) {
      throw new ConfigException(
          "stages",
          "missing 'quality': gold is published only after the audits pass; add quality (or run"
              + " it as its own step with the same --runId before publish)");
    }
    if (stagesGold && stages.contains(Stage.QUALITY) && !stages.contains(Stage.PUBLISH)) {
      throw new ConfigException(
          "stages",
          "missing 'publish': this list stages and audits gold but never publishes it; add"
              + " publish (or run it as its own step with the same --runId)");
    }
  }

  /** A URI with a scheme ({@code abfss://…}, {@code dbfs:/…}), as opposed to a local path. */
  public static boolean isUri(String location) {
    return Storage.isUri(location);
  }

  /** A URI as given, or a local path made absolute. */
  private static String location(String option, String value) {
    if (!isUri(value)) {
      return path(option, value).toString();
    }
    try {
      java.net.URI uri = new java.net.URI(value);
      if (uri.getPath() == null || uri.getPath().isEmpty()) {
        throw new ConfigException(option, "is a URI without a path: " + value);
      }
      return value;
    } catch (java.net.URISyntaxException e) {
      throw new ConfigException(option, "is not a valid URI: " + e.getReason());
    }
  }

  /**
   * Staging and landing may be URIs of a Hadoop file system (a Volume, object storage) only on the
   * Delta path, where Spark's Hadoop configuration reaches them, and both on one file system (Beam
   * registers one Hadoop file system per run). Ingestion writes a local or mounted folder.
   */
  private static void checkFileSystems(Builder b) {
    String scheme = null;
    for (String[] option : new String[][] {{"stagingDir", b.stagingDir}, {"landing", b.landing}}) {
      if (!isUri(option[1])) {
        continue;
      }
      if (!b.tableFormat.equals("delta")) {
        throw new ConfigException(
            option[0], "a URI needs --tableFormat=delta on Spark; the Parquet lake is local");
      }
      String s = java.net.URI.create(option[1]).getScheme().toLowerCase(Locale.ROOT);
      if (s.equals("file")) {
        continue;
      }
      if (scheme != null && !scheme.equals(s)) {
        throw new ConfigException(
            option[0], "must be on the same file system as --stagingDir (" + scheme + ":)");
      }
      scheme = s;
    }
    if (isUri(b.landing) && b.stages.contains(Stage.INGEST)) {
      throw new ConfigException(
          "landing", "stage 'ingest' writes to a local or mounted folder (/Volumes/…), not a URI");
    }
  }

  private static Path path(String option, String value) {
    try {
      return Path.of(value).toAbsolutePath().normalize();
    } catch (java.nio.file.InvalidPathException e) {
      throw new ConfigException(option, "is not a valid path: " + e.getReason());
    }
  }

  private static Set<Stage> parseStages(String value) {
    if (blank(value)) {
      return EnumSet.copyOf(DEFAULT_STAGES);
    }
    EnumSet<Stage> stages = EnumSet.noneOf(Stage.class);
    for (String part : value.split(",")) {
      String id = part.trim().toLowerCase(Locale.ROOT);
      if (id.isEmpty()) {
        continue;
      }
      if (id.equals("all")) {
        stages.addAll(EnumSet.allOf(Stage.class));
        continue;
      }
      stages.add(
          Stage.parse(id)
              .orElseThrow(
                  () ->
                      new ConfigException(
                          "stages",
                          "unknown stage '"
                              + part.trim()
                              + "'; use ingest, bronze, silver, gold, summary, documents,"
                              + " quality, publish or all")));
    }
    if (stages.isEmpty()) {
      throw new ConfigException("stages", "names no stage");
    }
    return stages;
  }

  private static Severity parseSeverity(String value) {
    try {
      return Severity.valueOf(require("failOnSeverity", value).trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          "failOnSeverity", "must be CRITICAL, HIGH, MEDIUM or LOW, not " + value);
    }
  }

  static Instant parseInstant(String option, String value) {
    String v = value.trim();
    try {
      if (v.matches("\\d{12,}")) {
        return new Instant(
            Long.parseLong(v)); // epoch milliseconds, e.g. {{job.start_time.timestamp_ms}}
      }
      if (v.length() == 10) {
        return new Instant(
            LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
      }
      if (!v.endsWith("Z") && !v.matches(".*[+-]\\d{2}:\\d{2}$")) {
        v = v + "Z"; // a local date-time without a zone is read as UTC
      }
      return new Instant(java.time.OffsetDateTime.parse(v).toInstant().toEpochMilli());
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
      throw new ConfigException(
          option,
          "must be an ISO instant (2026-11-26T00:00:00Z), a date (2026-11-26) or epoch"
              + " milliseconds, not "
              + value);
    }
  }

  static String require(String option, String value) {
    if (blank(value)) {
      throw new ConfigException(option, "must not be empty");
    }
    return value.trim();
  }

  static boolean blank(String value) {
    return value == null || value.trim().isEmpty();
  }

  static java.time.Instant toJava(Instant instant) {
    return java.time.Instant.ofEpochMilli(instant.getMillis());
  }

  /** The landing root: a local path, or on the Delta path a URI. */
  public String landing() {
    return landing;
  }

  public Path lakehouse() {
    return lakehouse;
  }

  /** The requested stages, in execution order. */
  public List<Stage> stages() {
    List<Stage> ordered = new ArrayList<>();
    for (Stage s : Stage.values()) {
      if (stages.contains(s)) {
        ordered.add(s);
      }
    }
    return ordered;
  }

  public boolean runs(Stage stage) {
    return stages.contains(stage);
  }

  /** False when the user left {@code --stages} at its default. */
  public boolean stagesExplicit() {
    return stagesExplicit;
  }

  public String runId() {
    return runId;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant asOf() {
    return asOf;
  }

  public Severity failOnSeverity() {
    return failOnSeverity;
  }

  public int freshnessHours() {
    return freshnessHours;
  }

  public String tableFormat() {
    return tableFormat;
  }

  public String catalog() {
    return catalog;
  }

  public String warehouse() {
    return warehouse;
  }

  /** The staging root: a local path, or on the Delta path a URI. */
  public String stagingDir() {
    return stagingDir;
  }

  public String runner() {
    return runner;
  }

  public IngestSettings ingest() {
    return ingest;
  }

  /** Whether the DirectRunner's in-memory speed choices are on ({@link DirectRunnerTuning}). */
  public boolean localFastPath() {
    return localFastPath;
  }

  /** How long a Delta lake's lease lasts without a heartbeat. */
  public java.time.Duration leaseTtl() {
    return java.time.Duration.ofSeconds(leaseSeconds);
  }

  /** Whether {@code --storageLevel} was given (else the Spark wiring picks one for the master). */
  public boolean storageLevelGiven() {
    return storageLevelGiven;
  }

  /** Whether the progress lines of running stages are off ({@code --quiet}). */
  public boolean quiet() {
    return quiet;
  }

  /** How often a running stage prints a progress line ({@code --progressSeconds}). */
  public java.time.Duration progressInterval() {
    return progressInterval;
  }

  /**
   * The Beam options the stages' pipelines are created with (runner settings). Stages never read
   * the pipeline's own options from here: they get this config's values.
   */
  public TixMasterOptions beamOptions() {
    return options;
  }

  /** The run's parameters as logged in {@code etl_log}: never a secret. */
  public Map<String, String> loggableParameters() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("landing", landing);
    p.put("lakehouse", lakehouse.toString());
    p.put("stages", String.join(",", stages().stream().map(Stage::id).toList()));
    p.put("asOf", toJava(asOf).toString());
    p.put("failOnSeverity", failOnSeverity.name());
    p.put("tableFormat", tableFormat);
    p.put("runner", runner);
    if (stages.contains(Stage.INGEST)) {
      p.putAll(ingest.loggableParameters());
    }
    return p;
  }

  /** Mutable holder used only while validating. */
  private static final class Builder {
    String landing;
    Path lakehouse;
    Set<Stage> stages;
    boolean stagesExplicit;
    String runId;
    Instant startedAt;
    Instant asOf;
    Severity failOnSeverity;
    int freshnessHours;
    String tableFormat;
    String catalog;
    String warehouse;
    String stagingDir;
    String runner;
    IngestSettings ingest;
    boolean localFastPath;
    boolean storageLevelGiven;
    int leaseSeconds;
    boolean quiet;
    java.time.Duration progressInterval;
    TixMasterOptions options;
  }

  /** Validated ingestion options. The API key is not here: it is read from the environment. */
  public static final class IngestSettings {
    private final String apiBaseUrl;
    private final String countryCode;
    private final LocalDate startDate;
    private final LocalDate endDate;
    private final String segmentId;
    private final int pageSize;
    private final int maxRequests;
    private final double requestsPerSecond;

    private IngestSettings(
        String apiBaseUrl,
        String countryCode,
        LocalDate startDate,
        LocalDate endDate,
        String segmentId,
        int pageSize,
        int maxRequests,
        double requestsPerSecond) {
      this.apiBaseUrl = apiBaseUrl;
      this.countryCode = countryCode;
      this.startDate = startDate;
      this.endDate = endDate;
      this.segmentId = segmentId;
      this.pageSize = pageSize;
      this.maxRequests = maxRequests;
      this.requestsPerSecond = requestsPerSecond;
    }

    static IngestSettings from(TixMasterOptions o, LocalDate today) {
      String base = require("apiBaseUrl", o.getApiBaseUrl()).trim();
      // The value is never echoed: a mistyped URL may carry the key.
      okhttp3.HttpUrl url = okhttp3.HttpUrl.parse(base);
      if (url == null) {
        throw new ConfigException("apiBaseUrl", "must be an http(s) URL");
      }
      if (url.query() != null
          || url.fragment() != null
          || !url.username().isEmpty()
          || !url.password().isEmpty()
          || base.toLowerCase(Locale.ROOT).contains("apikey")) {
        // Any query, fragment, user info or "apikey" (a ;apikey= path parameter) could carry a
        // key, and the URL is logged with the run's parameters.
        throw new ConfigException(
            "apiBaseUrl",
            "must be a plain URL with no query, fragment, user info or key;"
                + " set TICKETMASTER_API_KEY for the key");
      }
      base = url.toString(); // what is used and logged: the parsed, normalised URL
      String country =
          blank(o.getCountryCode()) ? "" : o.getCountryCode().trim().toUpperCase(Locale.ROOT);
      if (!country.isEmpty() && !COUNTRY.matcher(country).matches()) {
        throw new ConfigException("countryCode", "must be an ISO 3166 alpha-2 code such as US");
      }
      LocalDate start = blank(o.getStartDate()) ? today : parseDate("startDate", o.getStartDate());
      LocalDate end =
          blank(o.getEndDate()) ? start.plusDays(365) : parseDate("endDate", o.getEndDate());
      if (end.isBefore(start)) {
        throw new ConfigException("endDate", "must not be before --startDate");
      }
      Integer size = o.getPageSize();
      if (size == null || size < 1 || size > 200) {
        throw new ConfigException("pageSize", "must be between 1 and 200 (the API's limit)");
      }
      Integer max = o.getMaxRequests();
      if (max == null || max < 1) {
        throw new ConfigException("maxRequests", "must be ≥ 1");
      }
      Double rps = o.getRequestsPerSecond();
      if (rps == null || !(rps > 0) || rps > 50) {
        throw new ConfigException("requestsPerSecond", "must be > 0 and ≤ 50");
      }
      String segment = blank(o.getSegmentId()) ? "" : o.getSegmentId().trim();
      return new IngestSettings(base, country, start, end, segment, size, max, rps);
    }

    private static LocalDate parseDate(String option, String value) {
      try {
        return LocalDate.parse(value.trim());
      } catch (DateTimeParseException e) {
        throw new ConfigException(option, "must be a date yyyy-MM-dd, not " + value);
      }
    }

    public String apiBaseUrl() {
      return apiBaseUrl;
    }

    public String countryCode() {
      return countryCode;
    }

    public LocalDate startDate() {
      return startDate;
    }

    public LocalDate endDate() {
      return endDate;
    }

    public String segmentId() {
      return segmentId;
    }

    public int pageSize() {
      return pageSize;
    }

    public int maxRequests() {
      return maxRequests;
    }

    public double requestsPerSecond() {
      return requestsPerSecond;
    }

    Map<String, String> loggableParameters() {
      Map<String, String> p = new LinkedHashMap<>();
      p.put("apiBaseUrl", apiBaseUrl);
      p.put("countryCode", countryCode);
      p.put("startDate", startDate.toString());
      p.put("endDate", endDate.toString());
      p.put("segmentId", segmentId);
      p.put("pageSize", Integer.toString(pageSize));
      p.put("maxRequests", Integer.toString(maxRequests));
      p.put("requestsPerSecond", Double.toString(requestsPerSecond));
      return p;
    }
  }
}
