package com.tixmaster.pipeline.assistant;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the assistant compares words: case-, accent- and whitespace-insensitive. {@link #fold} maps "
 * Montréal " and "montreal" to the same key; {@link #tokenize} splits a question into words,
 * numbers and currency signs, remembering where each came from so that a filter can quote what the
 * user typed.
 */
final class Text {
  private Text() {}

  /** A token of a question: its folded form and its span in the original text. */
  record Token(String norm, int start, int end) {}

  /** Lower case, accents and ł/ß folded, apostrophes dropped, whitespace collapsed, trimmed. */
  static String fold(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    n =
        n.replace('ł', 'l')
            .replace('Ł', 'L')
            .replace("ß", "ss")
            .replace('’', '\'')
            .replace('‘', '\'')
            .replace("'", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
  }

  /**
   * The key of a name or phrase: its tokens joined by single spaces, e.g. "Hip-Hop/Rap" → "hip hop
   * rap", "Arts &amp; Theatre" → "arts and theatre", "Children's Theatre" → "childrens theatre".
   */
  static String key(String s) {
    List<String> words = new ArrayList<>();
    for (Token t : tokenize(s)) {
      words.add(t.norm());
    }
    return String.join(" ", words);
  }

  /**
   * Splits text into tokens: runs of letters and digits ("r&amp;b" and "19.99", "1,000" and
   * "2026-12-12" stay whole), the currency signs $ £ € (a prefix such as "c$" or "us$" stays with
   * its sign), and a free-standing "&amp;" as "and". Letters and digits are split apart ("12th" →
   * "12", "th"; "100usd" → "100", "usd"). Everything else separates tokens.
   */
  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '$' || c == '£' || c == '€') {
        tokens.add(new Token(String.valueOf(c), i, i + 1));
        i++;
      } else if (c == '&') {
        tokens.add(new Token("and", i, i + 1));
        i++;
      } else if (Character.isLetter(c)) {
        int j = i;
        while (j < n) {
          char d = text.charAt(j);
          if (Character.isLetter(d)
              || d == '\''
              || d == '’'
              || Character.getType(d) == Character.NON_SPACING_MARK) {
            j++;
          } else if (d == '&' && j + 1 < n && Character.isLetter(text.charAt(j + 1))) {
            j++; // r&b
          } else {
            break;
          }
        }
        if (j < n && text.charAt(j) == '$') {
          j++; // c$, us$, mx$
        }
        String norm = fold(text.substring(i, j));
        if (!norm.isEmpty()) {
          tokens.add(new Token(norm, i, j));
        }
        i = j;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < n) {
          char d = text.charAt(j);
          if (Character.isDigit(d)) {
            j++;
          } else if ((d == '.' || d == ',' || d == '-')
              && j + 1 < n
              && Character.isDigit(text.charAt(j + 1))) {
            j++;
          } else {
            break;
          }
        }
        tokens.add(new Token(text.substring(i, j), i, j));
        i = j;
      } else {
        i++;
      }
    }
    return tokens;
  }

  /** "1,000.50" → 1000.5; null when it is not a plain number. */
  static Double parseNumber(String s) {
    String t = s.replace(",", "");
    if (!t.matches("\\d+(\\.\\d+)?")) {
      return null;
    }
    return Double.valueOf(t);
  }
}
