package com.tixmaster.transforms.json;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.joda.time.Instant;
import org.junit.Test;

/**
 * The shared field readers: trimming, empty → null, lenient numbers, strict dates, never a throw.
 */
public class JsonFieldsTest {
  private final ParseIssues issues = new ParseIssues();

  private static JsonNode node(String json) {
    return Fixtures.object(json);
  }

  @Test
  public void textIsTrimmedAndEmptyIsNull() {
    JsonNode n =
        node(
            "{'a':'  Las Vegas ','b':'','c':'  "
                + " ','d':12,'e':{'x':1},'f':null,'g':'\u00a0x\u2003'}");
    assertEquals("Las Vegas", JsonFields.text(n, "a", issues, "w"));
    assertNull(JsonFields.text(n, "b", issues, "w"));
    assertNull(JsonFields.text(n, "c", issues, "w"));
    assertNull(JsonFields.text(n, "f", issues, "w"));
    assertNull(JsonFields.text(n, "missing", issues, "w"));
    assertEquals("x", JsonFields.text(n, "g", issues, "w"));
    assertEquals("12", JsonFields.text(n, "d", issues, "w"));
    assertEquals(1, issues.count(ParseCounters.PARSED_TEXT_FROM_NUMBER));
    assertNull(JsonFields.text(n, "e", issues, ParseCounters.NULLED_EVENT_FIELD_WRONG_TYPE));
    assertEquals(1, issues.count(ParseCounters.NULLED_EVENT_FIELD_WRONG_TYPE));
  }

  @Test
  public void numbersArriveAsNumbersOrStrings() {
    JsonNode n =
        node(
            "{'i':15,'d':25.5,'s':' 33.9583 ','neg':'-118.34','junk':'abc','suffix':'1.5d',"
                + "'empty':'','bool':true,'obj':{},'nan':'NaN','exp':'1e3'}");
    String c = ParseCounters.NULLED_PRICE_MIN_NOT_A_NUMBER;
    assertEquals(15.0, JsonFields.number(n, "i", issues, c), 0);
    assertEquals(25.5, JsonFields.number(n, "d", issues, c), 0);
    assertEquals(33.9583, JsonFields.number(n, "s", issues, c), 0);
    assertEquals(-118.34, JsonFields.number(n, "neg", issues, c), 0);
    assertEquals(1000.0, JsonFields.number(n, "exp", issues, c), 0);
    assertEquals(3, issues.count(ParseCounters.PARSED_NUMBER_FROM_STRING));
    assertNull(JsonFields.number(n, "empty", issues, c));
    assertEquals(0, issues.count(c));
    assertNull(JsonFields.number(n, "junk", issues, c));
    assertNull(JsonFields.number(n, "suffix", issues, c));
    assertNull(JsonFields.number(n, "bool", issues, c));
    assertNull(JsonFields.number(n, "obj", issues, c));
    assertNull(JsonFields.number(n, "nan", issues, c));
    assertEquals(5, issues.count(c));
  }

  @Test
  public void flagsAcceptBooleansAndTheirText() {
    JsonNode n = node("{'t':true,'f':false,'ts':'TRUE ','fs':'false','x':'yes','n':1,'e':''}");
    String c = ParseCounters.NULLED_EVENT_FLAG_INVALID;
    assertEquals(Boolean.TRUE, JsonFields.flag(n, "t", issues, c));
    assertEquals(Boolean.FALSE, JsonFields.flag(n, "f", issues, c));
    assertEquals(Boolean.TRUE, JsonFields.flag(n, "ts", issues, c));
    assertEquals(Boolean.FALSE, JsonFields.flag(n, "fs", issues, c));
    assertNull(JsonFields.flag(n, "e", issues, c));
    assertNull(JsonFields.flag(n, "x", issues, c));
    assertNull(JsonFields.flag(n, "n", issues, c));
    assertEquals(2, issues.count(c));
  }

