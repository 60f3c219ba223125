package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.transforms.io.FileSplit;
import com.tixmaster.transforms.io.TaggedOutputs;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Silver's parse: row groups of bronze raw files → every {@link SilverTags} output. A multi-output
 * ParDo ({@link ReadAndParseRowGroupsFn}), or, where the driver chose {@link TaggedOutputs} (every
 * runner but the DirectRunner), one tagged collection split back into the same outputs.
 */
final class ReadAndParseRowGroups extends PTransform<PCollection<FileSplit>, PCollectionTuple> {
  private static final long serialVersionUID = 1L;

  private final SerializableFunction<Row, RawRecord> toRecord;
  private final SilverConfig config;

  ReadAndParseRowGroups(SerializableFunction<Row, RawRecord> toRecord, SilverConfig config) {
    this.toRecord = toRecord;
    this.config = config;
  }

  @Override
  public PCollectionTuple expand(PCollection<FileSplit> rowGroups) {
    if (!TaggedOutputs.wanted(rowGroups.getPipeline().getOptions())) {
      return rowGroups.apply("ParseRowGroups", ReadAndParseRowGroupsFn.parDo(toRecord, config));
    }
    List<TupleTag<?>> tags = new ArrayList<>();
    tags.add(SilverTags.REJECTED);
    tags.addAll(ReadAndParseRowGroupsFn.OUTPUTS.getAll());
    TaggedOutputs outputs = TaggedOutputs.of(rowGroups.getPipeline(), tags);
    return outputs.split(
        rowGroups
            .apply(
                "ParseRowGroupsTagged",
                ParDo.of(new ReadAndParseRowGroupsTaggedFn(toRecord, config, outputs)))
            .setCoder(KvCoder.of(VarIntCoder.of(), ByteArrayCoder.of())));
  }
}
