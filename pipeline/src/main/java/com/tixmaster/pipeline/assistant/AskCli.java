package com.tixmaster.pipeline.assistant;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The event assistant: {@code AskCli [options] "question"}. Answers a question in plain words from
 * {@code gold.event_documents}: it parses the question's hard filters (place, classification,
 * dates, price), retrieves the matching events, prints them and a short answer that cites each
 * event as [event_id].
 *
 * <pre>
 *   --lakehouse=DIR         the local lake (default: lakehouse)
 *   --asOf=WHEN             "today" for relative dates: ISO instant, date or epoch ms (default:
 *                           the as-of of the run that built the published documents, else now)
 *   --top=N                 how many events to show, 1..50 (default 5)
 *   --format=text|json      (default text)
 *   --retriever=local|vector-search
 *                           local: Lucene BM25 in memory, offline (default);
 *                           vector-search: a Databricks Vector Search index (needs --endpoint, --index)
 *   --endpoint=NAME         the Vector Search endpoint
 *   --index=CAT.SCHEMA.IDX  the Vector Search index over gold.event_documents
 *   --queryType=ann|hybrid  the Vector Search query type (default ann)
 *   --llm=NAME              a serving endpoint (chat model) that writes the answer from the events
 *   --timeout=SECONDS       per Databricks request (default 30)
 * </pre>
 *
 * The Databricks options read {@code DATABRICKS_HOST} and {@code DATABRICKS_TOKEN} from the
 * environment; the token is never printed. Exit status: 0 answered (also when nothing matches), 2
 * bad options, 1 any other failure.
 */
public final class AskCli {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int BAD_OPTIONS = 2;
  static final int MAX_TOP = 50;
  static final int SCAN_LIMIT = 50_000;

  private static final String USAGE =
      "usage: ask.sh [--lakehouse=DIR] [--asOf=WHEN] [--top=5] [--format=text|json]"
          + " [--retriever=local|vector-search --endpoint=NAME --index=CATALOG.SCHEMA.INDEX]"
          + " [--queryType=ann|hybrid] [--llm=SERVING_ENDPOINT] [--timeout=SECONDS] \"question\"";

