package com.tixmaster.transforms.io;

import java.io.IOException;
import org.apache.beam.sdk.transforms.DoFn;

/** A Parquet file → one {@link FileSplit} per row group (none for a file without rows). */
public final class SplitIntoRowGroupsFn extends DoFn<String, FileSplit> {
  private static final long serialVersionUID = 1L;

  @ProcessElement
  public void process(@Element String file, OutputReceiver<FileSplit> out) throws IOException {
    for (FileSplit split : ReadTable.rowGroupsOf(file)) {
      out.output(split);
    }
  }
}
