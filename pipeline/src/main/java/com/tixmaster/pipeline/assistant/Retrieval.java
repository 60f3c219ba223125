package com.tixmaster.pipeline.assistant;

import java.util.List;

/**
 * What a retriever found for a question.
 *
 * @param events the best matches, best first, at most the requested number
 * @param total how many events matched in all ({@code events} may show fewer)
 * @param textTerms the question's remaining words that were matched against the events' text
 * @param unknownWords remaining words that no event contains: nothing matches them
 * @param rankedBy "text" (BM25 over the remaining words), "date" (soonest first) or "similarity"
 * @param retriever "local" or "vector-search"
 */
record Retrieval(
    List<EventDoc> events,
    int total,
    List<String> textTerms,
    List<String> unknownWords,
    String rankedBy,
    String retriever) {

  boolean isEmpty() {
    return events.isEmpty();
  }
}
