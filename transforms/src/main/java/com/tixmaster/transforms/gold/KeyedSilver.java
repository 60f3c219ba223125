package com.tixmaster.transforms.gold;

import com.tixmaster.schemas.gold.GoldRejectedRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PInput;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;

/** The output of {@link RejectRowsWithoutKeys}: the keyed silver tables and the dead letters. */
public final class KeyedSilver implements POutput {
  private final SilverInputs silver;
  private final List<String> checked;
  private final PCollectionList<GoldRejectedRow> rejected;

  KeyedSilver(
      SilverInputs silver, List<String> checked, PCollectionList<GoldRejectedRow> rejected) {
    this.silver = silver;
    this.checked = checked;
    this.rejected = rejected;
  }

  /** The silver tables, every checked row with its key. */
  public SilverInputs silver() {
    return silver;
  }

  /** One collection of {@code missing_key} letters per checked table. */
  public PCollectionList<GoldRejectedRow> rejected() {
    return rejected;
  }

  @Override
  public Pipeline getPipeline() {
    return silver.getPipeline();
  }

  @Override
  public Map<TupleTag<?>, PValue> expand() {
    // Only what the composite produced: the unchecked tables are its inputs, passed through.
    Map<TupleTag<?>, PValue> map = new LinkedHashMap<>();
    for (String table : checked) {
      map.put(new TupleTag<>("silver." + table), silver.table(table));
    }
    int i = 0;
    for (PCollection<GoldRejectedRow> r : rejected.getAll()) {
      map.put(new TupleTag<GoldRejectedRow>("rejected." + i++), r);
    }
    return map;
  }

  @Override
  public void finishSpecifyingOutput(
      String transformName, PInput input, PTransform<?, ?> transform) {
    // Every PCollection was produced, and finished, by a step inside the composite.
  }
}
