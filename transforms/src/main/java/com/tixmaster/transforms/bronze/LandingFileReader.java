package com.tixmaster.transforms.bronze;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.ByteBufferBackedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * Reads one landing file and reports its records, byte-for-byte, without Beam.
 *
 * <p>The file is memory-mapped, so a large file costs no heap. Its shape is told by content: a file
 * whose first line is a complete JSON value followed by more lines is NDJSON (each line stands
 * alone, so a bad line costs one record); otherwise the file is one JSON value, either an array of
 * records or an object, which is an API page when it has {@code _embedded} or {@code page}, and a
 * single record otherwise. A page or array is validated completely before any record is reported,
 * so a truncated file yields no records and is rejected as a whole.
 */
public final class LandingFileReader {
  public static final String SHAPE_PAGE = "page";
  public static final String SHAPE_ARRAY = "array";
  public static final String SHAPE_NDJSON = "ndjson";
  public static final String SHAPE_RECORD = "record";
  public static final String SHAPE_UNKNOWN = "unknown";

  public static final String NOT_AN_OBJECT = "not_an_object";
  public static final String INVALID_JSON = "invalid_json";

  /** Deeper levels are not walked for schema inference (deeply nested junk). */
  private static final int MAX_SCHEMA_DEPTH = 24;

  /**
   * Distinct schema paths kept per file; the rest is junk that would only bloat {@code _schema}.
   */
  private static final int MAX_SCHEMA_PATHS = 4_000;

  /** Rejected payloads are cut to this many characters. */
  private static final int MAX_REJECTED_PAYLOAD = 10_000;

  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** Receives what the reader finds, in file order. */
  public interface Sink {
    void record(long index, @Nullable String id, String payload);

    void rejected(long index, String reasonCode, String detail, @Nullable String payload);
  }

  /** What a file turned out to be. */
  public static final class Result {
    public final String shape;
    public final long records;
    public final @Nullable String error;

    /** A stable code for {@link #error} ({@code BronzeMetrics.FILE_*}), null when loaded. */
    public final @Nullable String reason;

    public final String sha256;
    public final long size;

    /** Distinct {@code path \t json_type} pairs seen in the file's records. */
    public final Set<String> schemaPaths;

    /** A file whose records were all read. */
    static Result loaded(
        String shape, long records, String sha256, long size, Set<String> schemaPaths) {
      return new Result(shape, records, null, null, sha256, size, schemaPaths);
    }

    Result(
        String shape,
        long records,
        @Nullable String reason,
        @Nullable String error,
        String sha256,
        long size,
        Set<String> schemaPaths) {
      this.shape = shape;
      this.records = records;
      this.reason = reason;
      this.error = error;
      this.sha256 = sha256;
      this.size = size;
      this.schemaPaths = schemaPaths;
    }

    public boolean loaded() {
      return error == null;
    }
  }

  private LandingFileReader() {}

  /** Hashes a file without parsing it (files refused by the landing layout). */
  public static Result refuse(Path file, String reason) throws IOException {
    return refuse(file.toString(), reason);
  }

  /** {@link #refuse(Path, String)} for a location: a local path or a URI Beam can open. */
  public static Result refuse(String location, String reason) throws IOException {
    try (Bytes bytes = Bytes.of(location)) {
      return new Result(
          SHAPE_UNKNOWN,
          0,
          BronzeMetrics.FILE_NOT_IN_LAYOUT,
          reason,
          sha256(bytes.buffer()),
          bytes.size(),
          Set.of());
    }
  }

  /**
   * Reads {@code file}. Parse problems make a rejected result; only I/O failures throw, so that a
   * transient error is retried by the next run instead of being checkpointed as bad data.
   */
  public static Result read(Path file, String entity, Sink sink) throws IOException {
    return read(file.toString(), entity, sink);
  }

  /** {@link #read(Path, String, Sink)} for a location: a local path or a URI Beam can open. */
  public static Result read(String location, String entity, Sink sink) throws IOException {
    try (Bytes bytes = Bytes.of(location)) {
      if (bytes.size() > Integer.MAX_VALUE) {
        return new Result(
            SHAPE_UNKNOWN,
            0,
            BronzeMetrics.FILE_TOO_LARGE,
            "file is larger than 2 GiB",
            "",
            bytes.size(),
            Set.of());
      }
      ByteBuffer buffer = bytes.buffer();
      String sha = sha256(buffer);
      Parse parse = new Parse(buffer, entity, sha, bytes.size());
      return parse.run(sink);
    }
  }

