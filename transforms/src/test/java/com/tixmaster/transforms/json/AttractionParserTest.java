package com.tixmaster.transforms.json;

import static com.tixmaster.transforms.json.Fixtures.json;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.tixmaster.schemas.silver.AttractionRow;
import com.tixmaster.schemas.silver.ClassificationRow;
import com.tixmaster.schemas.silver.SilverLineage;
import org.junit.Test;

/** Attraction records and their classifications. */
public class AttractionParserTest {
  private static ParsedRows parse(String singleQuoted) {
    ParsedRows out = new ParsedRows();
    AttractionParser.parseRecord(
        json(singleQuoted),
        null,
        Observation.of("attractions/a.json", 2, Fixtures.T0, "run-1", SilverLineage.STANDALONE),
        out);
    return out;
  }

  @Test
  public void anAttractionWithTypeAndSubtype() {
    ParsedRows rows =
        parse(
            "{'name':'!!!','type':'attraction','id':'K8vZ9171ya0','test':'false','url':'http://tm/a',"
                + "'locale':'en-us','classifications':[{'primary':true,'segment':{'id':'S','name':'Music'},'genre':{'id':'G','name':'Rock'},'subGenre':{'id':'SG','name':'Alternative"
                + " Rock'},"
                + "'type':{'id':'T','name':'Group'},'subType':{'id':'ST','name':'Band'},'family':false}]}");
    AttractionRow a = rows.attractions.get(0);
    assertEquals("K8vZ9171ya0", a.getAttractionId());
    assertEquals("!!!", a.getAttractionName());
    assertEquals(Boolean.FALSE, a.getIsTest());
    assertEquals("S|G|SG|T|ST", a.getClassificationId());
    assertEquals(SilverLineage.STANDALONE, a.getOrigin());
    ClassificationRow c = rows.classifications.get(0);
    assertEquals("Band", c.getSubtypeName());
    assertEquals(Boolean.FALSE, c.getIsFamily());
    assertEquals(
        "a classification inside an attraction is embedded", SilverLineage.EMBEDDED, c.getOrigin());
    assertTrue(rows.rejected.isEmpty());
  }

  @Test
  public void badAttractions() {
    ParsedRows rows = parse("{'name':'no id'}");
    assertEquals(ReasonCodes.MISSING_ID, rows.rejected.get(0).getReasonCode());
    assertNull(rows.rejected.get(0).getRecordId());
    rows = parse("{'id':'A1','name':['x'],'classifications':{}}");
    assertNull(rows.attractions.get(0).getAttractionName());
    assertNull(rows.attractions.get(0).getClassificationId());
    assertEquals(1, rows.issues.count(ParseCounters.NULLED_ATTRACTION_FIELD_WRONG_TYPE));
    assertEquals(1, rows.issues.count(ParseCounters.NULLED_CLASSIFICATIONS_WRONG_TYPE));
  }
}
