package com.tixmaster.transforms.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tixmaster.schemas.silver.SilverLineage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.joda.time.Instant;

/** Small hand-written records in the API's shape, for parser tests. */
public final class Fixtures {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  public static final Instant T0 = new Instant(1_700_000_000_000L);

  private Fixtures() {}

  /** JSON written with single quotes, for readability. */
  public static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  public static ObjectNode object(String singleQuoted) {
    try {
      return (ObjectNode) MAPPER.readTree(json(singleQuoted));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Observation obs() {
    return Observation.of("events/f1.json", 3, T0, "run-1", SilverLineage.STANDALONE);
  }

  /** A complete, well-formed event, shaped like the 2017 LA sample. */
  public static ObjectNode event() {
    return object(
        "{'name':' High-Vibe Music"
            + " ','type':'event','id':'E1','test':false,'url':'http://tm/e1','locale':'en-us','info':'','pleaseNote':'Bring"
            + " ID','sales':{'public':{'startDateTime':'2017-05-23T01:30:01Z','startTBD':false,"
            + "'endDateTime':'2017-07-04T03:00:00Z'}},"
            + "'dates':{'start':{'localDate':'2017-07-03','localTime':'21:00:00',"
            + "'dateTime':'2017-07-04T04:00:00Z','dateTBD':false,'dateTBA':false,'timeTBA':false,"
            + "'noSpecificTime':false},'timezone':'America/Los_Angeles','status':{'code':'onsale'},"
            + "'spanMultipleDays':false},"
            + "'classifications':[{'primary':true,'segment':{'id':'KZFzniwnSyZfZ7v7nJ','name':'Music'},"
            + "'genre':{'id':'KnvZfZ7vAvl','name':'Other'},'subGenre':{'id':'KZazBEonSMnZfZ7vk1I','name':'Other'},"
            + "'type':{'id':'KZAyXgnZfZ7v7nI','name':'Undefined'},'subType':{'id':'KZFzBErXgnZfZ7v7lJ','name':'Undefined'},"
            + "'family':false}],"
            + "'priceRanges':[{'type':'standard','currency':'USD','min':15,'max':25.5}],'_embedded':{'venues':[{'name':'Molly"
            + " Malones','type':'venue','id':'V1','test':false,'url':'http://tm/v1','locale':'en-us','postalCode':'90036"
            + " ','timezone':'America/Los_Angeles','city':{'name':'Los Angeles"
            + " '},'state':{'name':'California','stateCode':'CA'},'country':{'name':'United States"
            + " Of America','countryCode':'US'},'address':{'line1':'575 South Fairfax Avenue'},"
            + "'location':{'longitude':'-118.3615566','latitude':'34.0652923'},"
            + "'markets':[{'id':'27'}],'dmas':[{'id':223}]}],'attractions':[{'name':'Ray"
            + " Davis','type':'attraction','id':'A1','test':false,"
            + "'url':'http://tm/a1','locale':'en-us','classifications':[{'primary':true,"
            + "'segment':{'id':'KZFzniwnSyZfZ7v7nJ','name':'Music'},'genre':{'id':'KnvZfZ7vAvE','name':'Jazz'}}]},{'name':'The"
            + " Regenerates','type':'attraction','id':'A2'}]}}");
  }

  public static ParsedRows parseEvent(ObjectNode event) {
    return parseEvent(event.toString());
  }

  public static ParsedRows parseEvent(String payload) {
    ParsedRows out = new ParsedRows();
    EventParser.parseRecord(payload, "E1", obs(), out);
    return out;
  }
}
