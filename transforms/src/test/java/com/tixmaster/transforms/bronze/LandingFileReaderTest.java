package com.tixmaster.transforms.bronze;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class LandingFileReaderTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  /** Collects what the reader reports. */
  static final class Collected implements LandingFileReader.Sink {
    final List<String> ids = new ArrayList<>();
    final List<String> payloads = new ArrayList<>();
    final List<Long> indexes = new ArrayList<>();
    final List<String> rejectedCodes = new ArrayList<>();
    final List<Long> rejectedIndexes = new ArrayList<>();

    @Override
    public void record(long index, String id, String payload) {
      indexes.add(index);
      ids.add(id);
      payloads.add(payload);
    }

    @Override
    public void rejected(long index, String reasonCode, String detail, String payload) {
      rejectedIndexes.add(index);
      rejectedCodes.add(reasonCode);
    }
  }

  private LandingFileReader.Result read(String entity, byte[] content, Collected sink)
      throws IOException {
    Path file = tmp.newFile().toPath();
    Files.write(file, content);
    return LandingFileReader.read(file, entity, sink);
  }

  private LandingFileReader.Result read(String entity, String content, Collected sink)
      throws IOException {
    return read(entity, content.getBytes(StandardCharsets.UTF_8), sink);
  }

  @Test
  public void pageYieldsItsEmbeddedRecordsByteForByte() throws IOException {
    String first = "{\"id\":\"E1\", \"name\" : \"Blues  Night\",\"priceRanges\":[{\"min\":1.50}]}";
    String second = "{\"name\":\"Rock\",\"id\":\"E2\"}";
    String page =
        "{\"_embedded\":{\"events\":["
            + first
            + ",\n  "
            + second
            + "]},\"_links\":{\"self\":{\"href\":\"/x\"}},\"page\":{\"size\":2,\"totalElements\":2,\"totalPages\":1,\"number\":0}}";
    Collected sink = new Collected();
    LandingFileReader.Result result = read("events", page, sink);

    assertThat(result.loaded(), is(true));
    assertThat(result.shape, is(LandingFileReader.SHAPE_PAGE));
    assertThat(result.records, is(2L));
    assertThat(sink.ids, contains("E1", "E2"));
    assertThat(sink.payloads, contains(first, second));
    assertThat(sink.indexes, contains(0L, 1L));
    assertThat(result.schemaPaths, hasItem("priceRanges[].min\tnumber"));
    assertThat(result.schemaPaths, hasItem("name\tstring"));
    assertThat(result.sha256.length(), is(64));
  }

  @Test
  public void pageWithoutEmbeddedHoldsZeroRecords() throws IOException {
    Collected sink = new Collected();
    LandingFileReader.Result result =
        read(
            "events",
            "{\"page\":{\"size\":20,\"totalElements\":0,\"totalPages\":0,\"number\":1}}",
            sink);
    assertThat(result.loaded(), is(true));
    assertThat(result.shape, is(LandingFileReader.SHAPE_PAGE));
    assertThat(result.records, is(0L));
    assertThat(sink.ids, empty());
  }

  @Test
  public void pageOfAnotherEntityIsRejectedNotSilentlyEmpty() throws IOException {
    Collected sink = new Collected();
    LandingFileReader.Result result =
        read("events", "{\"_embedded\":{\"venues\":[{\"id\":\"V1\"}]},\"page\":{}}", sink);
    assertThat(result.loaded(), is(false));
    assertThat(result.error, containsString("_embedded.events"));
    assertThat(result.reason, is(BronzeMetrics.FILE_NO_RECORDS_ARRAY));
    assertThat(sink.ids, empty());
  }

  @Test
  public void eventDetailWithEmbeddedVenuesIsOneRecord() throws IOException {
    String detail = "{\"id\":\"E1\",\"_embedded\":{\"venues\":[{\"id\":\"V1\"}]},\"_links\":{}}";
    Collected sink = new Collected();
    LandingFileReader.Result result = read("events", detail, sink);
    assertThat(result.loaded(), is(true));
    assertThat(result.shape, is(LandingFileReader.SHAPE_RECORD));
    assertThat(sink.ids, contains("E1"));
    assertThat(sink.payloads, contains(detail));
    assertThat(result.schemaPaths, hasItem("_embedded.venues[].id\tstring"));
  }

  @Test
  public void embeddedAsAnArrayIsKeptAsARecordForSilverToJudge() throws IOException {
    Collected sink = new Collected();
    LandingFileReader.Result result = read("events", "{\"_embedded\":[{\"id\":\"E1\"}]}", sink);
    assertThat(result.loaded(), is(true));
    assertThat(sink.ids, contains((String) null));
  }

  @Test
  public void arrayOfRecordsRejectsNonObjectsOneByOne() throws IOException {
    Collected sink = new Collected();
    LandingFileReader.Result result =
        read("venues", "[{\"id\":\"V1\"}, 5, \"x\", null, [1], {\"name\":\"no id\"}]", sink);
    assertThat(result.loaded(), is(true));
    assertThat(result.shape, is(LandingFileReader.SHAPE_ARRAY));
    assertThat(result.records, is(6L));
    assertThat(sink.ids, contains("V1", null));
    assertThat(sink.indexes, contains(0L, 5L));
    assertThat(sink.rejectedIndexes, contains(1L, 2L, 3L, 4L));
    assertThat(sink.rejectedCodes, hasSize(4));
  }

  @Test
  public void ndjsonRejectsOnlyItsBadLines() throws IOException {
    Collected sink = new Collected();
    LandingFileReader.Result result =
        read("venues", "{\"id\":\"V1\"}\n\n{\"id\":\"V2\"}\r\n{broken\n[1,2]\n{\"id\":3}\n", sink);
    assertThat(result.loaded(), is(true));
    assertThat(result.shape, is(LandingFileReader.SHAPE_NDJSON));
    assertThat(sink.ids, contains("V1", "V2", "3"));
    assertThat(sink.payloads.get(1), is("{\"id\":\"V2\"}"));
    assertThat(sink.indexes, contains(0L, 1L, 4L));
    assertThat(
        sink.rejectedCodes,
        contains(LandingFileReader.INVALID_JSON, LandingFileReader.NOT_AN_OBJECT));
    assertThat(sink.rejectedIndexes, contains(2L, 3L));
  }

  @Test
  public void truncatedPageIsRejectedWithNoRecords() throws IOException {
    Collected sink = new Collected();
    LandingFileReader.Result result =
        read("events", "{\"_embedded\":{\"events\":[{\"id\":\"E1\"},{\"id\":\"E2\",\"na", sink);
    assertThat(result.loaded(), is(false));
    assertThat(result.error, containsString("end-of-input"));
    assertThat(result.reason, is(BronzeMetrics.FILE_INVALID_JSON));
    assertThat(result.error.contains("Source"), is(false));
    assertThat(sink.ids, empty());
    assertThat(sink.rejectedCodes, empty());
  }

  @Test
  public void emptyFileAndNullAreRejected() throws IOException {
    assertThat(read("events", "", new Collected()).error, is("empty file"));
    assertThat(read("events", "", new Collected()).reason, is(BronzeMetrics.FILE_EMPTY));
    assertThat(read("events", "null", new Collected()).reason, is(BronzeMetrics.FILE_NOT_JSON));
    assertThat(read("events", "  \n", new Collected()).error, is("empty file"));
    assertThat(read("events", "null", new Collected()).loaded(), is(false));
  }

  @Test
  public void emptyArrayLoadsNothing() throws IOException {
    LandingFileReader.Result result = read("events", "[]", new Collected());
    assertThat(result.loaded(), is(true));
    assertThat(result.records, is(0L));
  }

  @Test
  public void lonelyObjectIsOneRecordEvenWithoutId() throws IOException {
    Collected sink = new Collected();
    LandingFileReader.Result result = read("venues", "{}", sink);
    assertThat(result.loaded(), is(true));
    assertThat(result.shape, is(LandingFileReader.SHAPE_RECORD));
    assertThat(sink.ids, contains((String) null));
    assertThat(sink.payloads, contains("{}"));
  }

  @Test
  public void byteOrderMarkIsSkipped() throws IOException {
    byte[] body = "[{\"id\":\"E9\"}]".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Collected sink = new Collected();
    LandingFileReader.Result result = read("events", withBom, sink);
    assertThat(result.loaded(), is(true));
    assertThat(sink.payloads, contains("{\"id\":\"E9\"}"));
  }

  @Test
  public void invalidUtf8InAPageRejectsTheFile() throws IOException {
    byte[] bad = "[{\"id\":\"E1\",\"name\":\"x\"}]".getBytes(StandardCharsets.UTF_8);
    bad[20] = (byte) 0xC3; // a lead byte followed by an ASCII quote
    LandingFileReader.Result result = read("events", bad, new Collected());
    assertThat(result.loaded(), is(false));
    assertThat(result.error, notNullValue());
  }

  @Test
  public void multiByteTextKeepsItsCharacters() throws IOException {
    String record = "{\"id\":\"E1\",\"name\":\"Kraków – Łódź ✓\"}";
    Collected sink = new Collected();
    read("events", "{\"_embedded\":{\"events\":[" + record + "]}}", sink);
    assertThat(sink.payloads, contains(record));
  }

  @Test
  public void deeplyNestedJunkIsBoundedInTheSchema() throws IOException {
    StringBuilder deep = new StringBuilder("{\"id\":\"E1\",\"junk\":");
    for (int i = 0; i < 200; i++) {
      deep.append("{\"a").append(i).append("\":");
    }
    deep.append("1");
    deep.append("}".repeat(200)).append("}");
    Collected sink = new Collected();
    LandingFileReader.Result result = read("events", deep.toString(), sink);
    assertThat(result.loaded(), is(true));
    assertThat(sink.ids, contains("E1"));
    assertThat(result.schemaPaths.size() < 40, is(true));
  }

  @Test
  public void numericAndBlankIdsAreNormalised() throws IOException {
    Collected sink = new Collected();
    read("events", "[{\"id\":42},{\"id\":\"  \"},{\"id\":{\"x\":1}},{\"id\":null}]", sink);
    assertThat(sink.ids, contains("42", null, null, null));
  }

  @Test
  public void refusedFileIsHashedButNotParsed() throws IOException {
    Path file = tmp.newFile().toPath();
    Files.writeString(file, "{\"id\":\"E1\"}");
    LandingFileReader.Result result = LandingFileReader.refuse(file, "misplaced");
    assertThat(result.loaded(), is(false));
    assertThat(result.error, is("misplaced"));
    assertThat(result.reason, is(BronzeMetrics.FILE_NOT_IN_LAYOUT));
    assertThat(result.records, is(0L));
    assertThat(result.sha256.length(), is(64));
    assertThat(result.size, is(11L));
  }

  @Test
  public void sameBytesSameHash() throws IOException {
    String page = "{\"_embedded\":{\"events\":[{\"id\":\"E1\"}]}}";
    assertThat(
        read("events", page, new Collected()).sha256,
        is(read("events", page, new Collected()).sha256));
    assertThat(read("events", "[]", new Collected()).error, nullValue());
    assertThat(read("events", "[]", new Collected()).reason, nullValue());
  }
}
