package com.tixmaster.transforms.bronze;

/** Names of the bronze stage's Beam metrics, read back by the run report. */
public final class BronzeMetrics {
  public static final String NAMESPACE = "bronze";
  public static final String FILES_LOADED = "files_loaded";
  public static final String FILES_REJECTED = "files_rejected";
  public static final String RECORDS_LOADED = "records_loaded";
  public static final String RECORDS_REJECTED = "records_rejected";
  public static final String NEW_FIELD_PATHS = "new_field_paths";

  private BronzeMetrics() {}
}
