package com.tixmaster.transforms.silver;

import static com.tixmaster.transforms.silver.SilverFixtures.venueRow;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.tixmaster.schemas.silver.SilverLineage;
import com.tixmaster.schemas.silver.VenueRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.Test;

/** The dedup order itself: each tie-break, and a winner independent of input order. */
public class ObservationOrderTest {
  private static final String S = SilverLineage.STANDALONE;
  private static final String E = SilverLineage.EMBEDDED;

  private static int cmp(VenueRow a, boolean ac, VenueRow b, boolean bc) {
    return ObservationOrder.compare(a, ac, b, bc, null);
  }

  @Test
  public void eachTieBreakInOrder() {
    VenueRow base = venueRow("V", "x", "events/b.json", 5, 100, E, "r");
    // newer ingestion wins, whatever the rest
    assertTrue(cmp(venueRow("V", "x", "a.json", 0, 101, E, "r"), false, base, true) < 0);
    // then the greater source file
    assertTrue(cmp(venueRow("V", "x", "events/c.json", 0, 100, E, "r"), false, base, true) < 0);
    // then the greater record index
    assertTrue(cmp(venueRow("V", "x", "events/b.json", 6, 100, E, "r"), false, base, true) < 0);
    // then standalone over embedded
    assertTrue(cmp(venueRow("V", "x", "events/b.json", 5, 100, S, "r"), false, base, true) < 0);
    // then the current row over a replay of the same observation
    assertTrue(cmp(base, true, venueRow("V", "y", "events/b.json", 5, 100, E, "r2"), false) < 0);
    // finally the content, so that identical lineage still has one winner
    VenueRow a = venueRow("V", "a", "events/b.json", 5, 100, E, "r");
    VenueRow b = venueRow("V", "b", "events/b.json", 5, 100, E, "r");
    assertTrue(cmp(a, false, b, false) < 0);
    assertTrue(cmp(b, false, a, false) > 0);
    assertEquals(0, cmp(a, false, a, false));
  }

  @Test
  public void theWinnerDoesNotDependOnInputOrder() {
    List<VenueRow> rows = new ArrayList<>();
    rows.add(venueRow("V", "old-standalone", "venues/2023.json", 9, 100, S, "r"));
    rows.add(venueRow("V", "newer-embedded", "events/2023.json", 1, 200, E, "r"));
    rows.add(venueRow("V", "same-time-b", "events/2023.json", 2, 200, E, "r"));
    rows.add(venueRow("V", "same-time-a", "events/2023.json", 2, 200, E, "r"));
    rows.add(venueRow("V", "older", "events/2024.json", 0, 50, S, "r"));
    for (int round = 0; round < 50; round++) {
      Collections.shuffle(rows, new java.util.Random(round));
      VenueRow best = null;
      for (VenueRow r : rows) {
        if (best == null || cmp(r, false, best, false) < 0) {
          best = r;
        }
      }
      assertEquals("same-time-a", best.getVenueName());
    }
  }
}
