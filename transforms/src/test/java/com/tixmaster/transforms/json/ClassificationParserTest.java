package com.tixmaster.transforms.json;

import static com.tixmaster.transforms.json.Fixtures.json;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.tixmaster.schemas.silver.ClassificationRow;
import com.tixmaster.schemas.silver.SilverLineage;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;

/** Records of the classifications endpoint: one row per tree path. */
public class ClassificationParserTest {
  private static ParsedRows parse(String singleQuoted) {
    ParsedRows out = new ParsedRows();
    ClassificationParser.parseRecord(
        json(singleQuoted),
        null,
        Observation.of("classifications/c.json", 0, Fixtures.T0, "run-1", SilverLineage.STANDALONE),
        out);
    return out;
  }

  private static List<String> ids(ParsedRows rows) {
    return rows.classifications.stream()
        .map(ClassificationRow::getClassificationId)
        .collect(Collectors.toList());
  }

  @Test
  public void aSegmentTreeYieldsOneRowPerPath() {
    ParsedRows rows =
        parse(
            "{'_links':{},'segment':{'id':'S','name':'Film','_embedded':{'genres':["
                + "{'id':'G1','name':'Family','_embedded':{'subgenres':[{'id':'SG1','name':'Misc'},{'id':'SG2','name':'Kids'}]}},"
                + "{'id':'G2','name':'Drama'},{'name':'no"
                + " id','_embedded':{'subgenres':[{'id':'SG9'}]}},'junk']}}}");
    assertEquals(
        List.of("S|-|-|-|-", "S|G1|-|-|-", "S|G1|SG1|-|-", "S|G1|SG2|-|-", "S|G2|-|-|-"),
        ids(rows));
    ClassificationRow leaf = rows.classifications.get(3);
    assertEquals("Film", leaf.getSegmentName());
    assertEquals("Family", leaf.getGenreName());
    assertEquals("Kids", leaf.getSubgenreName());
    assertNull(leaf.getTypeId());
    assertNull(leaf.getIsFamily());
    assertEquals(SilverLineage.STANDALONE, leaf.getOrigin());
    assertEquals(1, rows.issues.count(ParseCounters.DROPPED_CLASSIFICATION_PATH_MISSING_ID));
    assertEquals(1, rows.issues.count(ParseCounters.NULLED_CLASSIFICATION_ENTRY_WRONG_TYPE));
    assertTrue(rows.rejected.isEmpty());
  }

  @Test
  public void aTypeTreeYieldsTypeAndSubtypeRows() {
    ParsedRows rows =
        parse(
            "{'family':true,'type':{'id':'T','name':'Group','_embedded':{'subtypes':[{'id':'ST','name':'Band'}]}}}");
    assertEquals(List.of("-|-|-|T|-", "-|-|-|T|ST"), ids(rows));
    assertEquals(Boolean.TRUE, rows.classifications.get(1).getIsFamily());
    assertEquals("Band", rows.classifications.get(1).getSubtypeName());
  }

  @Test
  public void wrongShapesAndMissingKeys() {
    ParsedRows rows = parse("{'segment':{'name':'Music'}}");
    assertEquals(ReasonCodes.MISSING_ID, rows.rejected.get(0).getReasonCode());
    assertEquals("classifications", rows.rejected.get(0).getEntity());
    rows = parse("{'segment':'Music'}");
    assertEquals(ReasonCodes.MISSING_ID, rows.rejected.get(0).getReasonCode());
    assertEquals(1, rows.issues.count(ParseCounters.NULLED_CLASSIFICATION_LEVEL_WRONG_TYPE));
    rows = parse("{'segment':{'id':{'a':1}}}");
    assertEquals(ReasonCodes.INVALID_ID, rows.rejected.get(0).getReasonCode());
    rows = parse("{'segment':{'id':'S','_embedded':{'genres':{'id':'G'}}}}");
    assertEquals(List.of("S|-|-|-|-"), ids(rows));
    assertEquals(1, rows.issues.count(ParseCounters.NULLED_GENRES_WRONG_TYPE));
    rows = parse("{'segment':{'id':'S','_embedded':[]}}");
    assertEquals(1, rows.issues.count(ParseCounters.NULLED_EMBEDDED_WRONG_TYPE));
  }
}
