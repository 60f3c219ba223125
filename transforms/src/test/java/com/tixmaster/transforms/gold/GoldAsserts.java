package com.tixmaster.transforms.gold;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tixmaster.schemas.gold.GoldRejectedRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/** Serializable PAssert checks for typed rows (AutoValue rows are compared by their text). */
public final class GoldAsserts {
  private GoldAsserts() {}

  /** Sorted {@code toString()}s: a complete, order-free fingerprint of a table. */
  public static <T> List<String> fingerprint(Iterable<T> rows) {
    List<String> list = new ArrayList<>();
    rows.forEach(r -> list.add(String.valueOf(r)));
    Collections.sort(list);
    return list;
  }

  /** The PCollection holds exactly {@code expected} (same multiset of rows). */
  public static <T> SerializableFunction<Iterable<T>, Void> sameRowsAs(List<T> expected) {
    ArrayList<String> want = new ArrayList<>(fingerprint(expected));
    return actual -> {
      List<String> got = fingerprint(actual);
      if (!want.equals(got)) {
        List<String> missing =
            want.stream().filter(w -> !got.contains(w)).collect(Collectors.toList());
        List<String> extra =
            got.stream().filter(g -> !want.contains(g)).collect(Collectors.toList());
        assertEquals("missing " + missing + "\nextra " + extra, want, got);
      }
      return null;
    };
  }

  /** One line per dead letter, {@code "entity reason_code record_id"}, for exact assertions. */
  public static PCollection<String> deadLetterLines(
      String name, PCollection<GoldRejectedRow> rejected) {
    return rejected.apply(
        name,
        MapElements.into(TypeDescriptors.strings())
            .via(
                (GoldRejectedRow r) ->
                    r.getEntity() + " " + r.getReasonCode() + " " + r.getRecordId()));
  }

  /**
   * Every dead letter names {@code stage} and {@code runId}, has a reason code of {@link
   * GoldReasons}, a unique {@code <sha-256>-<n>} id and its row as a JSON object whose key columns
   * match {@code record_id}.
   */
  public static SerializableFunction<Iterable<GoldRejectedRow>, Void> wellFormed(
      String stage, String runId) {
    return rows -> {
      ObjectMapper json = new ObjectMapper();
      Set<String> ids = new HashSet<>();
      for (GoldRejectedRow r : rows) {
        assertEquals(r.toString(), stage, r.getStage());
        assertEquals(r.toString(), runId, r.getRunId());
        assertTrue(r.toString(), GoldReasons.ALL.contains(r.getReasonCode()));
        assertTrue(r.toString(), r.getRejectionId().matches("[0-9a-f]{64}-[1-9][0-9]*"));
        assertTrue("unique id " + r, ids.add(r.getRejectionId()));
        assertTrue(r.toString(), !r.getReasonDetail().isBlank());
        try {
          JsonNode payload = json.readTree(r.getPayload());
          assertTrue(r.getPayload(), payload.isObject());
        } catch (java.io.IOException e) {
          throw new AssertionError("payload is not JSON: " + r.getPayload(), e);
        }
      }
      return null;
    };
  }
}
