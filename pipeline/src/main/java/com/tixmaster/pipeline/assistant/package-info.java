/**
 * The event assistant (issue #8): questions in plain words answered from {@code
 * gold.event_documents}.
 *
 * <ul>
 *   <li>{@link com.tixmaster.pipeline.assistant.AskCli}: the command line ({@code scripts/ask.sh}).
 *   <li>{@code QuestionParser}: turns a question into hard filters (place, classification, dates,
 *       price) and remaining words, using the {@code Vocabulary} of the data.
 *   <li>{@code LocalRetriever}: offline retrieval, in-memory Lucene BM25 within the filters.
 *   <li>{@code VectorSearchRetriever} and {@code LlmAnswerer}: the Databricks path (Vector Search
 *       and a chat model behind a serving endpoint), over {@code DatabricksClient}.
 *   <li>{@code AnswerWriter}: the answer written from the events, and the text and JSON output.
 * </ul>
 *
 * See docs/ASSISTANT.md for the grammar, the Databricks setup and the evaluation.
 */
package com.tixmaster.pipeline.assistant;
