package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.bronze.RawRecord;
import com.tixmaster.transforms.io.FileSplit;
import com.tixmaster.transforms.io.TaggedOutputs;
import java.io.IOException;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;

/**
 * {@link ReadAndParseRowGroupsFn} with every observation emitted to one collection, tagged and
 * encoded ({@link TaggedOutputs}), for runners that would otherwise decode the whole parse output
 * once per output (Spark).
 */
final class ReadAndParseRowGroupsTaggedFn extends RowGroupParseFn<KV<Integer, byte[]>> {
  private static final long serialVersionUID = 1L;

  private final TaggedOutputs outputs;

  ReadAndParseRowGroupsTaggedFn(
      SerializableFunction<Row, RawRecord> toRecord, SilverConfig config, TaggedOutputs outputs) {
    super(toRecord, config);
    this.outputs = outputs;
  }

  @StartBundle
  public void startBundle() {
    start();
  }

  @ProcessElement
  public void processElement(@Element FileSplit rowGroup, OutputReceiver<KV<Integer, byte[]>> out)
      throws IOException {
    read(
        rowGroup,
        new RecordParser.Sink() {
          @Override
          public <T> void output(TupleTag<T> tag, T value) {
            out.output(outputs.encode(tag, value));
          }
        });
  }

  @FinishBundle
  public void finishBundle(FinishBundleContext context) {
    finish(
        new RecordParser.Sink() {
          @Override
          public <T> void output(TupleTag<T> tag, T value) {
            context.output(
                outputs.encode(tag, value),
                GlobalWindow.INSTANCE.maxTimestamp(),
                GlobalWindow.INSTANCE);
          }
        });
  }
}
