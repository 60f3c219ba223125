package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.silver.AccountingRow;
import com.tixmaster.schemas.silver.RejectedRow;
import com.tixmaster.schemas.silver.SilverTables;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;

/** Small wiring helpers shared by the silver composites. */
final class SilverInputs {
  private SilverInputs() {}

  /** {@code in.get(tag)}, or an empty collection of {@code type} when the tuple lacks the tag. */
  static <T> PCollection<T> orEmpty(PCollectionTuple in, TupleTag<T> tag, Class<T> type) {
    if (in.has(tag)) {
      return in.get(tag);
    }
    return in.getPipeline()
        .apply("CreateEmpty_" + tag.getId(), Create.empty(SilverCoders.of(in.getPipeline(), type)));
  }

  /** One partial accounting row ({@code rejected = 1}) per rejected row of a silver entity. */
  static PCollection<AccountingRow> tallyRejections(
      String name, PCollection<RejectedRow> rejected, SilverConfig config) {
    return rejected
        .apply(name, ParDo.of(new TallyRejectedFn(config.runId())))
        .setCoder(SilverCoders.of(rejected.getPipeline(), AccountingRow.class));
  }

  /** Turns each rejection of a known entity into {@code rejected = 1} for that entity. */
  static final class TallyRejectedFn extends DoFn<RejectedRow, AccountingRow> {
    private static final long serialVersionUID = 1L;
    private final String runId;

    TallyRejectedFn(String runId) {
      this.runId = runId;
    }

    @ProcessElement
    public void processElement(@Element RejectedRow row, OutputReceiver<AccountingRow> out) {
      if (SilverTables.ENTITIES.contains(row.getEntity())) {
        out.output(Tallies.rejected(runId, row.getEntity(), 1));
      }
    }
  }
}
