package com.tixmaster.transforms.silver;

import static com.tixmaster.transforms.silver.SilverFixtures.venueMarketRow;
import static com.tixmaster.transforms.silver.SilverFixtures.venueRow;
import static org.junit.Assert.assertEquals;

import com.tixmaster.schemas.silver.AccountingRow;
import com.tixmaster.schemas.silver.SilverLineage;
import com.tixmaster.schemas.silver.VenueMarketRow;
import com.tixmaster.schemas.silver.VenueRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.Test;

/** The per-bundle pre-merge keeps what MergeLatest would pick, its children, and the counts. */
public class BundleWinnersTest {
  private static final String S = SilverLineage.STANDALONE;
  private static final String E = SilverLineage.EMBEDDED;

  private static final class Flushed {
    final List<VenueRow> venues = new ArrayList<>();
    final List<VenueMarketRow> links = new ArrayList<>();
    final List<AccountingRow> tallies = new ArrayList<>();
  }

  private static Flushed flush(BundleWinners winners) {
    Flushed f = new Flushed();
    winners.flush(
        e -> {}, c -> {}, f.venues::add, m -> {}, f.links::add, a -> {}, c -> {}, f.tallies::add);
    return f;
  }

  @Test
  public void keepsEachKeysWinnerAndItsChildrenAndCountsTheRest() {
    VenueRow idx1 = venueRow("V4", "v4-idx1", "x/f.json", 1, 300, S, "run-2");
    VenueRow idx2Embedded = venueRow("V4", "v4-idx2-embedded", "x/f.json", 2, 300, E, "run-2");
    VenueRow idx2Standalone = venueRow("V4", "v4-idx2-standalone", "x/f.json", 2, 300, S, "run-2");
    VenueRow other = venueRow("V5", "v5", "x/g.json", 0, 100, E, "run-2");
    BundleWinners winners = new BundleWinners("run-2");
    // record by record: the venues of a record, then its links
    winners.venue(idx1);
    winners.venueMarket(venueMarketRow("V4", "M-idx1", idx1)); // kept for now, replaced below
    winners.venue(idx2Standalone);
    winners.venueMarket(venueMarketRow("V4", "M-standalone", idx2Standalone));
    winners.venue(idx2Embedded); // loses
    winners.venueMarket(venueMarketRow("V4", "M-embedded", idx2Embedded)); // its parent lost
    winners.venue(other);
    winners.venueMarket(venueMarketRow("V5", "M5", other));

    Flushed f = flush(winners);
    assertEquals(
        List.of("v4-idx2-standalone", "v5"),
        f.venues.stream().map(VenueRow::getVenueName).sorted().collect(Collectors.toList()));
    assertEquals(
        List.of("M-standalone", "M5"),
        f.links.stream().map(VenueMarketRow::getMarketId).sorted().collect(Collectors.toList()));
    assertEquals(1, f.tallies.size());
    assertEquals("venues", f.tallies.get(0).getEntity());
    assertEquals(2, f.tallies.get(0).getObservationsIn());
    assertEquals(2, f.tallies.get(0).getSuperseded());
    assertEquals(0, f.tallies.get(0).getInserted());
    // a flushed merger starts empty
    Flushed again = flush(winners);
    assertEquals(0, again.venues.size() + again.links.size() + again.tallies.size());
  }

  @Test
  public void theWinnerOfTheBundlesWinnersIsTheWinnerOfAll() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      List<VenueRow> all = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        all.add(
            venueRow(
                "V" + random.nextInt(4),
                "n" + random.nextInt(3),
                "f" + random.nextInt(3) + ".json",
                random.nextInt(3),
                random.nextInt(3),
                random.nextBoolean() ? S : E,
                "run-2"));
      }
      Collections.shuffle(all, random);
      List<VenueRow> bundleWinners = new ArrayList<>();
      long dropped = 0;
      for (int from = 0; from < all.size(); ) {
        int to = Math.min(all.size(), from + 1 + random.nextInt(10));
        BundleWinners winners = new BundleWinners("run-2");
        all.subList(from, to).forEach(winners::venue);
        Flushed f = flush(winners);
        bundleWinners.addAll(f.venues);
        dropped += f.tallies.stream().mapToLong(AccountingRow::getSuperseded).sum();
        from = to;
      }
      assertEquals(best(all), best(bundleWinners));
      assertEquals(all.size(), bundleWinners.size() + dropped);
    }
  }

  private static TreeMap<String, VenueRow> best(List<VenueRow> rows) {
    TreeMap<String, VenueRow> best = new TreeMap<>();
    for (VenueRow row : rows) {
      best.merge(
          row.getVenueId(),
          row,
          (a, b) -> ObservationOrder.compare(b, false, a, false, null) < 0 ? b : a);
    }
    return best;
  }
}
