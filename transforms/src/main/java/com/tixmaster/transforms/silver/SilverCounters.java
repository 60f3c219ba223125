package com.tixmaster.transforms.silver;

import com.tixmaster.transforms.json.ParseCounters;
import com.tixmaster.transforms.json.ReasonCodes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * The Beam counters of the silver stage, all in namespace {@link #NAMESPACE}: one per rejection
 * ({@code rejected_<reason_code>} for records, {@code rejected_embedded_<reason_code>} for copies
 * embedded in other records) and one per parse quirk ({@link ParseCounters}). {@link #ALL} lists
 * every name, for the run report.
 */
public final class SilverCounters {
  public static final String NAMESPACE = "silver";

  /**
   * A parser threw (a bug): the record went to _rejected as unparseable_payload. Kept at zero by
   * tests.
   */
  public static final String PARSER_FAILED = "parser_failed";

  /** Every counter name the silver stage can raise, sorted. */
  public static final List<String> ALL = collect();

  private SilverCounters() {}

  /** The counter of a rejection with that reason code and origin. */
  public static String rejected(String reasonCode, boolean embedded) {
    return (embedded ? "rejected_embedded_" : "rejected_") + reasonCode;
  }

  static Counter counter(String name) {
    return Metrics.counter(NAMESPACE, name);
  }

  private static List<String> collect() {
    TreeSet<String> names = new TreeSet<>(ParseCounters.ALL);
    for (String code : ReasonCodes.ALL) {
      names.add(rejected(code, false));
      names.add(rejected(code, true));
    }
    names.add(PARSER_FAILED);
    return Collections.unmodifiableList(new ArrayList<>(names));
  }
}
