package com.tixmaster.transforms.gold;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class RowHashTest {
  private static String hash(Object name, Object lat) {
    Map<String, Object> v = new HashMap<>();
    v.put("venue_name", name);
    v.put("latitude", lat);
    return RowHash.of(List.of("venue_name", "latitude"), v::get);
  }

  @Test
  public void isStableHexOverCanonicalValues() {
    String h = hash("Arena", 30.25);
    assertEquals(64, h.length());
    assertEquals(h, hash("Arena", 30.25));
    assertEquals(RowHash.sha256Hex("venue_name=Arena\u001elatitude=30.25\u001e"), h);
  }

  @Test
  public void distinguishesNullEmptyAndChanges() {
    assertNotEquals(hash(null, 1.0), hash("", 1.0));
    assertNotEquals(hash("Arena", 1.0), hash("Arena ", 1.0));
    assertNotEquals(hash("Arena", 1.0), hash("Arena", 1.5));
    assertNotEquals(hash("Arena", null), hash("Arena", 0.0));
    assertEquals(hash("Arena", 0.0), hash("Arena", -0.0));
  }
}
