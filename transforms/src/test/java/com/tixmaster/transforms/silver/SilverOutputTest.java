package com.tixmaster.transforms.silver;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.silver.SilverTables;
import com.tixmaster.transforms.json.ParseCounters;
import com.tixmaster.transforms.json.ReasonCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;

/**
 * The output's table map matches the SilverTables registry, schemas included; counters are listed.
 */
public class SilverOutputTest {
  @Rule
  public final transient TestPipeline p =
      TestPipeline.create().enableAbandonedNodeEnforcement(false);

  @Test
  public void everyTableOfTheRegistryWithItsSchema() {
    SilverOutput out =
        SilverInput.builder(p.apply(Create.empty(StringUtf8Coder.of())))
            .build()
            .apply(SilverTransform.of(SilverConfig.of("run-1")));
    Map<TableSpec, PCollection<?>> tables = out.tables();
    assertEquals(SilverTables.ALL, new ArrayList<>(tables.keySet()));
    for (Map.Entry<TableSpec, PCollection<?>> e : tables.entrySet()) {
      assertTrue(e.getKey().toString(), e.getValue().hasSchema());
      assertEquals(e.getKey().toString(), e.getKey().beamSchema(), e.getValue().getSchema());
    }
  }

  @Test
  public void counterNamesAreListedOnceAndSorted() {
    List<String> all = SilverCounters.ALL;
    List<String> sorted = new ArrayList<>(all);
    java.util.Collections.sort(sorted);
    assertEquals(sorted, all);
    assertEquals(all.size(), new java.util.HashSet<>(all).size());
    assertTrue(all.containsAll(ParseCounters.ALL));
    for (String code : ReasonCodes.ALL) {
      assertTrue(all.contains("rejected_" + code));
      assertTrue(all.contains("rejected_embedded_" + code));
    }
    assertTrue(all.contains("nulled_latitude_out_of_range"));
    assertTrue(all.contains("price_range_invalid"));
    assertTrue(all.contains(SilverCounters.PARSER_FAILED));
  }

  @Test(expected = IllegalArgumentException.class)
  public void aRunIdIsRequired() {
    SilverConfig.of("  ");
  }
}
