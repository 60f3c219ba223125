package com.tixmaster.pipeline.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Compact notes for the run report. */
final class StageNotes {
  private StageNotes() {}

  /**
   * The non-zero counters under each prefix, by reason: {@code "files: empty_file × 1, invalid_json
   * × 2; records: not_an_object × 5"}. A prefix's label is the word before its first {@code _}
   * ("file_rejected_" → files, "rejected_embedded_" → embedded, "rejected_" → records). A counter
   * is counted under the longest prefix it has. Empty when nothing was rejected.
   */
  static String byReason(Map<String, Long> counters, String... prefixes) {
    List<String> groups = new ArrayList<>();
    for (String prefix : prefixes) {
      Map<String, Long> reasons = new TreeMap<>();
      for (Map.Entry<String, Long> c : counters.entrySet()) {
        if (c.getValue() > 0
            && c.getKey().startsWith(prefix)
            && longestPrefix(c.getKey(), prefixes).equals(prefix)) {
          reasons.put(c.getKey().substring(prefix.length()), c.getValue());
        }
      }
      if (!reasons.isEmpty()) {
        List<String> parts = new ArrayList<>();
        reasons.forEach((reason, n) -> parts.add(reason + " × " + n));
        groups.add(label(prefix) + ": " + String.join(", ", parts));
      }
    }
    return String.join("; ", groups);
  }

  private static String longestPrefix(String name, String... prefixes) {
    String best = "";
    for (String p : prefixes) {
      if (name.startsWith(p) && p.length() > best.length()) {
        best = p;
      }
    }
    return best;
  }

  private static String label(String prefix) {
    if (prefix.startsWith("file")) {
      return "files";
    }
    return prefix.contains("embedded") ? "embedded copies" : "records";
  }
}
