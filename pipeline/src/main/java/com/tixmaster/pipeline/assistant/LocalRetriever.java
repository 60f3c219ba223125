package com.tixmaster.pipeline.assistant;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Offline retrieval: an in-memory Lucene index (BM25) over each event's text, name, headliner,
 * venue and classification, combined with the question's hard filters.
 *
 * <ol>
 *   <li>The candidates are the events that satisfy every hard filter ({@link Question#matches}).
 *   <li>The question's remaining words are analysed like the documents (lower case, accents folded,
 *       English stop words, Porter stems). A word that no event contains matches nothing, so the
 *       answer is "no match" rather than events that ignore it.
 *   <li>Without remaining words, the candidates are listed soonest first (cancelled ones last).
 *   <li>With them, the candidates that contain the most of the words are kept and ranked by BM25,
 *       name and headliner weighing most; ties go to the sooner event.
 * </ol>
 */
final class LocalRetriever implements Retriever {
  /** Indexed fields and their weights. */
  static final Map<String, Float> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("name", 3f);
    FIELDS.put("attraction", 3f);
    FIELDS.put("venue", 2f);
    FIELDS.put("category", 1.5f);
    FIELDS.put("text", 1f);
  }

  private static final String ORD = "ord";

  /** Soonest first; cancelled events after the others; then by id for a stable order. */
  static final Comparator<EventDoc> SOONEST =
      Comparator.comparing(EventDoc::isCancelled)
          .thenComparing(EventDoc::eventDate, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(EventDoc::eventLocalTime, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(EventDoc::eventId);

  private final List<EventDoc> docs;
  private final Analyzer analyzer = new EventAnalyzer();
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  LocalRetriever(List<EventDoc> docs) throws IOException {
    this.docs = List.copyOf(docs);
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < this.docs.size(); i++) {
        EventDoc d = this.docs.get(i);
        Document doc = new Document();
        doc.add(new IntPoint(ORD, i));
        doc.add(new StoredField(ORD, i));
        add(doc, "name", d.eventName());
        add(doc, "attraction", d.attractionName());
        add(doc, "venue", d.venueName());
        add(doc, "category", join(d.segmentName(), d.genreName(), d.subgenreName()));
        add(doc, "text", d.eventText());
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    searcher.setSimilarity(new BM25Similarity());
  }

  @Override
  public Retrieval retrieve(Question question, int top) throws IOException {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      if (question.matches(docs.get(i))) {
        candidates.add(i);
      }
    }
    List<String> known = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    Set<String> terms = new LinkedHashSet<>();
    for (String word : question.words()) {
      List<String> wordTerms = analyze(word);
      if (wordTerms.isEmpty()) {
        continue; // a stop word
      }
      boolean found = false;
      for (String t : wordTerms) {
        found |= docFreq(t) > 0;
      }
      if (found) {
        known.add(word);
        terms.addAll(wordTerms);
      } else {
        unknown.add(word);
      }
    }
    if (!unknown.isEmpty() || candidates.isEmpty()) {
      return new Retrieval(
          List.of(), 0, known, unknown, terms.isEmpty() ? "date" : "text", "local");
    }
    if (terms.isEmpty()) {
      List<EventDoc> matches = new ArrayList<>();
      for (int i : candidates) {
        matches.add(docs.get(i));
      }
      matches.sort(SOONEST);
      return new Retrieval(
          List.copyOf(matches.subList(0, Math.min(top, matches.size()))),
          matches.size(),
          known,
          unknown,
          "date",
          "local");
    }

    // Keep the candidates that contain the most of the words.
    Query filter = IntPoint.newSetQuery(ORD, toArray(candidates));
    Map<Integer, Integer> coordination = new HashMap<>();
    for (String t : terms) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String f : FIELDS.keySet()) {
        any.add(new TermQuery(new Term(f, t)), Occur.SHOULD);
      }
      BooleanQuery q =
          new BooleanQuery.Builder().add(any.build(), Occur.MUST).add(filter, Occur.FILTER).build();
      for (int ord : ords(searcher.search(q, candidates.size()))) {
        coordination.merge(ord, 1, Integer::sum);
      }
    }
    int most = coordination.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    if (most == 0) {
      return new Retrieval(List.of(), 0, known, unknown, "text", "local");
    }
    List<Integer> kept = new ArrayList<>();
    for (Map.Entry<Integer, Integer> e : coordination.entrySet()) {
      if (e.getValue() == most) {
        kept.add(e.getKey());
      }
    }

    BooleanQuery.Builder scored = new BooleanQuery.Builder();
    for (String t : terms) {
      List<Query> perField = new ArrayList<>();
      for (Map.Entry<String, Float> f : FIELDS.entrySet()) {
        perField.add(new BoostQuery(new TermQuery(new Term(f.getKey(), t)), f.getValue()));
      }
      scored.add(new DisjunctionMaxQuery(perField, 0.1f), Occur.SHOULD);
    }
    scored.add(IntPoint.newSetQuery(ORD, toArray(kept)), Occur.FILTER);
    TopDocs hits = searcher.search(scored.build(), kept.size());
    StoredFields stored = searcher.storedFields();
    List<Scored> ranked = new ArrayList<>();
    for (ScoreDoc sd : hits.scoreDocs) {
      int ord = stored.document(sd.doc).getField(ORD).numericValue().intValue();
      ranked.add(new Scored(docs.get(ord), sd.score));
    }
    ranked.sort(
        Comparator.comparingDouble((Scored s) -> -s.score).thenComparing(s -> s.doc, SOONEST));
    List<EventDoc> events = new ArrayList<>();
    for (Scored s : ranked.subList(0, Math.min(top, ranked.size()))) {
      events.add(s.doc);
    }
    return new Retrieval(List.copyOf(events), ranked.size(), known, unknown, "text", "local");
  }

  private record Scored(EventDoc doc, float score) {}

  private List<Integer> ords(TopDocs topDocs) throws IOException {
    StoredFields stored = searcher.storedFields();
    List<Integer> out = new ArrayList<>();
    for (ScoreDoc sd : topDocs.scoreDocs) {
      out.add(stored.document(sd.doc).getField(ORD).numericValue().intValue());
    }
    return out;
  }

  private int docFreq(String term) throws IOException {
    int n = 0;
    for (String f : FIELDS.keySet()) {
      n += reader.docFreq(new Term(f, term));
    }
    return n;
  }

  /** The index terms of {@code text}, as the documents were analysed. */
  List<String> analyze(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  private static int[] toArray(List<Integer> list) {
    int[] a = new int[list.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = list.get(i);
    }
    return a;
  }

  private static void add(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new TextField(field, value, Field.Store.NO));
    }
  }

  private static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p != null) {
        sb.append(sb.length() == 0 ? "" : " ").append(p);
      }
    }
    return sb.toString();
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }

  /** Standard tokens, lower case, accents folded, English stop words removed, Porter stems. */
  static final class EventAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream ts = new EnglishPossessiveFilter(source);
      ts = new LowerCaseFilter(ts);
      ts = new ASCIIFoldingFilter(ts);
      ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
      ts = new PorterStemFilter(ts);
      return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }
}
