package com.tixmaster.transforms.documents;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.Nullable;

/**
 * Writes an event's {@code event_text}: one readable paragraph for the assistant, e.g.
 *
 * <blockquote>
 *
 * Rock Night is a Music event (Rock, Alternative Rock). It takes place on Saturday, June 7, 2025 at
 * 8:00 PM local time, at Arena One in Austin, Texas, United States Of America. Tickets cost from
 * 20.00 to 80.00 USD. Status: on sale. Featuring Band A and Band B.
 *
 * </blockquote>
 *
 * Missing facts are left out or said to be "to be announced"; Ticketmaster's "Undefined"
 * classification names are skipped.
 */
public final class EventTextFormatter {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

  private EventTextFormatter() {}

  public static String format(DocumentDraft d) {
    String name = d.getEventName() == null ? "This event" : d.getEventName();
    StringBuilder text = new StringBuilder();

    String segment = meaningful(d.getSegmentName());
    List<String> kinds = new ArrayList<>();
    for (String k : new String[] {d.getGenreName(), d.getSubgenreName()}) {
      String m = meaningful(k);
      if (m != null && !kinds.contains(m) && !m.equals(segment)) {
        kinds.add(m);
      }
    }
    text.append(name).append(" is ");
    if (segment != null) {
      text.append(article(segment)).append(' ').append(segment).append(" event");
    } else {
      text.append("an event");
    }
    if (!kinds.isEmpty()) {
      text.append(" (").append(String.join(", ", kinds)).append(')');
    }
    text.append(". ");

    text.append(when(d));
    String where = where(d);
    if (where != null) {
      text.append(", at ").append(where);
    }
    text.append(". ");

    text.append(price(d)).append(' ');
    text.append("Status: ").append(status(d.getStatusCode())).append('.');
    if (!d.getAttractions().isEmpty()) {
      text.append(" Featuring ").append(list(d.getAttractions())).append('.');
    }
    return text.toString();
  }

  static String when(DocumentDraft d) {
    LocalDate date = parseDate(d.getEventDate());
    if (d.getDateTba() || date == null) {
      return "Its date is to be announced";
    }
    StringBuilder s = new StringBuilder("It takes place on ").append(DATE.format(date));
    LocalTime time = parseTime(d.getEventLocalTime());
    if (d.getTimeTba() || time == null) {
      s.append(" (time to be announced)");
    } else {
      s.append(" at ").append(TIME.format(time)).append(" local time");
    }
    return s.toString();
  }

  static @Nullable String where(DocumentDraft d) {
    List<String> place = new ArrayList<>();
    for (String p : new String[] {d.getCity(), d.getState(), d.getCountry()}) {
      if (p != null && !place.contains(p)) {
        place.add(p);
      }
    }
    if (d.getVenueName() == null && place.isEmpty()) {
      return null;
    }
    if (d.getVenueName() == null) {
      return "a venue in " + String.join(", ", place);
    }
    return place.isEmpty()
        ? d.getVenueName()
        : d.getVenueName() + " in " + String.join(", ", place);
  }

  static String price(DocumentDraft d) {
    String currency = d.getPriceCurrency() == null ? "" : " " + d.getPriceCurrency();
    Double min = d.getPriceMin();
    Double max = d.getPriceMax();
    if (min != null && max != null) {
      return min.equals(max)
          ? "Tickets cost " + money(min) + currency + "."
          : "Tickets cost from " + money(min) + " to " + money(max) + currency + ".";
    }
    if (min != null) {
      return "Tickets start at " + money(min) + currency + ".";
    }
    if (max != null) {
      return "Tickets cost up to " + money(max) + currency + ".";
    }
    return "No price range is published.";
  }

  static String status(@Nullable String code) {
    if (code == null) {
      return "unknown";
    }
    switch (code.toLowerCase(Locale.ROOT)) {
      case "onsale":
        return "on sale";
      case "offsale":
        return "off sale";
      case "canceled":
      case "cancelled":
        return "cancelled";
      default:
        return code.toLowerCase(Locale.ROOT);
    }
  }

  private static String money(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String list(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  private static String article(String word) {
    return "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }

  private static @Nullable String meaningful(@Nullable String s) {
    return s == null || s.isBlank() || s.equalsIgnoreCase("Undefined") ? null : s;
  }

  private static @Nullable LocalDate parseDate(@Nullable String s) {
    try {
      return s == null ? null : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable LocalTime parseTime(@Nullable String s) {
    try {
      return s == null ? null : LocalTime.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