  @Test
  public void datesTimesInstantsAndZones() {
    String c = "nulled_event_date_invalid";
    assertEquals("2017-07-03", JsonFields.localDate("2017-07-03", issues, c));
    assertNull(JsonFields.localDate("2017-13-40", issues, c));
    assertNull(JsonFields.localDate("TBA", issues, c));
    assertEquals(2, issues.count(c));

    String t = ParseCounters.NULLED_EVENT_LOCAL_TIME_INVALID;
    assertEquals("21:00:00", JsonFields.localTime("21:00:00", issues, t));
    assertEquals("19:30:00", JsonFields.localTime("19:30", issues, t));
    assertEquals("19:30:05", JsonFields.localTime("19:30:05.250", issues, t));
    assertNull(JsonFields.localTime("7pm", issues, t));
    assertEquals(1, issues.count(t));

    String i = ParseCounters.NULLED_EVENT_DATETIME_INVALID;
    assertEquals(
        new Instant(1499140800000L), JsonFields.instant("2017-07-04T04:00:00Z", issues, i));
    assertEquals(
        new Instant(1499140800000L), JsonFields.instant("2017-07-04T06:00:00+02:00", issues, i));
    assertNull(JsonFields.instant("2017-07-04 04:00", issues, i));
    assertEquals(1, issues.count(i));

    String z = ParseCounters.NULLED_EVENT_TIMEZONE_INVALID;
    assertEquals("America/Los_Angeles", JsonFields.zone("America/Los_Angeles", issues, z));
    assertNull(JsonFields.zone("Mars/Olympus_Mons", issues, z));
    assertEquals(1, issues.count(z));
  }

  @Test
  public void wrongContainerTypesAreNulledAndCounted() {
    JsonNode n = node("{'dates':'2017-07-03','arr':{'a':1},'obj':[1]}");
    assertNull(JsonFields.object(n, "dates", issues, ParseCounters.NULLED_DATES_WRONG_TYPE));
    assertNull(JsonFields.array(n, "arr", issues, ParseCounters.NULLED_PRICE_RANGES_WRONG_TYPE));
    assertNull(JsonFields.object(n, "obj", issues, ParseCounters.NULLED_EMBEDDED_WRONG_TYPE));
    assertNull(JsonFields.object(null, "x", issues, ParseCounters.NULLED_EMBEDDED_WRONG_TYPE));
    assertEquals(1, issues.count(ParseCounters.NULLED_DATES_WRONG_TYPE));
    assertEquals(1, issues.count(ParseCounters.NULLED_PRICE_RANGES_WRONG_TYPE));
    assertEquals(1, issues.count(ParseCounters.NULLED_EMBEDDED_WRONG_TYPE));
  }

  @Test
  public void readTreeRejectsJunkAndTrailingTokens() throws Exception {
    assertNull(JsonFields.readTree(""));
    assertNull(JsonFields.readTree("  "));
    assertThrows(JsonProcessingException.class, () -> JsonFields.readTree("{\"id\":"));
    assertThrows(JsonProcessingException.class, () -> JsonFields.readTree("{\"id\":\"a\"} junk"));
    assertEquals("a", JsonFields.readTree("{\"id\":\"a\"}").get("id").textValue());
  }

  @Test
  public void issuesOutsideTheListAreCountedAsUnlisted() {
    issues.add("no_such_counter");
    assertEquals(1, issues.count(ParseCounters.UNLISTED_ISSUE));
    assertEquals(0, issues.count("no_such_counter"));
  }

  @Test
  public void classificationIdsAreJoinedAndCollisionFree() {
    assertEquals("S|G|-|-|-", ClassificationIds.of("S", "G", null, null, null));
    assertEquals("-|-|-|T|ST", ClassificationIds.of(null, null, null, "T", "ST"));
    // An id holding the separator or equal to the placeholder cannot collide.
    assertEquals("a\\|b|-|-|-|-", ClassificationIds.of("a|b", null, null, null, null));
    assertEquals("\\-|-|-|-|-", ClassificationIds.of("-", null, null, null, null));
    assertEquals("a|b|-|-|-", ClassificationIds.of("a", "b", null, null, null));
  }
}
