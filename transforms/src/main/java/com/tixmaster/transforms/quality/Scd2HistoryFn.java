package com.tixmaster.transforms.quality;

import com.tixmaster.transforms.quality.QualityChecks.Scd2Dimension;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.Row;
import org.joda.time.Instant;

/**
 * Checks the versions of one natural key of an SCD2 dimension: exactly one current row, no
 * overlapping {@code [valid_from, valid_to)} intervals, valid_to null exactly when is_current. A
 * broken history is one violation {@code KV<"<dimension> <problems>", "<dimension>:<natural
 * key>">}.
 *
 * <p>Versions are ordered by valid_from (nulls first), then surrogate key; two intervals overlap
 * when the earlier is open (valid_to null) or ends after the later starts. Comparing neighbours is
 * enough: if any two versions overlap, some neighbouring pair does.
 */
final class Scd2HistoryFn extends DoFn<KV<String, Iterable<Row>>, KV<String, String>> {
  static final String NO_CURRENT = "no current row";
  static final String SEVERAL_CURRENT = "several current rows";
  static final String OVERLAP = "overlapping validity";
  static final String MISMATCH = "valid_to/is_current mismatch";

  private final Scd2Dimension dimension;

  Scd2HistoryFn(Scd2Dimension dimension) {
    this.dimension = dimension;
  }

  /** One version's validity. */
  static final class Version {
    final Long sk;
    final Instant from;
    final Instant to;
    final boolean current;

    Version(Long sk, Instant from, Instant to, boolean current) {
      this.sk = sk;
      this.from = from;
      this.to = to;
      this.current = current;
    }
  }

  @ProcessElement
  public void process(
      @Element KV<String, Iterable<Row>> versionsOfKey, OutputReceiver<KV<String, String>> out) {
    List<Version> versions = new ArrayList<>();
    for (Row row : versionsOfKey.getValue()) {
      Double sk = Values.number(row, dimension.surrogateKey());
      versions.add(
          new Version(
              sk == null ? null : sk.longValue(),
              Values.instant(row, "valid_from"),
              Values.instant(row, "valid_to"),
              Values.isTrue(row, "is_current")));
    }
    List<String> problems = problems(versions);
    if (!problems.isEmpty()) {
      out.output(
          Violations.of(
              dimension.shortName() + " " + String.join(" + ", problems),
              dimension.shortName() + ":" + versionsOfKey.getKey()));
    }
  }

  /** The problems of one key's history, in a fixed order; empty when it is sound. */
  static List<String> problems(List<Version> versions) {
    List<String> problems = new ArrayList<>();
    long current = versions.stream().filter(v -> v.current).count();
    if (current == 0) {
      problems.add(NO_CURRENT);
    } else if (current > 1) {
      problems.add(SEVERAL_CURRENT);
    }
    List<Version> ordered = new ArrayList<>(versions);
    ordered.sort(
        Comparator.comparing(
                (Version v) -> v.from, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(v -> v.sk, Comparator.nullsFirst(Comparator.naturalOrder())));
    for (int i = 1; i < ordered.size(); i++) {
      Version previous = ordered.get(i - 1);
      Version next = ordered.get(i);
      if (previous.to == null || (next.from != null && previous.to.isAfter(next.from))) {
        problems.add(OVERLAP);
        break;
      }
    }
    if (versions.stream().anyMatch(v -> (v.to == null) != v.current)) {
      problems.add(MISMATCH);
    }
    return problems;
  }
}
