package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.silver.AccountingRow;
import com.tixmaster.schemas.silver.AttractionRow;
import com.tixmaster.schemas.silver.ClassificationRow;
import com.tixmaster.schemas.silver.EventRow;
import com.tixmaster.schemas.silver.MarketRow;
import com.tixmaster.schemas.silver.SilverLineage;
import com.tixmaster.schemas.silver.VenueMarketRow;
import com.tixmaster.schemas.silver.VenueRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.annotation.Nullable;
import org.apache.beam.sdk.transforms.SerializableComparator;

/**
 * Pre-merges the event, venue, market, attraction and classification observations of one bundle
 * before they reach their grouping: per natural key only the bundle's winner by {@link
 * ObservationOrder} is kept (the events carry a copy of their venue, attractions and
 * classifications each, ~90 % duplicates; an event is re-observed on later days). {@link
 * MergeLatest} then picks the same winner from fewer observations, because the order is total: the
 * winner of all observations is the winner of the bundles' winners.
 *
 * <p>Children follow: a {@code venue_markets}, {@code event_price_ranges}, {@code event_venues} or
 * {@code event_attractions} row is kept only while it has the lineage of its parent's bundle winner
 * (the only children {@link KeepWinningChildren} could select).
 *
 * <p>Accounting stays exact: each observation dropped here counts as {@code observations_in} and
 * {@code superseded} of its entity, as {@link MergeLatest} would have counted it.
 */
final class BundleWinners {
  private final String runId;
  private final Keep<EventRow> events = new Keep<>(Tallies.EVENTS, EventRow::getEventId, null);

  /** The children of each event's current winner, by event id. */
  private final Map<String, List<SilverLineage>> eventChildren = new HashMap<>();

  private final Keep<VenueRow> venues = new Keep<>(Tallies.VENUES, VenueRow::getVenueId, null);
  private final Keep<MarketRow> markets =
      new Keep<>(Tallies.MARKETS, MarketRow::getMarketId, VenuesTransform.NAMED_FIRST);
  private final Keep<AttractionRow> attractions =
      new Keep<>(Tallies.ATTRACTIONS, AttractionRow::getAttractionId, null);
  private final Keep<ClassificationRow> classifications =
      new Keep<>(Tallies.CLASSIFICATIONS, ClassificationRow::getClassificationId, null);

  /** The {@code venue_markets} of each venue's current winner, by venue id. */
  private final Map<String, List<VenueMarketRow>> venueMarkets = new HashMap<>();

  BundleWinners(String runId) {
    this.runId = runId;
  }

  void event(EventRow row) {
    if (events.add(row)) {
      eventChildren.remove(row.getEventId());
    }
  }

  /**
   * An {@code event_price_ranges}, {@code event_venues} or {@code event_attractions} row; call
   * after the events of the same record.
   */
  void eventChild(String eventId, SilverLineage row) {
    EventRow parent = events.best(eventId);
    if (parent != null
        && ObservationOrder.lineageKey(parent).equals(ObservationOrder.lineageKey(row))) {
      eventChildren.computeIfAbsent(eventId, k -> new ArrayList<>()).add(row);
    }
  }

  void venue(VenueRow row) {
    if (venues.add(row)) {
      venueMarkets.remove(row.getVenueId());
    }
  }

  /** Call after the venues of the same record. */
  void venueMarket(VenueMarketRow row) {
    VenueRow parent = venues.best(row.getVenueId());
    if (parent != null
        && ObservationOrder.lineageKey(parent).equals(ObservationOrder.lineageKey(row))) {
      venueMarkets.computeIfAbsent(row.getVenueId(), k -> new ArrayList<>()).add(row);
    }
    // else: its venue observation lost within the bundle, so it can never be selected
  }

  void market(MarketRow row) {
    markets.add(row);
  }

  void attraction(AttractionRow row) {
    attractions.add(row);
  }

  void classification(ClassificationRow row) {
    classifications.add(row);
  }

  /** Hands over the winners, their children and the tallies of the dropped observations. */
  void flush(
      Consumer<EventRow> eventOut,
      Consumer<SilverLineage> eventChildOut,
      Consumer<VenueRow> venueOut,
      Consumer<MarketRow> marketOut,
      Consumer<VenueMarketRow> venueMarketOut,
      Consumer<AttractionRow> attractionOut,
      Consumer<ClassificationRow> classificationOut,
      Consumer<AccountingRow> tallyOut) {
    events.flush(eventOut, tallyOut);
    eventChildren.values().forEach(children -> children.forEach(eventChildOut));
    eventChildren.clear();
    venues.flush(venueOut, tallyOut);
    markets.flush(marketOut, tallyOut);
    venueMarkets.values().forEach(children -> children.forEach(venueMarketOut));
    venueMarkets.clear();
    attractions.flush(attractionOut, tallyOut);
    classifications.flush(classificationOut, tallyOut);
  }

  /** One entity's winners by key, and how many observations lost. */
  private final class Keep<T extends SilverLineage> {
    private final String entity;
    private final Function<T, String> key;
    private final @Nullable SerializableComparator<T> preference;
    private final Map<String, T> best = new HashMap<>();
    private long dropped;

    Keep(String entity, Function<T, String> key, @Nullable SerializableComparator<T> preference) {
      this.entity = entity;
      this.key = key;
      this.preference = preference;
    }

    @Nullable
    T best(String k) {
      return best.get(k);
    }

    /**
     * Adds an observation; true when it replaced a winner of another lineage (whose children then
     * lost).
     */
    boolean add(T row) {
      T old = best.putIfAbsent(key.apply(row), row);
      if (old == null) {
        return false;
      }
      dropped++;
      if (ObservationOrder.compare(row, false, old, false, preference) < 0) {
        best.put(key.apply(row), row);
        return !ObservationOrder.lineageKey(old).equals(ObservationOrder.lineageKey(row));
      }
      return false;
    }

    void flush(Consumer<T> out, Consumer<AccountingRow> tallyOut) {
      best.values().forEach(out);
      best.clear();
      if (dropped > 0) {
        tallyOut.accept(
            Tallies.zero(runId, entity).setObservationsIn(dropped).setSuperseded(dropped).build());
      }
      dropped = 0;
    }
  }
}