  /**
   * A landing file's bytes. A local file is memory-mapped (no copy); any other location (a Volume
   * or object storage, through the Hadoop file system Beam registered for its scheme) is read whole
   * through Beam's {@code FileSystems}.
   */
  private static final class Bytes implements AutoCloseable {
    private final FileChannel channel;
    private final long size;
    private ByteBuffer buffer;

    private Bytes(FileChannel channel, long size, ByteBuffer buffer) {
      this.channel = channel;
      this.size = size;
      this.buffer = buffer;
    }

    static Bytes of(String location) throws IOException {
      if (!location.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || location.startsWith("file:")) {
        Path path =
            location.startsWith("file:")
                ? Path.of(java.net.URI.create(location))
                : Path.of(location);
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        return new Bytes(channel, channel.size(), null);
      }
      org.apache.beam.sdk.io.fs.MatchResult.Metadata file =
          org.apache.beam.sdk.io.FileSystems.matchSingleFileSpec(location);
      if (file.sizeBytes() > Integer.MAX_VALUE) {
        return new Bytes(null, file.sizeBytes(), ByteBuffer.allocate(0));
      }
      try (java.io.InputStream in =
          java.nio.channels.Channels.newInputStream(
              org.apache.beam.sdk.io.FileSystems.open(file.resourceId()))) {
        byte[] all = in.readAllBytes();
        return new Bytes(null, all.length, ByteBuffer.wrap(all));
      }
    }

    long size() {
      return size;
    }

    ByteBuffer buffer() throws IOException {
      if (buffer == null) {
        buffer =
            size == 0
                ? ByteBuffer.allocate(0)
                : channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
      }
      return buffer;
    }

    @Override
    public void close() throws IOException {
      if (channel != null) {
        channel.close();
      }
    }
  }

  private static String sha256(ByteBuffer bytes) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(bytes.duplicate());
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One file's parse state. */
  private static final class Parse {
    private final ByteBuffer bytes;
    private final String entity;
    private final String sha;
    private final long size;
    private final Set<String> paths = new LinkedHashSet<>();
    private final PathNode root = new PathNode("");
    private @Nullable String currentId;

    Parse(ByteBuffer bytes, String entity, String sha, long size) {
      this.bytes = bytes;
      this.entity = entity;
      this.sha = sha;
      this.size = size;
    }

    Result run(Sink sink) {
      int start = skipBomAndSpace(0);
      if (start >= bytes.limit()) {
        return reject(SHAPE_UNKNOWN, BronzeMetrics.FILE_EMPTY, "empty file");
      }
      byte first = bytes.get(start);
      if (first != '{' && first != '[') {
        return reject(
            SHAPE_UNKNOWN,
            BronzeMetrics.FILE_NOT_JSON,
            "file is neither a JSON object, an array nor NDJSON");
      }
      if (first == '{' && isNdjson(start)) {
        return readNdjson(start, sink);
      }
      try {
        return first == '[' ? readArray(start, sink) : readObject(start, sink);
      } catch (IOException | RuntimeException e) {
        return reject(
            first == '[' ? SHAPE_ARRAY : SHAPE_UNKNOWN,
            BronzeMetrics.FILE_INVALID_JSON,
            describe(e));
      }
    }

    private boolean isNdjson(int start) {
      int newline = indexOf((byte) '\n', start);
      if (newline < 0 || skipBomAndSpace(newline) >= bytes.limit()) {
        return false;
      }
      try (JsonParser parser = parser(start, newline)) {
        if (!completeValue(parser)) {
          return false;
        }
        return parser.nextToken() == null;
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }

    private Result readNdjson(int start, Sink sink) {
      long index = 0;
      int lineStart = start;
      while (lineStart < bytes.limit()) {
        int newline = indexOf((byte) '\n', lineStart);
        int lineEnd = newline < 0 ? bytes.limit() : newline;
        if (skipSpace(lineStart, lineEnd) < lineEnd) {
          readLine(index++, lineStart, lineEnd, sink);
        }
        lineStart = lineEnd + 1;
      }
      return Result.loaded(SHAPE_NDJSON, index, sha, size, paths);
    }

    private void readLine(long index, int from, int to, Sink sink) {
      try (JsonParser parser = parser(from, to)) {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.START_OBJECT) {
          String id = scanRecord(parser);
          if (parser.nextToken() != null) {
            throw new IOException("content after the record");
          }
          sink.record(index, id, text(from, to).trim());
        } else {
          parser.skipChildren();
          if (parser.nextToken() != null) {
            throw new IOException("content after the value");
          }
          sink.rejected(
              index, NOT_AN_OBJECT, "NDJSON line is a JSON " + kind(token), cut(from, to));
        }
      } catch (IOException | RuntimeException e) {
        sink.rejected(index, INVALID_JSON, describe(e), cut(from, to));
      }
    }

