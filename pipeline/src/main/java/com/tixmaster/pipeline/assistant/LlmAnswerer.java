package com.tixmaster.pipeline.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the answer with a chat model behind a Databricks serving endpoint: {@code POST
 * /serving-endpoints/{name}/invocations} with OpenAI-style messages. The system message carries the
 * assistant's rule: answer only from the retrieved events, cite each by its id, and say so when
 * they cannot answer the question.
 */
final class LlmAnswerer {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CITATION = Pattern.compile("\\[([A-Za-z0-9_-]{4,})\\]");

  static final String INSTRUCTION =
      "You are the tix-master event assistant. Answer the user's question using only the events"
          + " listed in the context. Cite every event you mention by its id in square brackets,"
          + " for example [G5diZ9FFGZxlBl]. If the context does not answer the question, say that"
          + " you cannot answer it from the available events; do not guess. Never invent events,"
          + " dates, prices or venues. Keep the answer short.";

  private final DatabricksClient client;
  private final String endpoint;

  LlmAnswerer(DatabricksClient client, String endpoint) {
    this.client = client;
    this.endpoint = endpoint;
  }

  String endpoint() {
    return endpoint;
  }

  /** The request body: system instruction, then the context and the question. */
  static ObjectNode requestBody(Question question, List<EventDoc> events) {
    ObjectNode body = JSON.createObjectNode();
    ArrayNode messages = body.putArray("messages");
    messages.addObject().put("role", "system").put("content", INSTRUCTION);
    messages.addObject().put("role", "user").put("content", userMessage(question, events));
    body.put("max_tokens", 600);
    body.put("temperature", 0.0);
    return body;
  }

  static String userMessage(Question question, List<EventDoc> events) {
    StringBuilder sb = new StringBuilder("Context (upcoming events as of ");
    sb.append(question.today()).append("):\n");
    if (events.isEmpty()) {
      sb.append("(no events)\n");
    }
    for (EventDoc d : events) {
      sb.append("[").append(d.eventId()).append("] ").append(d.eventText());
      sb.append(" | date: ").append(d.eventDate() == null ? "TBA" : d.eventDate());
      if (d.eventLocalTime() != null) {
        sb.append(' ').append(d.eventLocalTime());
      }
      if (d.eventUrl() != null) {
        sb.append(" | url: ").append(d.eventUrl());
      }
      sb.append('\n');
    }
    sb.append("\nQuestion: ").append(question.text());
    return sb.toString();
  }

  /** The model's answer to {@code question} from {@code events}. */
  String answer(Question question, List<EventDoc> events) throws IOException {
    JsonNode response =
        client.post(
            List.of("serving-endpoints", endpoint, "invocations"), requestBody(question, events));
    String text = content(response);
    if (text == null || text.isBlank()) {
      throw new IOException(
          "serving endpoint "
              + endpoint
              + " returned no answer (expected choices[0].message.content)");
    }
    return text.trim();
  }

  /** choices[0].message.content (chat), choices[0].text (completions) or predictions[0]. */
  static String content(JsonNode response) {
    JsonNode choice = response.path("choices").path(0);
    if (choice.path("message").hasNonNull("content")) {
      JsonNode c = choice.path("message").get("content");
      if (c.isArray()) { // content parts
        StringBuilder sb = new StringBuilder();
        for (JsonNode part : c) {
          sb.append(part.path("text").asText(""));
        }
        return sb.toString();
      }
      return c.asText();
    }
    if (choice.hasNonNull("text")) {
      return choice.get("text").asText();
    }
    JsonNode p = response.path("predictions").path(0);
    return p.isTextual() ? p.asText() : null;
  }

  /** The ids cited in {@code answer} that are not among {@code events}: the model made them up. */
  static Set<String> strayCitations(String answer, List<EventDoc> events) {
    Set<String> known = new LinkedHashSet<>();
    events.forEach(d -> known.add(d.eventId()));
    Set<String> stray = new LinkedHashSet<>();
    Matcher m = CITATION.matcher(answer);
    while (m.find()) {
      if (!known.contains(m.group(1))) {
        stray.add(m.group(1));
      }
    }
    return stray;
  }
}
