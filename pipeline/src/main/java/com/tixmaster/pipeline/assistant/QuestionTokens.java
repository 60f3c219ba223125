package com.tixmaster.pipeline.assistant;

import com.tixmaster.pipeline.assistant.Text.Token;
import java.util.List;

/**
 * The tokens of one question and which of them a parser has already consumed. The facet parsers
 * ({@link DateParser}, {@link PriceParser}, {@link PlaceAndCategoryParser}) run over the same
 * instance one after the other, so that a word one of them understood ("may" in "in May", "50" in
 * "under $50") is not read again by the next; whatever is left is text for matching. Lookups past
 * either end read as the empty word, and {@link #isAny} never matches a consumed word.
 */
final class QuestionTokens {

  private final List<Token> tokens;
  private final boolean[] used;

  QuestionTokens(String text) {
    this.tokens = Text.tokenize(text);
    this.used = new boolean[tokens.size()];
  }

  int size() {
    return tokens.size();
  }

  Token get(int i) {
    return tokens.get(i);
  }

  boolean used(int i) {
    return used[i];
  }

  /** Which tokens are consumed now, to see afterwards which ones a parser took. */
  boolean[] snapshot() {
    return used.clone();
  }

  String word(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).norm() : "";
  }

  boolean isAny(int i, String... words) {
    if (i < 0 || i >= tokens.size() || used[i]) {
      return false;
    }
    String w = word(i);
    for (String candidate : words) {
      if (w.equals(candidate)) {
        return true;
      }
    }
    return false;
  }

  boolean matchesAt(int i, List<String> phrase) {
    for (int k = 0; k < phrase.size(); k++) {
      if (!isAny(i + k, phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  boolean free(int i, int len) {
    for (int k = i; k < i + len; k++) {
      if (used[k]) {
        return false;
      }
    }
    return true;
  }

  void use(int... indexes) {
    for (int i : indexes) {
      if (i >= 0 && i < used.length) {
        used[i] = true;
      }
    }
  }

  void useRange(int from, int len) {
    for (int k = from; k < from + len; k++) {
      used[k] = true;
    }
  }
}
