package com.tixmaster.transforms.gold;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.beam.sdk.transforms.SerializableFunction;

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
}
