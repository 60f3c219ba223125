package com.tixmaster.pipeline.assistant;

import com.tixmaster.pipeline.assistant.Facet.Triple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names a question can use as hard filters, taken from the data itself: the distinct cities,
 * states and countries, and the distinct segment, genre and subgenre names of the documents, plus a
 * small table of aliases (LA, NYC, UK …) and synonyms (concerts, gigs, stand-up …). An alias counts
 * only when what it points to is in the data; a place alias gives way to a place of that very name,
 * while a synonym adds to a classification name ("theatre" is the genre Theatre and the segment
 * Arts &amp; Theatre).
 */
final class Vocabulary {
  /** Place aliases: phrase → names it may mean (city, state or country), most likely first. */
  static final Map<String, List<String>> PLACE_ALIASES =
      Map.ofEntries(
          Map.entry("la", List.of("Los Angeles")),
          Map.entry("l a", List.of("Los Angeles")),
          Map.entry("nyc", List.of("New York")),
          Map.entry("new york city", List.of("New York")),
          Map.entry("manhattan", List.of("New York")),
          Map.entry("sf", List.of("San Francisco")),
          Map.entry("san fran", List.of("San Francisco")),
          Map.entry("vegas", List.of("Las Vegas")),
          Map.entry("philly", List.of("Philadelphia")),
          Map.entry("dc", List.of("Washington")),
          Map.entry("washington dc", List.of("Washington")),
          Map.entry("mexico city", List.of("Ciudad de México", "Mexico City")),
          Map.entry("cdmx", List.of("Ciudad de México", "Mexico City")),
          Map.entry("warsaw", List.of("Warszawa", "Warsaw")),
          Map.entry("cracow", List.of("Kraków", "Krakow")),
          Map.entry("uk", List.of("Great Britain", "United Kingdom", "GB")),
          Map.entry("u k", List.of("Great Britain", "United Kingdom", "GB")),
          Map.entry("united kingdom", List.of("Great Britain", "United Kingdom", "GB")),
          Map.entry("britain", List.of("Great Britain", "United Kingdom", "GB")),
          Map.entry("england", List.of("Great Britain", "United Kingdom", "GB")),
          Map.entry("gb", List.of("Great Britain", "United Kingdom", "GB")),
          Map.entry("usa", List.of("United States Of America", "United States", "US")),
          Map.entry("u s a", List.of("United States Of America", "United States", "US")),
          Map.entry("united states", List.of("United States Of America", "United States", "US")),
          Map.entry("america", List.of("United States Of America", "United States", "US")),
          Map.entry("the states", List.of("United States Of America", "United States", "US")));

  /** Classification synonyms: phrase → segment, genre or subgenre names it may mean. */
  static final Map<String, List<String>> CATEGORY_SYNONYMS =
      Map.ofEntries(
          Map.entry("concert", List.of("Music")),
          Map.entry("gig", List.of("Music")),
          Map.entry("live music", List.of("Music")),
          Map.entry("band", List.of("Music")),
          Map.entry("sport", List.of("Sports")),
          Map.entry("sporting", List.of("Sports")),
          Map.entry("game", List.of("Sports")),
          Map.entry("match", List.of("Sports")),
          Map.entry("theatre", List.of("Arts & Theatre", "Theatre")),
          Map.entry("theater", List.of("Arts & Theatre", "Theatre")),
          Map.entry("theatres", List.of("Arts & Theatre", "Theatre")),
          Map.entry("theaters", List.of("Arts & Theatre", "Theatre")),
          Map.entry("arts", List.of("Arts & Theatre")),
          Map.entry("stand up", List.of("Stand-Up")),
          Map.entry("standup", List.of("Stand-Up")),
          Map.entry("comedian", List.of("Comedy")),
          Map.entry("comic", List.of("Comedy")),
          Map.entry("improv", List.of("Improv")),
          Map.entry("movie", List.of("Film")),
          Map.entry("cinema", List.of("Film")),
          Map.entry("screening", List.of("Film")),
          Map.entry("american football", List.of("Football")),
          Map.entry("hip hop", List.of("Hip-Hop/Rap", "Hip-Hop")),
          Map.entry("rnb", List.of("R&B")),
          Map.entry("r n b", List.of("R&B")),
          Map.entry("r and b", List.of("R&B")),
          Map.entry("edm", List.of("Dance/Electronic")),
          Map.entry("electronic music", List.of("Dance/Electronic")),
          Map.entry("orchestra", List.of("Classical")),
          Map.entry("symphony", List.of("Classical")),
          Map.entry("kids", List.of("Family", "Children's Theatre")),
          Map.entry("children", List.of("Family", "Children's Theatre")),
          Map.entry("festival", List.of("Fairs & Festivals", "Festival")),
          Map.entry("fair", List.of("Fairs & Festivals", "Fair")));

  /** Names that classify nothing. */
  private static final Set<String> MEANINGLESS = Set.of("undefined", "other", "none", "n a");

  private final List<Triple> places;
  private final List<Triple> categories;
  private final Map<String, List<String>> placePhrases = new LinkedHashMap<>();
  private final Map<String, List<String>> categoryPhrases = new LinkedHashMap<>();
  private final int longestPhrase;

  /** The distinct event and headliner names as padded keys: " bright saints the musical ". */
  private final List<String> nameKeys;

