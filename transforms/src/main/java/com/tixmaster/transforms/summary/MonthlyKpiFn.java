package com.tixmaster.transforms.summary;

import com.tixmaster.schemas.gold.MonthlyEventSummary;
import com.tixmaster.transforms.gold.GoldConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javax.annotation.Nullable;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.transforms.Combine.CombineFn;
import org.apache.beam.sdk.util.VarInt;

/**
 * The KPIs of one month (tables.md "Monthly KPIs"), as a {@link CombineFn} over {@link KpiEvent}s
 * of that month. The unknown key, the status codes and the rounding come from {@link MonthlyKpis},
 * whose SQL of the same KPIs is the stored procedure {@code sp_generate_event_summary}.
 *
 * <ul>
 *   <li>Test events are ignored; an event counts once however often it is added (by event_id).
 *   <li>{@code total_venues} / {@code total_attractions}: distinct venue_sk / headliner
 *       attraction_sk, -1 ("unknown") excluded.
 *   <li>An event "has a price" when it has a price_min or a price_max. {@code estimated_revenue} =
 *       SUM(price_max), {@code avg_ticket_price} = AVG(price_max) and {@code avg_price_min} =
 *       AVG(price_min) over those events, nulls ignored as in SQL; money is summed exactly
 *       (decimal) and rounded half-up to 2 decimals, so the result does not depend on the combine
 *       order. Revenue is 0 and the averages null when no event has a price.
 *   <li>{@code top_venue} / {@code top_attraction}: the name with the most events, ties broken by
 *       name ascending (then key); unknown excluded; null when none.
 *   <li>{@code weekend_event_pct} and {@code priced_event_pct}: 0..100, half-up, 2 decimals.
 *   <li>Status counts are case-insensitive; {@code canceled} counts as {@code cancelled}.
 * </ul>
 *
 * <p>The accumulator keeps the month's events by event_id (a month holds thousands of events, not
 * millions), which makes distinct counts exact and merging trivially associative.
 */