    private Result readArray(int start, Sink sink) throws IOException {
      List<long[]> spans = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      try (JsonParser parser = parser(start, bytes.limit())) {
        parser.nextToken();
        collectElements(parser, start, spans, ids);
        if (parser.nextToken() != null) {
          throw new IOException("content after the array");
        }
      }
      emit(spans, ids, sink);
      return Result.loaded(SHAPE_ARRAY, spans.size(), sha, size, paths);
    }

    /**
     * An object is an API page when it has a {@code page} object or an {@code _embedded} array of
     * this entity; anything else (an event detail, whose {@code _embedded} holds venues) is one
     * record.
     */
    private Result readObject(int start, Sink sink) throws IOException {
      List<long[]> spans = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      boolean hasPage = false;
      Embedded embedded = new Embedded();
      try (JsonParser parser = parser(start, bytes.limit())) {
        parser.nextToken();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.getCurrentName();
          JsonToken value = parser.nextToken();
          if ("_embedded".equals(field) && value == JsonToken.START_OBJECT) {
            embedded = readEmbedded(parser, start, spans, ids);
          } else {
            hasPage |= "page".equals(field) && value == JsonToken.START_OBJECT;
            parser.skipChildren();
          }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
          throw new IOException("unexpected end of the object");
        }
        if (parser.nextToken() != null) {
          throw new IOException("content after the object");
        }
      }
      if (!hasPage && !embedded.matched) {
        return readSingleRecord(start, sink);
      }
      if (!embedded.matched && !embedded.others.isEmpty()) {
        return reject(
            SHAPE_PAGE,
            BronzeMetrics.FILE_NO_RECORDS_ARRAY,
            "page has no _embedded." + entity + " array (found: " + embedded.others + ")");
      }
      emit(spans, ids, sink);
      return Result.loaded(SHAPE_PAGE, spans.size(), sha, size, paths);
    }

    /** What an {@code _embedded} object held. */
    private final class Embedded {
      boolean matched;
      String others = "";
    }

