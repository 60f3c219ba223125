package com.tixmaster.transforms.documents;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class EventTextFormatterTest {
  static DocumentDraft.Builder full() {
    return DocumentDraft.builder()
        .setEventId("E1")
        .setEventName("Rock Night")
        .setEventDate("2025-06-07")
        .setEventLocalTime("20:00:00")
        .setSegmentName("Music")
        .setGenreName("Rock")
        .setSubgenreName("Alternative Rock")
        .setVenueName("Arena One")
        .setCity("Austin")
        .setState("Texas")
        .setCountry("United States Of America")
        .setPriceMin(20.0)
        .setPriceMax(80.0)
        .setPriceCurrency("USD")
        .setStatusCode("onsale")
        .setAttractions(List.of("Band A", "Band B"));
  }

  @Test
  public void writesEveryFact() {
    assertEquals(
        "Rock Night is a Music event (Rock, Alternative Rock). It takes place on Saturday, June 7,"
            + " 2025 at 8:00 PM local time, at Arena One in Austin, Texas, United States Of"
            + " America. Tickets cost from 20.00 to 80.00 USD. Status: on sale. Featuring Band A"
            + " and Band B.",
        EventTextFormatter.format(full().build()));
  }

  @Test
  public void saysWhatIsUnknown() {
    DocumentDraft d =
        DocumentDraft.builder()
            .setEventId("E9")
            .setEventName("Arts Gala")
            .setEventDate("2025-06-07")
            .setTimeTba(true)
            .setSegmentName("Arts & Theatre")
            .setGenreName("Undefined")
            .setStatusCode("cancelled")
            .setAttractions(List.of("A", "B", "C"))
            .build();
    assertEquals(
        "Arts Gala is an Arts & Theatre event. It takes place on Saturday, June 7, 2025 (time to be"
            + " announced). No price range is published. Status: cancelled. Featuring A, B and C.",
        EventTextFormatter.format(d));
    assertEquals(
        "Its date is to be announced", EventTextFormatter.when(full().setDateTba(true).build()));
    assertEquals(
        "Tickets cost 25.00 EUR.",
        EventTextFormatter.price(
            full().setPriceMin(25.0).setPriceMax(25.0).setPriceCurrency("EUR").build()));
    assertEquals(
        "Tickets start at 20.00 USD.", EventTextFormatter.price(full().setPriceMax(null).build()));
    assertEquals(
        "Tickets cost up to 80.00 USD.",
        EventTextFormatter.price(full().setPriceMin(null).build()));
    assertEquals(
        "a venue in Austin, Texas, United States Of America",
        EventTextFormatter.where(full().setVenueName(null).build()));
  }
}
