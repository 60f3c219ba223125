package com.tixmaster.pipeline.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.Test;

public class HtmlTest {
  @Test
  public void escapesMarkupQuotesAndControlCharacters() {
    assertThat(
        Html.escape("<a href=\"x\">Tom & 'Jerry'</a>\u0001"),
        is("&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;\ufffd"));
    assertThat(Html.escape(null), is(""));
  }

  @Test
  public void removesQueryStringsAndKeyAssignments() {
    assertThat(
        Html.redact(
            "GET https://app.ticketmaster.com/discovery/v2/events.json?apikey=K1&size=200 -> 401"),
        is("GET https://app.ticketmaster.com/discovery/v2/events.json?[query removed] -> 401"));
    assertThat(
        Html.redact("apikey=K1 and api_key: K2, token=K3"),
        is("apikey=[redacted] and api_key: [redacted], token=[redacted]"));
    assertThat(
        Html.redact("events/2025/03/01/events_20250301_100000.json"),
        is("events/2025/03/01/events_20250301_100000.json"));
  }

  @Test
  public void formatsDurationsAndTokens() {
    assertThat(Html.duration(400), is("0.4 s"));
    assertThat(Html.duration(185_000), is("3 min 05 s"));
    assertThat(Html.duration(3_720_000), is("1 h 02 min"));
    assertThat(Html.token("WARNING"), is("warning"));
    assertThat(Html.token("a\"><b"), is("a-b"));
    assertThat(Html.token(null), is("none"));
  }
}
