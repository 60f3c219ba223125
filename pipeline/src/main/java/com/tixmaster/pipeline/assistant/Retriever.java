package com.tixmaster.pipeline.assistant;

import java.io.IOException;

/** Finds the events that answer a parsed question. */
interface Retriever extends AutoCloseable {

  /** The best {@code top} events that satisfy every hard filter of {@code question}. */
  Retrieval retrieve(Question question, int top) throws IOException;

  @Override
  default void close() throws IOException {}
}
