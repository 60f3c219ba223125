package com.tixmaster.transforms.gold;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.values.Row;
import org.joda.time.Instant;
import org.junit.Test;

public class DimensionSpecTest {
  private static final GoldConfig CONFIG =
      GoldConfig.of("run-1", Instant.parse("2025-01-01T00:00:00Z"));

  @Test
  public void candidateReadsSilverColumnsByNameAndToleratesTypes() {
    // latitude arrives as a string, longitude as a float; an extra column is ignored; most are
    // absent
    Schema silver =
        Schema.builder()
            .addStringField("venue_id")
            .addNullableField("venue_name", FieldType.STRING)
            .addNullableField("latitude", FieldType.STRING)
            .addNullableField("longitude", FieldType.FLOAT)
            .addNullableField("something_new", FieldType.INT64)
            .build();
    Row source = Row.withSchema(silver).addValues(" V1 ", "Arena", "30.25", -97.5f, 7L).build();
    DimensionSpec spec = Dimensions.venue();
    Row candidate = spec.candidate(source, CONFIG);
    assertEquals("V1", candidate.getString("venue_id"));
    assertEquals("Arena", candidate.getString("venue_name"));
    assertEquals(30.25, candidate.getDouble("latitude"), 0.0);
    assertEquals(-97.5, candidate.getDouble("longitude"), 0.0);
    assertNull(candidate.getString("city"));
    assertEquals(CONFIG.asOf(), new Instant(candidate.getDateTime("valid_from")));
    assertTrue(candidate.getBoolean("is_current"));
    assertEquals("run-1", candidate.getString("_run_id"));
    assertEquals(64, candidate.getString("row_hash").length());
    // locale is carried but not tracked: it does not change the hash
    assertTrue(!Dimensions.VENUE_TRACKED.contains("locale"));
  }

  @Test
  public void candidateWithoutKeyIsNull() {
    Schema silver = Schema.builder().addNullableField("venue_id", FieldType.STRING).build();
    assertNull(Dimensions.venue().candidate(Row.withSchema(silver).addValue("  ").build(), CONFIG));
  }

  @Test
  public void unknownMembers() {
    Row venue = Dimensions.venue().unknownRow();
    assertEquals(-1L, (long) venue.getInt64("venue_sk"));
    assertEquals("-1", venue.getString("venue_id"));
    assertEquals("Unknown", venue.getString("venue_name"));
    assertTrue(venue.getBoolean("is_current"));
    Row market = Dimensions.market().unknownRow();
    assertEquals("Unknown", market.getString("market_name"));
    assertEquals(Dimensions.market().unknownRow(), market);
  }

  @Test
  public void type1UpdateKeepsKeyAndKnownNames() {
    DimensionSpec spec = Dimensions.market();
    Row existing = spec.withSurrogateKey(spec.candidate(marketRow("7", "Austin"), CONFIG), 5L);
    // a name silver no longer carries does not erase the known one
    assertSame(existing, spec.updated(existing, spec.candidate(marketRow("7", null), CONFIG)));
    Row renamed = spec.updated(existing, spec.candidate(marketRow("7", "Austin TX"), CONFIG));
    assertEquals(5L, (long) renamed.getInt64("market_sk"));
    assertEquals("Austin TX", renamed.getString("market_name"));
  }

  private static Row marketRow(String id, String name) {
    Schema s =
        Schema.builder()
            .addNullableField("market_id", FieldType.STRING)
            .addNullableField("market_name", FieldType.STRING)
            .build();
    return Row.withSchema(s).addValues(id, name).build();
  }
}
