package com.tixmaster.pipeline.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.bronze.FileEntry;
import com.tixmaster.transforms.io.TableCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class LakeScanTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void readsOnlyTheRequestedColumnsAndAgreesWithReadRows() throws IOException {
    TestLake t = new TestLake(tmp.getRoot().toPath());
    assertThat(LakeScan.exists(t.lake, BronzeTables.FILES), is(false));
    t.commit(
        "r1", BronzeTables.FILES, TestLake.file("r1", "events/a.json", FileEntry.REJECTED, "bad"));
    t.commit(
        "r2", BronzeTables.FILES, TestLake.file("r2", "events/b.json", FileEntry.LOADED, null));
    assertThat(LakeScan.exists(t.lake, BronzeTables.FILES), is(true));

    List<Row> rows = LakeScan.rows(t.lake, BronzeTables.FILES, List.of("path", "error"));
    assertThat(
        rows.stream().map(r -> r.getString("path")).sorted().toList(),
        contains("events/a.json", "events/b.json"));
    assertThat(rows.get(0).getValue("sha256"), nullValue()); // not requested
    assertThat(
        rows.stream().map(r -> r.getString("path") + "=" + r.getString("error")).sorted().toList(),
        is(
            t.lake.readRows(BronzeTables.FILES).stream()
                .map(r -> r.getString("path") + "=" + r.getString("error"))
                .sorted()
                .toList()));
  }

  @Test
  public void aColumnMissingFromAnOlderFileReadsAsNull() throws IOException {
    TestLake t = new TestLake(tmp.getRoot().toPath());
    // an older file of bronze._files, written before "error" and "shape" existed
    Schema old =
        Schema.builder()
            .addStringField("path")
            .addStringField("entity")
            .addInt64Field("size")
            .addStringField("sha256")
            .addInt64Field("records")
            .addStringField("run_id")
            .addStringField("status")
            .addDateTimeField("read_at")
            .build();
    TableCodec codec = TableCodec.of(old, Set.of());
    Path dir = Path.of(t.lake.stagingPath("r0", BronzeTables.FILES));
    Files.createDirectories(dir);
    try (ParquetWriter<GenericRecord> writer =
        AvroParquetWriter.<GenericRecord>builder(
                HadoopOutputFile.fromPath(
                    new org.apache.hadoop.fs.Path(dir.resolve("r0~old.parquet").toString()),
                    new Configuration()))
            .withSchema(codec.avroSchema())
            .build()) {
      writer.write(
          codec.toRecord(
              Row.withSchema(old)
                  .addValues(
                      "events/old.json", "events", 1L, "aa", 2L, "r0", "rejected", TestLake.T0)
                  .build()));
    }
    t.lake.commit("r0", "old", List.<TableSpec>of(BronzeTables.FILES));

    List<Row> rows =
        LakeScan.rows(t.lake, BronzeTables.FILES, List.of("path", "status", "error", "shape"));
    assertThat(rows.size(), is(1));
    assertThat(rows.get(0).getString("status"), is("rejected"));
    assertThat(rows.get(0).getString("error"), nullValue());
    // and the report shows the file
    Dom dom = Dom.parse(HtmlReport.render(t.lake, "r0"));
    assertThat(dom.count("//tr[@class='rejected-file']"), is(1));
  }
}
