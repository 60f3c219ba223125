package com.tixmaster.transforms.json;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.Test;

/**
 * Replaces every node of complete records, one at a time, with a value of every JSON type: the
 * parsers never throw, every quirk is counted under a listed name, and a record is rejected only
 * when its key is what was replaced.
 */
public class WrongTypesEverywhereTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private static List<JsonNode> replacements() {
    ObjectNode obj = F.objectNode();
    obj.put("a", 1);
    ArrayNode arr = F.arrayNode();
    arr.add(1);
    arr.add("x");
    return List.of(
        F.textNode("x"),
        F.textNode(""),
        F.numberNode(7),
        F.numberNode(-1e9),
        F.booleanNode(true),
        F.nullNode(),
        obj,
        arr,
        F.arrayNode());
  }

  /** Every (parent, field-or-index) path under {@code node}. */
  private static void paths(JsonNode node, String path, List<String> out) {
    if (node.isObject()) {
      node.fieldNames()
          .forEachRemaining(
              f -> {
                out.add(path + "/" + f);
                paths(node.get(f), path + "/" + f, out);
              });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.add(path + "/" + i);
        paths(node.get(i), path + "/" + i, out);
      }
    }
  }

  private static void mutateEverywhere(
      ObjectNode record, String keyPath, BiConsumer<String, ParsedRows> parse) {
    List<String> paths = new ArrayList<>();
    paths(record, "", paths);
    int parses = 0;
    for (String path : paths) {
      for (JsonNode replacement : replacements()) {
        ObjectNode copy = record.deepCopy();
        int cut = path.lastIndexOf('/');
        JsonNode parent = copy.at(path.substring(0, cut));
        String last = path.substring(cut + 1);
        if (parent.isObject()) {
          ((ObjectNode) parent).set(last, replacement);
        } else {
          ((ArrayNode) parent).set(Integer.parseInt(last), replacement);
        }
        ParsedRows rows = new ParsedRows();
        String what = path + " := " + replacement;
        parse.accept(copy.toString(), rows);
        parses++;
        assertEquals(what, 0, rows.issues.count(ParseCounters.UNLISTED_ISSUE));
        if (!path.equals(keyPath)) {
          for (com.tixmaster.schemas.silver.RejectedRow r : rows.rejected) {
            assertEquals(what, "embedded", r.getOrigin());
          }
        }
      }
    }
    assertTrue(parses > 100);
  }

  @Test
  public void events() {
    mutateEverywhere(
        Fixtures.event(),
        "/id",
        (p, rows) -> EventParser.parseRecord(p, "E1", Fixtures.obs(), rows));
  }

  @Test
  public void venues() {
    ObjectNode venue = (ObjectNode) Fixtures.event().at("/_embedded/venues/0");
    mutateEverywhere(
        venue, "/id", (p, rows) -> VenueParser.parseRecord(p, "V1", Fixtures.obs(), rows));
  }

  @Test
  public void attractions() {
    ObjectNode attraction = (ObjectNode) Fixtures.event().at("/_embedded/attractions/0");
    mutateEverywhere(
        attraction,
        "/id",
        (p, rows) -> AttractionParser.parseRecord(p, "A1", Fixtures.obs(), rows));
  }

  @Test
  public void classifications() {
    ObjectNode record =
        Fixtures.object(
            "{'family':false,'segment':{'id':'S','name':'Music','_embedded':{'genres':[{'id':'G','name':'Rock',"
                + "'_embedded':{'subgenres':[{'id':'SG','name':'Pop'}]}}]}},"
                + "'type':{'id':'T','name':'Group','_embedded':{'subtypes':[{'id':'ST','name':'Band'}]}}}");
    List<String> keyPaths = List.of("/segment", "/segment/id", "/type", "/type/id");
    List<String> paths = new ArrayList<>();
    paths(record, "", paths);
    // Replacing one key of two never rejects (the other tree still has a key).
    mutateEverywhere(
        record,
        "/segment/id",
        (p, rows) -> ClassificationParser.parseRecord(p, null, Fixtures.obs(), rows));
    assertTrue(paths.containsAll(keyPaths));
  }
}
