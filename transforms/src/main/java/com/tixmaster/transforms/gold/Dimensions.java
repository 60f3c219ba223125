package com.tixmaster.transforms.gold;

import com.tixmaster.schemas.gold.GoldTables;
import java.util.List;
import java.util.Set;

/** The four dimensions of the star schema, described for {@link DimensionMerge}. */
public final class Dimensions {
  /** dim_venue's tracked columns, in hash order. */
  public static final List<String> VENUE_TRACKED =
      List.of(
          "venue_name",
          "venue_type",
          "address_line1",
          "address_line2",
          "city",
          "state",
          "state_code",
          "country",
          "country_code",
          "postal_code",
          "latitude",
          "longitude",
          "timezone",
          "venue_url");

  /** dim_attraction's tracked columns, in hash order. */
  public static final List<String> ATTRACTION_TRACKED =
      List.of(
          "attraction_name",
          "attraction_type",
          "attraction_url",
          "segment_name",
          "genre_name",
          "subgenre_name");

  private Dimensions() {}

  public static DimensionSpec venue() {
    return DimensionSpec.scd2(
        "venue",
        GoldTables.DIM_VENUE.beamSchema(),
        "venue_id",
        "venue_sk",
        VENUE_TRACKED,
        "venue_name");
  }

  public static DimensionSpec attraction() {
    return DimensionSpec.scd2(
        "attraction",
        GoldTables.DIM_ATTRACTION.beamSchema(),
        "attraction_id",
        "attraction_sk",
        ATTRACTION_TRACKED,
        "attraction_name");
  }

  public static DimensionSpec classification() {
    return DimensionSpec.type1(
        "classification",
        GoldTables.DIM_CLASSIFICATION.beamSchema(),
        "classification_id",
        "classification_sk",
        Set.of(),
        "segment_name");
  }

  /** Type 1; a market name silver does not carry keeps the name already known. */
  public static DimensionSpec market() {
    return DimensionSpec.type1(
        "market",
        GoldTables.DIM_MARKET.beamSchema(),
        "market_id",
        "market_sk",
        Set.of("market_name"),
        "market_name");
  }
}
