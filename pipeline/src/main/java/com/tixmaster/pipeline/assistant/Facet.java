package com.tixmaster.pipeline.assistant;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.Nullable;

/**
 * A three-level attribute of an event, from the broadest level to the narrowest: the place
 * (country, state, city) or the classification (segment, genre, subgenre). A value of a facet is a
 * {@link Triple}; the data's distinct triples are the facet's vocabulary.
 */
enum Facet {
  PLACE(List.of("country", "state", "city")) {
    @Override
    Triple of(EventDoc d) {
      return new Triple(d.country(), d.state(), d.city());
    }
  },
  CATEGORY(List.of("segment_name", "genre_name", "subgenre_name")) {
    @Override
    Triple of(EventDoc d) {
      return new Triple(d.segmentName(), d.genreName(), d.subgenreName());
    }
  };

  /** The table columns of the three levels, broadest first. */
  final List<String> columns;

  Facet(List<String> columns) {
    this.columns = columns;
  }

  abstract Triple of(EventDoc d);

  /** One value of a facet: three raw values (broadest first), compared case- and accent-free. */
  record Triple(@Nullable String broad, @Nullable String middle, @Nullable String narrow) {
    @Nullable
    String level(int i) {
      return i == 0 ? broad : i == 1 ? middle : narrow;
    }

    /** The folded form used for comparison. */
    String key() {
      return Text.fold(nullToEmpty(broad))
          + "|"
          + Text.fold(nullToEmpty(middle))
          + "|"
          + Text.fold(nullToEmpty(narrow));
    }

    private static String nullToEmpty(@Nullable String s) {
      return s == null ? "" : s;
    }
  }

  /**
   * A phrase of the question that names values of this facet ("blues", "in London"): the words the
   * user typed, a label for messages, every triple of the data that it names, and whether "or" or
   * "and" joins it to the previous mention of the same facet ("rock or blues").
   */
  record Mention(
      String typed, String label, Set<String> tripleKeys, List<Triple> triples, boolean linked) {
    static Mention of(String typed, String label, List<Triple> triples, boolean linked) {
      Set<String> keys = new LinkedHashSet<>();
      for (Triple t : triples) {
        keys.add(t.key());
      }
      return new Mention(typed, label, keys, List.copyOf(triples), linked);
    }
  }

  /**
   * The hard filter a question puts on one facet. Mentions joined by "or"/"and" are alternatives
   * ("London or Manchester", "rock and blues"). Other mentions narrow each other: one whose triples
   * include all of another's is dropped ("blues concerts" is blues, "Austin, Texas" is Austin);
   * what remains is allowed if any of it matches.
   */
  record Filter(
      Facet facet, List<Mention> mentions, Set<String> allowedKeys, List<Triple> allowed) {

    static @Nullable Filter of(Facet facet, List<Mention> all) {
      if (all.isEmpty()) {
        return null;
      }
      // groups of mentions joined by "or"/"and"
      List<List<Mention>> groups = new ArrayList<>();
      for (Mention m : all) {
        if (m.linked() && !groups.isEmpty()) {
          groups.get(groups.size() - 1).add(m);
        } else {
          groups.add(new ArrayList<>(List.of(m)));
        }
      }
      List<Set<String>> groupKeys = new ArrayList<>();
      for (List<Mention> g : groups) {
        Set<String> keys = new LinkedHashSet<>();
        g.forEach(m -> keys.addAll(m.tripleKeys()));
        groupKeys.add(keys);
      }
      List<Mention> kept = new ArrayList<>();
      for (int i = 0; i < groups.size(); i++) {
        boolean drop = false;
        for (int j = 0; j < groups.size() && !drop; j++) {
          if (i == j) {
            continue;
          }
          Set<String> mine = groupKeys.get(i);
          Set<String> other = groupKeys.get(j);
          boolean subset = mine.containsAll(other);
          boolean equal = subset && other.containsAll(mine);
          // drop a group that another narrows, or that an earlier one repeats
          drop = subset && (!equal || j < i);
        }
        if (!drop) {
          kept.addAll(groups.get(i));
        }
      }
      Set<String> keys = new LinkedHashSet<>();
      List<Triple> triples = new ArrayList<>();
      for (Mention m : kept) {
        for (Triple t : m.triples()) {
          if (keys.add(t.key())) {
            triples.add(t);
          }
        }
      }
      return new Filter(facet, List.copyOf(kept), keys, triples);
    }

    boolean matches(EventDoc d) {
      return allowedKeys.contains(facet.of(d).key());
    }

    /** The labels of the mentions that count, e.g. ["blues"] or ["in London or Manchester"]. */
    List<String> labels() {
      List<String> labels = new ArrayList<>();
      for (Mention m : mentions) {
        labels.add(m.label());
      }
      return labels;
    }

    /**
     * The filter as one column's allowed values, for a server-side filter: of the levels whose
     * values select exactly the allowed triples among {@code vocabulary}, the one with the fewest
     * values (the narrower on a tie): "the UK" is {@code country: [Great Britain]}, not its three
     * cities. When no level is exact, the broadest, which selects a superset (the caller checks
     * each row again).
     */
    Selection selection(Iterable<Triple> vocabulary) {
      Selection best = null;
      for (int level = 0; level < 3; level++) {
        Set<String> values = new LinkedHashSet<>();
        boolean hasNull = false;
        for (Triple t : allowed) {
          String v = t.level(level);
          if (v == null) {
            hasNull = true;
          } else {
            values.add(v);
          }
        }
        if (hasNull || values.isEmpty()) {
          continue;
        }
        boolean exact = exact(level, values, vocabulary);
        if (level == 0 && !exact) {
          best = new Selection(facet.columns.get(0), List.copyOf(values), false);
        } else if (exact
            && (best == null || !best.exact() || values.size() <= best.values().size())) {
          best = new Selection(facet.columns.get(level), List.copyOf(values), true);
        }
      }
      return best != null ? best : new Selection(facet.columns.get(0), List.of(), false);
    }

    private boolean exact(int level, Set<String> values, Iterable<Triple> vocabulary) {
      Set<String> folded = new LinkedHashSet<>();
      for (String v : values) {
        folded.add(Text.fold(v));
      }
      for (Triple t : vocabulary) {
        String v = t.level(level);
        boolean selected = v != null && folded.contains(Text.fold(v));
        if (selected != allowedKeys.contains(t.key())) {
          return false;
        }
      }
      return true;
    }
  }

  /** A column and its allowed values; {@code exact} is false when it selects a superset. */
  record Selection(String column, List<String> values, boolean exact) {}

  /** The distinct triples of {@code docs}, in first-seen order. */
  static List<Triple> distinct(Iterable<EventDoc> docs, Function<EventDoc, Triple> f) {
    Set<String> seen = new LinkedHashSet<>();
    List<Triple> out = new ArrayList<>();
    for (EventDoc d : docs) {
      Triple t = f.apply(d);
      if (seen.add(t.key())) {
        out.add(t);
      }
    }
    return out;
  }
}