  Vocabulary(List<Triple> places, List<Triple> categories, List<String> names) {
    this.places = List.copyOf(places);
    this.categories = List.copyOf(categories);
    Set<String> keys = new LinkedHashSet<>();
    for (String n : names) {
      String k = Text.key(n);
      if (!k.isEmpty()) {
        keys.add(" " + k + " ");
      }
    }
    this.nameKeys = List.copyOf(keys);
    for (Triple t : places) {
      for (int level = 0; level < 3; level++) {
        addName(placePhrases, t.level(level));
      }
    }
    for (Triple t : categories) {
      for (int level = 0; level < 3; level++) {
        String name = t.level(level);
        addName(categoryPhrases, name);
        if (name != null && name.contains("/")) {
          for (String part : name.split("/")) {
            addPhrase(categoryPhrases, Text.key(part), name);
          }
        }
      }
    }
    addAliases(placePhrases, PLACE_ALIASES, this::isPlaceName, false);
    addAliases(categoryPhrases, CATEGORY_SYNONYMS, this::isCategoryName, true);
    int longest = 1;
    for (String k : placePhrases.keySet()) {
      longest = Math.max(longest, k.split(" ").length);
    }
    for (String k : categoryPhrases.keySet()) {
      longest = Math.max(longest, k.split(" ").length);
    }
    this.longestPhrase = longest;
  }

  /** The vocabulary of a set of documents. */
  static Vocabulary of(Iterable<EventDoc> docs) {
    List<String> names = new ArrayList<>();
    for (EventDoc d : docs) {
      if (d.eventName() != null) {
        names.add(d.eventName());
      }
      if (d.attractionName() != null) {
        names.add(d.attractionName());
      }
    }
    return new Vocabulary(
        Facet.distinct(docs, Facet.PLACE::of), Facet.distinct(docs, Facet.CATEGORY::of), names);
  }

  /** Whether some event or headliner name contains the phrase (a key: folded words, one space). */
  boolean inSomeName(String phraseKey) {
    String padded = " " + phraseKey + " ";
    for (String k : nameKeys) {
      if (k.contains(padded)) {
        return true;
      }
    }
    return false;
  }

  List<Triple> places() {
    return places;
  }

  List<Triple> categories() {
    return categories;
  }

  int longestPhrase() {
    return longestPhrase;
  }

  /** The place names a phrase key means, or an empty list. */
  List<String> placeNames(String phraseKey) {
    return placePhrases.getOrDefault(phraseKey, List.of());
  }

  /** The classification names a phrase key means, or an empty list. */
  List<String> categoryNames(String phraseKey) {
    return categoryPhrases.getOrDefault(phraseKey, List.of());
  }

  /**
   * The place triples that {@code names} mean. Each name is taken at its narrowest level in the
   * data: "New York" is the city, not the state, when the data has a city of that name.
   */
  List<Triple> placeTriples(List<String> names) {
    Set<String> seen = new LinkedHashSet<>();
    List<Triple> out = new ArrayList<>();
    for (String name : names) {
      String key = Text.fold(name);
      for (int level = 2; level >= 0; level--) {
        List<Triple> found = new ArrayList<>();
        for (Triple t : places) {
          if (t.level(level) != null && Text.fold(t.level(level)).equals(key)) {
            found.add(t);
          }
        }
        if (!found.isEmpty()) {
          for (Triple t : found) {
            if (seen.add(t.key())) {
              out.add(t);
            }
          }
          break;
        }
      }
    }
    return out;
  }

  /** The classification triples naming any of {@code names} at any level. */
  List<Triple> categoryTriples(List<String> names) {
    Set<String> keys = new LinkedHashSet<>();
    for (String n : names) {
      keys.add(Text.fold(n));
    }
    List<Triple> out = new ArrayList<>();
    for (Triple t : categories) {
      for (int level = 0; level < 3; level++) {
        if (t.level(level) != null && keys.contains(Text.fold(t.level(level)))) {
          out.add(t);
          break;
        }
      }
    }
    return out;
  }

  /** The data's own spelling of a place name, e.g. "montreal" → "Montréal". */
  String placeSpelling(String name) {
    String key = Text.fold(name);
    for (int level = 2; level >= 0; level--) {
      for (Triple t : places) {
        if (t.level(level) != null && Text.fold(t.level(level)).equals(key)) {
          return t.level(level).trim();
        }
      }
    }
    return name;
  }

  private boolean isPlaceName(String name) {
    return !placeTriples(List.of(name)).isEmpty();
  }

  private boolean isCategoryName(String name) {
    return !categoryTriples(List.of(name)).isEmpty();
  }

  private static void addName(Map<String, List<String>> phrases, String name) {
    if (name == null) {
      return;
    }
    String key = Text.key(name);
    if (key.isEmpty() || MEANINGLESS.contains(key)) {
      return;
    }
    addPhrase(phrases, key, name.trim());
  }

  private static void addPhrase(Map<String, List<String>> phrases, String key, String name) {
    if (key.isEmpty() || MEANINGLESS.contains(key)) {
      return;
    }
    List<String> names = phrases.computeIfAbsent(key, k -> new ArrayList<>());
    if (names.stream().noneMatch(n -> Text.fold(n).equals(Text.fold(name)))) {
      names.add(name);
    }
  }

  private static void addAliases(
      Map<String, List<String>> phrases,
      Map<String, List<String>> aliases,
      java.util.function.Predicate<String> present,
      boolean merge) {
    for (Map.Entry<String, List<String>> e : aliases.entrySet()) {
      if (!merge && phrases.containsKey(e.getKey())) {
        continue; // a place of that very name wins over the alias
      }
      for (String target : e.getValue()) {
        if (present.test(target)) {
          addPhrase(phrases, e.getKey(), target);
        }
      }
    }
  }
}