  private AskCli() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.getenv()));
  }

  /** Options after validation. */
  record Options(
      Path lakehouse,
      Instant asOf,
      int top,
      String format,
      String retriever,
      String endpoint,
      String index,
      String queryType,
      String llm,
      Duration timeout,
      String question) {}

  /** Thrown for a bad option; the message names it. */
  static final class BadOption extends Exception {
    BadOption(String message) {
      super(message);
    }
  }

  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    Options options;
    try {
      options = parse(args, Instant.now());
    } catch (BadOption e) {
      err.println("ask: " + e.getMessage());
      err.println(USAGE);
      return BAD_OPTIONS;
    }
    if (options == null) {
      out.println(USAGE);
      return OK;
    }
    if (options.asOf() == null) {
      options = withDocumentsAsOf(options, err);
    }
    DatabricksClient client = null;
    if (options.retriever().equals("vector-search") || options.llm() != null) {
      try {
        client = DatabricksClient.fromEnvironment(env, options.timeout());
      } catch (IllegalArgumentException e) {
        err.println(
            "ask: "
                + e.getMessage()
                + " (needed by "
                + (options.llm() != null ? "--llm" : "--retriever=vector-search")
                + ")");
        return BAD_OPTIONS;
      }
    }
    try {
      AnswerWriter.Result result = answer(options, client, err);
      out.print(
          options.format().equals("json")
              ? AnswerWriter.json(result) + System.lineSeparator()
              : AnswerWriter.text(result));
      return OK;
    } catch (IOException | RuntimeException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      err.println("ask: " + (client == null ? message : client.redact(message)));
      return FAILED;
    }
  }

  static AnswerWriter.Result answer(Options o, DatabricksClient client, PrintStream err)
      throws IOException {
    Retriever retriever;
    Vocabulary vocabulary;
    if (o.retriever().equals("local")) {
      List<EventDoc> docs = EventDocuments.load(o.lakehouse());
      vocabulary = Vocabulary.of(docs);
      retriever = new LocalRetriever(docs);
    } else {
      List<EventDoc> known =
          EventDocuments.exists(o.lakehouse())
              ? EventDocuments.load(o.lakehouse())
              : VectorSearchRetriever.scan(client, o.index(), SCAN_LIMIT);
      vocabulary = Vocabulary.of(known);
      retriever =
          new VectorSearchRetriever(client, o.endpoint(), o.index(), vocabulary, o.queryType());
    }
    try (Retriever r = retriever) {
      Question question = new QuestionParser(vocabulary, o.asOf()).parse(o.question());
      Retrieval found = r.retrieve(question, o.top());
      if (o.llm() == null || found.isEmpty()) {
        return new AnswerWriter.Result(
            question, found, AnswerWriter.templateAnswer(question, found), "template");
      }
      LlmAnswerer llm = new LlmAnswerer(client, o.llm());
      String text = llm.answer(question, found.events());
      for (String stray : LlmAnswerer.strayCitations(text, found.events())) {
        err.println("ask: warning: the model cited [" + stray + "], which is not among the events");
      }
      return new AnswerWriter.Result(question, found, text, "llm:" + o.llm());
    }
  }

  /** The options, or null when help was asked for. */
  static Options parse(String[] args, Instant now) throws BadOption {
    String lakehouse = "lakehouse";
    String asOf = null;
    String top = "5";
    String format = "text";
    String retriever = "local";
    String endpoint = null;
    String index = null;
    String queryType = "ann";
    String llm = null;
    String timeout = "30";
    StringBuilder question = new StringBuilder();
    for (String arg : args) {
      if (arg.equals("-h") || arg.equals("--help")) {
        return null;
      }
      if (arg.startsWith("--")) {
        int eq = arg.indexOf('=');
        String name = eq < 0 ? arg : arg.substring(0, eq);
        if (eq < 0) {
          throw new BadOption(name + " needs a value (" + name + "=…)");
        }
        String value = arg.substring(eq + 1).trim();
        switch (name) {
          case "--lakehouse" -> lakehouse = value;
          case "--asOf" -> asOf = value;
          case "--top" -> top = value;
          case "--format" -> format = value;
          case "--retriever" -> retriever = value;
          case "--endpoint" -> endpoint = value;
          case "--index" -> index = value;
          case "--queryType" -> queryType = value.toLowerCase(java.util.Locale.ROOT);
          case "--llm" -> llm = value;
          case "--timeout" -> timeout = value;
          default -> throw new BadOption("unknown option " + name);
        }
      } else {
        question.append(question.length() == 0 ? "" : " ").append(arg);
      }
    }
    if (lakehouse.isBlank()) {
      throw new BadOption("--lakehouse must not be empty");
    }
    int n;
    try {
      n = Integer.parseInt(top);
    } catch (NumberFormatException e) {
      throw new BadOption("--top must be a whole number from 1 to " + MAX_TOP + ", not " + top);
    }
    if (n < 1 || n > MAX_TOP) {
      throw new BadOption("--top must be from 1 to " + MAX_TOP + ", not " + top);
    }
    if (!format.equals("text") && !format.equals("json")) {
      throw new BadOption("--format must be text or json, not " + format);
    }
    if (!retriever.equals("local") && !retriever.equals("vector-search")) {
      throw new BadOption("--retriever must be local or vector-search, not " + retriever);
    }
    if (retriever.equals("vector-search")) {
      if (endpoint == null || endpoint.isBlank()) {
        throw new BadOption("--endpoint is required with --retriever=vector-search");
      }
      if (index == null || !index.matches("[A-Za-z0-9_`-]+\\.[A-Za-z0-9_`-]+\\.[A-Za-z0-9_`-]+")) {
        throw new BadOption(
            "--index must be CATALOG.SCHEMA.INDEX with --retriever=vector-search, not " + index);
      }
    } else if (endpoint != null || index != null) {
      throw new BadOption(
          (endpoint != null ? "--endpoint" : "--index") + " needs --retriever=vector-search");
    }
    if (!queryType.equals("ann") && !queryType.equals("hybrid")) {
      throw new BadOption("--queryType must be ann or hybrid, not " + queryType);
    }
    if (llm != null && !llm.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
      throw new BadOption("--llm must be a serving endpoint name, not " + llm);
    }
    Duration t;
    try {
      t = Duration.ofMillis((long) (Double.parseDouble(timeout) * 1000));
    } catch (NumberFormatException e) {
      throw new BadOption("--timeout must be a number of seconds, not " + timeout);
    }
    if (t.isNegative() || t.isZero() || t.toSeconds() > 600) {
      throw new BadOption("--timeout must be more than 0 and at most 600 seconds, not " + timeout);
    }
    if (question.toString().isBlank()) {
      throw new BadOption("no question given");
    }
    // Without --asOf, run() takes the as-of the published documents were built for.
    Instant when = asOf == null || asOf.isBlank() ? null : parseInstant(asOf);
    return new Options(
        Path.of(lakehouse).toAbsolutePath(),
        when,
        n,
        format,
        retriever,
        endpoint,
        index,
        queryType,
        llm,
        t,
        question.toString().trim());
  }

  /**
   * The as-of of the run that built the published documents, or now when the lake says nothing;
   * either way it says which, on stderr (the answer's format stays clean).
   */
  static Options withDocumentsAsOf(Options o, PrintStream err) {
    Instant asOf = Instant.now();
    String why = "now (no run in " + o.lakehouse() + "'s etl_log built and published documents)";
    try {
      java.util.Optional<DocumentsAsOf.Found> found = DocumentsAsOf.of(o.lakehouse());
      if (found.isPresent()) {
        asOf = found.get().asOf();
        why = "the as-of of run " + found.get().runId() + ", which built gold.event_documents";
      }
    } catch (IOException | RuntimeException e) {
      why = "now (etl_log unreadable: " + e.getMessage() + ")";
    }
    err.println("ask: as of " + asOf + ": " + why + "; --asOf=WHEN to change");
    return new Options(
        o.lakehouse(),
        asOf,
        o.top(),
        o.format(),
        o.retriever(),
        o.endpoint(),
        o.index(),
        o.queryType(),
        o.llm(),
        o.timeout(),
        o.question());
  }

  /** The pipeline's formats: an ISO instant, a date (midnight UTC) or epoch milliseconds. */
  static Instant parseInstant(String value) throws BadOption {
    String v = value.trim();
    try {
      if (v.matches("\\d{12,}")) {
        return Instant.ofEpochMilli(Long.parseLong(v));
      }
      if (v.length() == 10) {
        return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (!v.endsWith("Z") && !v.matches(".*[+-]\\d{2}:\\d{2}$")) {
        v = v + "Z";
      }
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new BadOption(
          "--asOf must be an ISO instant (2026-11-26T00:00:00Z), a date (2026-11-26) or epoch"
              + " milliseconds, not "
              + value);
    }
  }
}