    /** Reads {@code _embedded}, collecting this entity's array. */
    private Embedded readEmbedded(JsonParser parser, int base, List<long[]> spans, List<String> ids)
        throws IOException {
      Embedded embedded = new Embedded();
      List<String> others = new ArrayList<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.getCurrentName();
        JsonToken value = parser.nextToken();
        if (key.equals(entity) && value == JsonToken.START_ARRAY) {
          collectElements(parser, base, spans, ids);
          embedded.matched = true;
        } else {
          others.add(key);
          parser.skipChildren();
        }
      }
      embedded.others = String.join(", ", others);
      return embedded;
    }

    private Result readSingleRecord(int start, Sink sink) throws IOException {
      try (JsonParser parser = parser(start, bytes.limit())) {
        parser.nextToken();
        String id = scanRecord(parser);
        sink.record(0, id, text(start, bytes.limit()).trim());
      }
      return Result.loaded(SHAPE_RECORD, 1, sha, size, paths);
    }

    /**
     * Walks an array's elements, remembering each one's absolute byte span; the parser is on '['
     * and was opened at byte {@code base}.
     */
    private void collectElements(JsonParser parser, int base, List<long[]> spans, List<String> ids)
        throws IOException {
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token == null) {
          throw new IOException("unexpected end of input inside an array");
        }
        long from = base + parser.getTokenLocation().getByteOffset();
        String id = null;
        boolean object = token == JsonToken.START_OBJECT;
        if (object) {
          id = scanRecord(parser);
        } else {
          parser.skipChildren();
        }
        long to = base + parser.getCurrentLocation().getByteOffset();
        spans.add(new long[] {from, to, object ? 1 : 0});
        ids.add(id);
      }
    }

    private void emit(List<long[]> spans, List<String> ids, Sink sink) {
      for (int i = 0; i < spans.size(); i++) {
        long[] span = spans.get(i);
        int from = (int) span[0];
        int to = (int) span[1];
        if (span[2] == 1) {
          sink.record(i, ids.get(i), text(from, to));
        } else {
          sink.rejected(i, NOT_AN_OBJECT, "array element is not a JSON object", cut(from, to));
        }
      }
    }

    /** Walks one record object (parser on '{') for its id and field paths. */
    private String scanRecord(JsonParser parser) throws IOException {
      currentId = null;
      scanObject(parser, root, 0);
      return currentId;
    }

    private void scanObject(JsonParser parser, PathNode node, int depth) throws IOException {
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String name = parser.getCurrentName();
        JsonToken value = parser.nextToken();
        if (depth == 0 && "id".equals(name) && value != null && value.isScalarValue()) {
          String id = value == JsonToken.VALUE_NULL ? null : parser.getText().trim();
          currentId = id == null || id.isEmpty() ? null : id;
        }
        scanValue(parser, value, node.field(name), depth + 1);
      }
      if (token != JsonToken.END_OBJECT) {
        throw new IOException("unexpected end of input inside an object");
      }
    }

    private void scanValue(JsonParser parser, JsonToken value, PathNode node, int depth)
        throws IOException {
      if (value == null) {
        throw new IOException("unexpected end of input");
      }
      int bit = 1 << value.ordinal();
      if ((node.seen & bit) == 0 && paths.size() < MAX_SCHEMA_PATHS) {
        node.seen |= bit;
        paths.add(node.path + "\t" + kind(value));
      }
      if (value == JsonToken.START_OBJECT) {
        if (depth > MAX_SCHEMA_DEPTH) {
          parser.skipChildren();
        } else {
          scanObject(parser, node, depth);
        }
      } else if (value == JsonToken.START_ARRAY) {
        if (depth > MAX_SCHEMA_DEPTH) {
          parser.skipChildren();
          return;
        }
        PathNode elements = node.elements();
        JsonToken element;
        while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
          scanValue(parser, element, elements, depth + 1);
        }
      }
    }

    private Result reject(String shape, String reason, String error) {
      return new Result(shape, 0, reason, error, sha, size, Set.of());
    }

    private JsonParser parser(int from, int to) throws IOException {
      ByteBuffer slice = bytes.duplicate();
      slice.position(from).limit(to);
      // Byte offsets the parser reports are relative to 'from'.
      return JSON.createParser(new ByteBufferBackedInputStream(slice));
    }

    private boolean completeValue(JsonParser parser) throws IOException {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return false;
      }
      parser.skipChildren();
      return true;
    }

    private String text(int from, int to) {
      // new String(byte[], UTF_8) decodes on the JDK's fast path; Charset.decode goes char by char
      byte[] copy = new byte[to - from];
      bytes.duplicate().position(from).get(copy);
      return new String(copy, StandardCharsets.UTF_8);
    }

    private String cut(int from, int to) {
      String text = text(from, Math.min(to, from + MAX_REJECTED_PAYLOAD * 4)).trim();
      return text.length() > MAX_REJECTED_PAYLOAD ? text.substring(0, MAX_REJECTED_PAYLOAD) : text;
    }

    private int indexOf(byte b, int from) {
      for (int i = from; i < bytes.limit(); i++) {
        if (bytes.get(i) == b) {
          return i;
        }
      }
      return -1;
    }

    private int skipBomAndSpace(int from) {
      int i = from;
      if (i == 0
          && bytes.limit() >= 3
          && (bytes.get(0) & 0xFF) == 0xEF
          && (bytes.get(1) & 0xFF) == 0xBB
          && (bytes.get(2) & 0xFF) == 0xBF) {
        i = 3;
      }
      return skipSpace(i, bytes.limit());
    }

    private int skipSpace(int from, int to) {
      int i = from;
      while (i < to) {
        byte b = bytes.get(i);
        if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
          break;
        }
        i++;
      }
      return i;
    }
  }

  /**
   * A field path of the file's records, with the JSON token types already recorded for it: the walk
   * looks a child up by its (interned) field name instead of building and hashing the path text for
   * every value.
   */
  private static final class PathNode {
    final String path;

    /** Bit {@code 1 << token.ordinal()} per token type recorded in {@code paths}. */
    int seen;

    private @Nullable Map<String, PathNode> fields;
    private @Nullable PathNode elements;

    PathNode(String path) {
      this.path = path;
    }

    PathNode field(String name) {
      if (fields == null) {
        fields = new HashMap<>();
      }
      PathNode child = fields.get(name);
      if (child == null) {
        child = new PathNode(path.isEmpty() ? name : path + "." + name);
        fields.put(name, child);
      }
      return child;
    }

    PathNode elements() {
      if (elements == null) {
        elements = new PathNode(path + "[]");
      }
      return elements;
    }
  }

  static String kind(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    switch (token) {
      case START_OBJECT:
        return "object";
      case START_ARRAY:
        return "array";
      case VALUE_STRING:
        return "string";
      case VALUE_NUMBER_INT:
        return "integer";
      case VALUE_NUMBER_FLOAT:
        return "number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.name().toLowerCase();
    }
  }

  private static String describe(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    // Jackson appends a source location that says nothing useful about a mapped file.
    message =
        message
            .replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
            .replaceAll("\\s*at \\[Source:[^\\]]*\\]", "")
            .replace('\n', ' ')
            .trim();
    return message.length() > 500 ? message.substring(0, 500) + "…" : message;
  }
}
