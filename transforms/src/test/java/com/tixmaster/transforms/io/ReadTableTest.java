package com.tixmaster.transforms.io;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import java.io.File;
import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Row-group splits of a Parquet file cover every row exactly once, in file order. */
public class ReadTableTest {
  private static final Schema SCHEMA =
      Schema.builder().addStringField("id").addStringField("payload").build();
  private static final TableCodec CODEC = TableCodec.of(SCHEMA, Set.of());

  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private String write(String name, int rows, int rowGroupBytes) throws IOException {
    String path = new File(tmp.getRoot(), name).getAbsolutePath();
    ParquetIO.Sink sink = ParquetIO.sink(CODEC.avroSchema()).withRowGroupSize(rowGroupBytes);
    try (WritableByteChannel channel =
        FileSystems.create(FileSystems.matchNewResource(path, false), "application/octet-stream")) {
      sink.open(channel);
      for (int i = 0; i < rows; i++) {
        sink.write(
            CODEC.toRecord(Row.withSchema(SCHEMA).addValues("r" + i, "x".repeat(200) + i).build()));
      }
      sink.flush();
    }
    return path;
  }

  private static List<String> ids(List<Row> rows) {
    List<String> ids = new ArrayList<>();
    rows.forEach(r -> ids.add(r.getString("id")));
    return ids;
  }

  private static List<Row> rowsOf(FileSplit split) throws IOException {
    List<Row> rows = new ArrayList<>();
    ReadTable.readSplit(split, CODEC, rows::add);
    return rows;
  }

  @Test
  public void theSplitsOfAFileReadEveryRowOnceInOrder() throws IOException {
    String file = write("many-groups.parquet", 5_000, 64 << 10);
    List<FileSplit> splits = ReadTable.rowGroupsOf(file);
    assertThat(splits.size(), greaterThan(3));

    List<Row> bySplit = new ArrayList<>();
    for (FileSplit split : splits) {
      List<Row> rows = rowsOf(split);
      assertThat("every split holds rows", rows.isEmpty(), is(false));
      bySplit.addAll(rows);
    }
    List<Row> whole = new ArrayList<>();
    ReadTable.readFile(file, CODEC, whole::add);

    assertThat(whole.size(), is(5_000));
    assertThat(ids(bySplit), is(ids(whole)));
    assertThat(bySplit, is(whole));
  }

  @Test
  public void aFileWithoutRowsHasNoSplits() throws IOException {
    assertThat(ReadTable.rowGroupsOf(write("empty.parquet", 0, 64 << 10)), is(empty()));
  }

  @Test
  public void aSmallFileIsOneSplit() throws IOException {
    String file = write("one-group.parquet", 10, 64 << 20);
    List<FileSplit> splits = ReadTable.rowGroupsOf(file);
    assertThat(splits.size(), is(1));
    assertThat(rowsOf(splits.get(0)).size(), is(10));
  }
}