public final class MonthlyKpiFn
    extends CombineFn<KpiEvent, MonthlyKpiFn.Accum, MonthlyEventSummary> {
  private static final long serialVersionUID = 1L;
  private static final long UNKNOWN = MonthlyKpis.UNKNOWN_KEY;

  private final GoldConfig config;

  public MonthlyKpiFn(GoldConfig config) {
    this.config = config;
  }

  /** The month's distinct non-test events, by event_id. */
  public static final class Accum implements Serializable {
    private static final long serialVersionUID = 1L;
    final TreeMap<String, KpiEvent> events = new TreeMap<>();

    void add(KpiEvent e) {
      // deterministic choice when an event_id comes twice: the smaller text wins
      events.merge(e.getEventId(), e, (a, b) -> a.toString().compareTo(b.toString()) <= 0 ? a : b);
    }
  }

  @Override
  public Accum createAccumulator() {
    return new Accum();
  }

  @Override
  public Accum addInput(Accum accum, KpiEvent input) {
    if (!input.getIsTest()) {
      accum.add(input);
    }
    return accum;
  }

  @Override
  public Accum mergeAccumulators(Iterable<Accum> accums) {
    Accum merged = new Accum();
    for (Accum a : accums) {
      a.events.values().forEach(merged::add);
    }
    return merged;
  }

  /** The month's row; null when the month has no non-test event (it then has no row). */
  @Override
  public @Nullable MonthlyEventSummary extractOutput(Accum accum) {
    if (accum.events.isEmpty()) {
      return null;
    }
    KpiEvent first = accum.events.firstEntry().getValue();
    long total = accum.events.size();
    Set<Long> venues = new HashSet<>();
    Set<Long> attractions = new HashSet<>();
    long priced = 0;
    long weekend = 0;
    long cancelled = 0;
    long postponed = 0;
    long rescheduled = 0;
    BigDecimal sumMax = BigDecimal.ZERO;
    long countMax = 0;
    BigDecimal sumMin = BigDecimal.ZERO;
    long countMin = 0;
    for (KpiEvent e : accum.events.values()) {
      if (e.getVenueSk() != UNKNOWN) {
        venues.add(e.getVenueSk());
      }
      if (e.getAttractionSk() != UNKNOWN) {
        attractions.add(e.getAttractionSk());
      }
      if (e.getIsWeekend()) {
        weekend++;
      }
      if (e.isPriced()) {
        priced++;
        if (e.getPriceMax() != null) {
          sumMax = sumMax.add(BigDecimal.valueOf(e.getPriceMax()));
          countMax++;
        }
        if (e.getPriceMin() != null) {
          sumMin = sumMin.add(BigDecimal.valueOf(e.getPriceMin()));
          countMin++;
        }
      }
      if (MonthlyKpis.isStatus(e.getStatusCode(), MonthlyKpis.CANCELLED)) {
        cancelled++;
      } else if (MonthlyKpis.isStatus(e.getStatusCode(), MonthlyKpis.POSTPONED)) {
        postponed++;
      } else if (MonthlyKpis.isStatus(e.getStatusCode(), MonthlyKpis.RESCHEDULED)) {
        rescheduled++;
      }
    }
    return MonthlyEventSummary.builder()
        .setReportYear(first.getReportYear())
        .setReportMonth(first.getReportMonth())
        .setTotalEvents(total)
        .setTotalVenues(venues.size())
        .setTotalAttractions(attractions.size())
        .setEstimatedRevenue(round2(sumMax))
        .setAvgTicketPrice(countMax == 0 ? null : average(sumMax, countMax))
        .setAvgPriceMin(countMin == 0 ? null : average(sumMin, countMin))
        .setTopVenue(top(accum, KpiEvent::getVenueSk, KpiEvent::getVenueName))
        .setTopAttraction(top(accum, KpiEvent::getAttractionSk, KpiEvent::getAttractionName))
        .setWeekendEventPct(percent(weekend, total))
        .setCancelledEvents(cancelled)
        .setPostponedEvents(postponed)
        .setRescheduledEvents(rescheduled)
        .setPricedEventPct(percent(priced, total))
        .setRunId(config.runId())
        .setComputedAt(config.asOf())
        .build();
  }

  @Override
  public Coder<Accum> getAccumulatorCoder(CoderRegistry registry, Coder<KpiEvent> inputCoder) {
    return new AccumCoder(inputCoder);
  }

  /**
   * The accumulator as its events, each with the input's (schema) coder, in event_id order: no Java
   * serialization, and a deterministic encoding.
   */
  static final class AccumCoder extends CustomCoder<Accum> {
    private static final long serialVersionUID = 1L;
    private final Coder<KpiEvent> eventCoder;

    AccumCoder(Coder<KpiEvent> eventCoder) {
      this.eventCoder = eventCoder;
    }

    @Override
    public void encode(Accum accum, OutputStream out) throws IOException {
      VarInt.encode(accum.events.size(), out);
      for (KpiEvent event : accum.events.values()) {
        eventCoder.encode(event, out);
      }
    }

    @Override
    public Accum decode(InputStream in) throws IOException {
      Accum accum = new Accum();
      int size = VarInt.decodeInt(in);
      for (int i = 0; i < size; i++) {
        KpiEvent event = eventCoder.decode(in);
        accum.events.put(event.getEventId(), event);
      }
      return accum;
    }

    @Override
    public List<? extends Coder<?>> getCoderArguments() {
      return List.of(eventCoder);
    }

    @Override
    public void verifyDeterministic() throws NonDeterministicException {
      verifyDeterministic(this, "the events' coder must be deterministic", eventCoder);
    }
  }

  /** The name with the most events; ties by name ascending (nulls last), then key; -1 excluded. */
  static @Nullable String top(
      Accum accum, ToLongFunction<KpiEvent> key, Function<KpiEvent, String> name) {
    Map<Long, Long> counts = new HashMap<>();
    Map<Long, String> names = new HashMap<>();
    for (KpiEvent e : accum.events.values()) {
      long k = key.applyAsLong(e);
      if (k == UNKNOWN) {
        continue;
      }
      counts.merge(k, 1L, Long::sum);
      String n = name.apply(e);
      if (n != null) {
        names.merge(k, n, (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
    Comparator<Long> order =
        Comparator.<Long, Long>comparing(counts::get, Comparator.reverseOrder())
            .thenComparing(names::get, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Comparator.naturalOrder());
    return counts.keySet().stream().min(order).map(names::get).orElse(null);
  }

  static double round2(BigDecimal value) {
    return value.setScale(MonthlyKpis.SCALE, RoundingMode.HALF_UP).doubleValue();
  }

  static double average(BigDecimal sum, long count) {
    return sum.divide(BigDecimal.valueOf(count), MonthlyKpis.SCALE, RoundingMode.HALF_UP)
        .doubleValue();
  }

  static double percent(long part, long total) {
    if (total == 0) {
      return 0.0;
    }
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(total), MonthlyKpis.SCALE, RoundingMode.HALF_UP)
        .doubleValue();
  }
}
