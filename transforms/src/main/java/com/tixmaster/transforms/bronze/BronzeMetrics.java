package com.tixmaster.transforms.bronze;

/** Names of the bronze stage's Beam metrics, read back by the run report. */
public final class BronzeMetrics {
  public static final String NAMESPACE = "bronze";
  public static final String FILES_LOADED = "files_loaded";
  public static final String FILES_REJECTED = "files_rejected";
  public static final String RECORDS_LOADED = "records_loaded";
  public static final String RECORDS_REJECTED = "records_rejected";
  public static final String NEW_FIELD_PATHS = "new_field_paths";

  /** Prefix of the per-reason counters of rejected files: {@code file_rejected_<reason>}. */
  public static final String FILE_REJECTED_PREFIX = "file_rejected_";

  /**
   * Prefix of the per-reason counters of rejected records: {@code record_rejected_<reason_code>}.
   */
  public static final String RECORD_REJECTED_PREFIX = "record_rejected_";

  /** Reason codes of rejected files (the {@code error} column of {@code _files} says more). */
  public static final String FILE_NOT_IN_LAYOUT = "not_in_layout";

  public static final String FILE_EMPTY = "empty_file";
  public static final String FILE_NOT_JSON = "not_json";
  public static final String FILE_NO_RECORDS_ARRAY = "no_records_array";
  public static final String FILE_TOO_LARGE = "too_large";
  public static final String FILE_INVALID_JSON = "invalid_json";

  private BronzeMetrics() {}
}
