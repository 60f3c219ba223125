package com.tixmaster.transforms.json;

import com.tixmaster.schemas.silver.AttractionRow;
import com.tixmaster.schemas.silver.ClassificationRow;
import com.tixmaster.schemas.silver.EventAttractionRow;
import com.tixmaster.schemas.silver.EventPriceRangeRow;
import com.tixmaster.schemas.silver.EventRow;
import com.tixmaster.schemas.silver.EventVenueRow;
import com.tixmaster.schemas.silver.MarketRow;
import com.tixmaster.schemas.silver.RejectedRow;
import com.tixmaster.schemas.silver.VenueMarketRow;
import com.tixmaster.schemas.silver.VenueRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one payload yields, from one Jackson parse: the entity's own row, its children, the
 * copies embedded in it, the rejections and the counted quirks. Parsers append; the silver DoFns
 * emit each list to its own output.
 */
public final class ParsedRows {
  public final List<EventRow> events = new ArrayList<>();
  public final List<EventPriceRangeRow> priceRanges = new ArrayList<>();
  public final List<EventVenueRow> eventVenues = new ArrayList<>();
  public final List<EventAttractionRow> eventAttractions = new ArrayList<>();
  public final List<VenueRow> venues = new ArrayList<>();
  public final List<MarketRow> markets = new ArrayList<>();
  public final List<VenueMarketRow> venueMarkets = new ArrayList<>();
  public final List<AttractionRow> attractions = new ArrayList<>();
  public final List<ClassificationRow> classifications = new ArrayList<>();
  public final List<RejectedRow> rejected = new ArrayList<>();
  public final ParseIssues issues = new ParseIssues();

  @Override
  public String toString() {
    return "ParsedRows{events="
        + events
        + ", priceRanges="
        + priceRanges
        + ", eventVenues="
        + eventVenues
        + ", eventAttractions="
        + eventAttractions
        + ", venues="
        + venues
        + ", markets="
        + markets
        + ", venueMarkets="
        + venueMarkets
        + ", attractions="
        + attractions
        + ", classifications="
        + classifications
        + ", rejected="
        + rejected
        + ", issues="
        + issues
        + "}";
  }
}
