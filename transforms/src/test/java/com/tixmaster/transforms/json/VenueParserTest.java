package com.tixmaster.transforms.json;

import static com.tixmaster.transforms.json.Fixtures.json;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.tixmaster.schemas.silver.SilverLineage;
import com.tixmaster.schemas.silver.VenueRow;
import org.junit.Test;

/** Venue records: string coordinates, range checks, markets with and without names. */
public class VenueParserTest {
  private static ParsedRows parse(String singleQuoted) {
    ParsedRows out = new ParsedRows();
    VenueParser.parseRecord(
        json(singleQuoted),
        "V1",
        Observation.of("venues/v.json", 7, Fixtures.T0, "run-1", SilverLineage.STANDALONE),
        out);
    return out;
  }

  @Test
  public void aFullVenue() {
    ParsedRows rows =
        parse(
            "{'name':'Club Regent Event"
                + " Centre','type':'venue','id':'KovZpZAFnIJA','test':false,'url':'http://tm/v','locale':'en-us','postalCode':'R2C"
                + " 0N6','timezone':'America/Winnipeg',"
                + "'city':{'name':'Winnipeg'},'state':{'name':'Manitoba','stateCode':'MB'},'country':{'name':'Canada','countryCode':'CA'},'address':{'line2':'1425"
                + " Regent Ave'},'location':{'longitude':'-97.0', 'latitude':'49.9'},"
                + "'markets':[{'name':'Winnipeg','id':'103'},{'id':104}]}");
    assertEquals(1, rows.venues.size());
    VenueRow v = rows.venues.get(0);
    assertEquals("KovZpZAFnIJA", v.getVenueId());
    assertEquals("Club Regent Event Centre", v.getVenueName());
    assertEquals("MB", v.getStateCode());
    assertEquals("CA", v.getCountryCode());
    assertNull("address with only line2", v.getAddressLine1());
    assertEquals("1425 Regent Ave", v.getAddressLine2());
    assertEquals(49.9, v.getLatitude(), 0);
    assertEquals(-97.0, v.getLongitude(), 0);
    assertEquals(SilverLineage.STANDALONE, v.getOrigin());
    assertEquals(7, v.getRecordIndex());
    assertEquals(2, rows.markets.size());
    assertEquals("Winnipeg", rows.markets.get(0).getMarketName());
    assertEquals("104", rows.markets.get(1).getMarketId());
    assertNull(rows.markets.get(1).getMarketName());
    assertEquals(2, rows.venueMarkets.size());
    assertEquals(SilverLineage.STANDALONE, rows.venueMarkets.get(0).getOrigin());
    assertTrue(rows.rejected.isEmpty());
  }

  @Test
  public void coordinatesOutOfRangeOrJunkAreNulledAndCounted() {
    ParsedRows rows = parse("{'id':'V1','location':{'latitude':'91.5','longitude':'-180.01'}}");
    assertNull(rows.venues.get(0).getLatitude());
    assertNull(rows.venues.get(0).getLongitude());
    assertEquals(1, rows.issues.count(ParseCounters.NULLED_LATITUDE_OUT_OF_RANGE));
    assertEquals(1, rows.issues.count(ParseCounters.NULLED_LONGITUDE_OUT_OF_RANGE));

    rows = parse("{'id':'V1','location':{'latitude':'n/a','longitude':{}}}");
    assertNull(rows.venues.get(0).getLatitude());
    assertEquals(1, rows.issues.count(ParseCounters.NULLED_LATITUDE_NOT_A_NUMBER));
    assertEquals(1, rows.issues.count(ParseCounters.NULLED_LONGITUDE_NOT_A_NUMBER));

    rows = parse("{'id':'V1','location':{'latitude':-90,'longitude':180}}");
    assertEquals(-90.0, rows.venues.get(0).getLatitude(), 0);
    assertEquals(180.0, rows.venues.get(0).getLongitude(), 0);
    assertTrue(rows.issues.isEmpty());

    rows = parse("{'id':'V1','location':'34.06,-118.36'}");
    assertNull(rows.venues.get(0).getLatitude());
    assertEquals(1, rows.issues.count(ParseCounters.NULLED_LOCATION_WRONG_TYPE));
  }

  @Test
  public void badMarketsAndZonesAreDroppedOrNulled() {
    ParsedRows rows =
        parse(
            "{'id':'V1','timezone':'Europe/Nowhere','markets':[{'name':'no"
                + " id'},'27',{'id':'5'},{'id':'5'},{'id':' '}]}");
    assertNull(rows.venues.get(0).getTimezone());
    assertEquals(1, rows.issues.count(ParseCounters.NULLED_VENUE_TIMEZONE_INVALID));
    assertEquals(1, rows.markets.size());
    assertEquals(2, rows.issues.count(ParseCounters.DROPPED_MARKET_MISSING_ID));
    assertEquals(1, rows.issues.count(ParseCounters.NULLED_MARKET_ENTRY_WRONG_TYPE));
    assertEquals(1, rows.issues.count(ParseCounters.DROPPED_MARKET_DUPLICATE));
  }

  @Test
  public void aVenueWithoutIdIsRejected() {
    ParsedRows rows = parse("{'name':'**DO NOT USE**','markets':[{'id':'1'}]}");
    assertTrue(rows.venues.isEmpty());
    assertTrue("nothing of a rejected venue leaks out", rows.markets.isEmpty());
    assertEquals(1, rows.rejected.size());
    assertEquals(ReasonCodes.MISSING_ID, rows.rejected.get(0).getReasonCode());
    assertEquals("venues", rows.rejected.get(0).getEntity());
    assertEquals(7, rows.rejected.get(0).getRecordIndex());
  }
}
