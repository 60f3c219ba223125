package com.tixmaster.pipeline.assistant;

import java.util.Set;
import javax.annotation.Nullable;

/**
 * A price condition on an event's cheapest ticket ({@code price_min}): "under £20" is {@code
 * price_min < 20} in GBP. With currencies, only events priced in one of them match; an event
 * without a price never matches.
 */
record PriceFilter(
    @Nullable Double min,
    boolean minInclusive,
    @Nullable Double max,
    boolean maxInclusive,
    Set<String> currencies,
    String label) {

  boolean matches(EventDoc d) {
    Double p = d.priceMin();
    if (p == null) {
      return false;
    }
    if (!currencies.isEmpty()
        && (d.priceCurrency() == null || !currencies.contains(d.priceCurrency()))) {
      return false;
    }
    if (min != null && (minInclusive ? p < min : p <= min)) {
      return false;
    }
    return max == null || (maxInclusive ? p <= max : p < max);
  }
}
