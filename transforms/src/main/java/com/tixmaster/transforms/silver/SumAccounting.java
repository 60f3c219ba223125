package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.silver.AccountingRow;
import com.tixmaster.schemas.silver.SilverTables;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Sums partial accounting rows into one {@code _accounting} row per entity of {@link
 * SilverTables#ENTITIES}, each present even when the run saw nothing of it.
 */
public final class SumAccounting
    extends PTransform<PCollection<AccountingRow>, PCollection<AccountingRow>> {
  private static final long serialVersionUID = 1L;
  private final SilverConfig config;

  public SumAccounting(SilverConfig config) {
    this.config = config;
  }

  @Override
  public PCollection<AccountingRow> expand(PCollection<AccountingRow> tallies) {
    Coder<AccountingRow> coder = SilverCoders.of(tallies.getPipeline(), AccountingRow.class);
    List<AccountingRow> zeros = new ArrayList<>();
    for (String entity : SilverTables.ENTITIES) {
      zeros.add(Tallies.zero(config.runId(), entity).build());
    }
    PCollection<AccountingRow> everyEntity =
        tallies.getPipeline().apply("ListEntities", Create.of(zeros).withCoder(coder));
    return PCollectionList.of(tallies)
        .and(everyEntity)
        .apply("CollectTallies", Flatten.pCollections())
        .apply(
            "KeyByEntity",
            MapElements.into(
                    TypeDescriptors.kvs(
                        TypeDescriptors.strings(), TypeDescriptor.of(AccountingRow.class)))
                .via((AccountingRow r) -> KV.of(r.getEntity(), r)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), coder))
        .apply("SumPerEntity", Combine.perKey(new SumAccountingFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), coder))
        .apply("DropKeys", Values.create())
        .setCoder(coder);
  }
}
