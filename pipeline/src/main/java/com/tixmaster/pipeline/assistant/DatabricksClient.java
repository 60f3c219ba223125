package com.tixmaster.pipeline.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A small JSON client for the Databricks REST API (Vector Search and Model Serving), with a bearer
 * token from {@code DATABRICKS_TOKEN}. It retries 429 and 5xx answers and timeouts with exponential
 * backoff (honouring {@code Retry-After}), fails at once on 401/403/404, and never lets the token
 * into a message: every message it builds goes through {@link #redact}.
 */
final class DatabricksClient {
  static final String HOST_ENV = "DATABRICKS_HOST";
  static final String TOKEN_ENV = "DATABRICKS_TOKEN";
  private static final MediaType JSON_TYPE = MediaType.get("application/json");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REDACTED = "[REDACTED]";
  private static final int MAX_BODY_IN_MESSAGE = 300;

  /** Waits between attempts; tests replace it to avoid real sleeping. */
  interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  /** A failed call: the HTTP status (0 when there was no answer) and a redacted message. */
  static final class DatabricksException extends IOException {
    private final int status;

    DatabricksException(int status, String message) {
      super(message);
      this.status = status;
    }

    int status() {
      return status;
    }
  }

  /** How the client retries. */
  record RetryPolicy(int maxAttempts, long baseDelayMillis, long maxDelayMillis) {
    static RetryPolicy standard() {
      return new RetryPolicy(4, 1_000, 20_000);
    }

    long delay(int attempt, Long retryAfterMillis) {
      if (retryAfterMillis != null) {
        return Math.min(retryAfterMillis, maxDelayMillis);
      }
      long d = baseDelayMillis << Math.min(attempt - 1, 20);
      return Math.min(d, maxDelayMillis);
    }
  }

  private final HttpUrl base;
  private final String token;
  private final OkHttpClient http;
  private final RetryPolicy retry;
  private final Sleeper sleeper;

  DatabricksClient(
      String host, String token, Duration timeout, RetryPolicy retry, Sleeper sleeper) {
    this.base = parseHost(host);
    this.token = token;
    this.retry = retry;
    this.sleeper = sleeper;
    this.http =
        new OkHttpClient.Builder()
            .connectTimeout(timeout)
            .readTimeout(timeout)
            .writeTimeout(timeout)
            .callTimeout(timeout.multipliedBy(2))
            .retryOnConnectionFailure(false)
            .build();
  }

  /** A client from {@code DATABRICKS_HOST} and {@code DATABRICKS_TOKEN}. */
  static DatabricksClient fromEnvironment(Map<String, String> env, Duration timeout) {
    String host = env.get(HOST_ENV);
    String token = env.get(TOKEN_ENV);
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException(HOST_ENV + " is not set (the workspace URL)");
    }
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException(TOKEN_ENV + " is not set (a personal access token)");
    }
    return new DatabricksClient(
        host.trim(), token.trim(), timeout, RetryPolicy.standard(), Thread::sleep);
  }

  /** "adb-1.2.azuredatabricks.net" or "https://…/" → the https base URL. */
  static HttpUrl parseHost(String host) {
    String h = host.trim();
    if (!h.startsWith("http://") && !h.startsWith("https://")) {
      h = "https://" + h;
    }
    HttpUrl url = HttpUrl.parse(h);
    if (url == null) {
      throw new IllegalArgumentException(HOST_ENV + " is not a URL: " + host);
    }
    return url.newBuilder().encodedPath("/").build();
  }

  /** POSTs {@code body} to the path made of {@code segments} (each one URL-encoded). */
  JsonNode post(List<String> segments, JsonNode body) throws DatabricksException {
    return call("POST", segments, body);
  }

  private JsonNode call(String method, List<String> segments, JsonNode body)
      throws DatabricksException {
    HttpUrl.Builder url = base.newBuilder();
    for (String s : segments) {
      url.addPathSegment(s);
    }
    HttpUrl target = url.build();
    String what = method + " " + target.encodedPath();
    String payload;
    try {
      payload = body == null ? null : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new DatabricksException(0, redact("cannot encode the request of " + what + ": " + e));
    }
    for (int attempt = 1; ; attempt++) {
      Request.Builder request =
          new Request.Builder()
              .url(target)
              .header("Authorization", "Bearer " + token)
              .header("Accept", "application/json")
              .header("User-Agent", "tix-master-assistant");
      request.method(method, payload == null ? null : RequestBody.create(payload, JSON_TYPE));
      Long retryAfter = null;
      String failure;
      int status = 0;
      try (Response response = http.newCall(request.build()).execute()) {
        status = response.code();
        ResponseBody rb = response.body();
        String text = rb == null ? "" : rb.string();
        if (response.isSuccessful()) {
          try {
            return text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
          } catch (IOException e) {
            throw new DatabricksException(
                status, redact(what + " returned a body that is not JSON: " + excerpt(text)));
          }
        }
        if (status == 401 || status == 403) {
          throw new DatabricksException(
              status,
              redact(
                  "Databricks refused the credentials (HTTP "
                      + status
                      + ") for "
                      + what
                      + ": check "
                      + TOKEN_ENV
                      + " and the principal's permissions. "
                      + excerpt(text)));
        }
        if (status == 404) {
          throw new DatabricksException(
              status, redact("not found (HTTP 404): " + what + ". " + excerpt(text)));
        }
        failure = "HTTP " + status + " from " + what + ": " + excerpt(text);
        if (status != 429 && status < 500) {
          throw new DatabricksException(status, redact(failure));
        }
        retryAfter = retryAfterMillis(response.header("Retry-After"));
      } catch (InterruptedIOException e) {
        failure = what + " timed out (" + e.getMessage() + ")";
      } catch (DatabricksException e) {
        throw e;
      } catch (IOException e) {
        failure = what + " failed: " + e;
      }
      if (attempt >= retry.maxAttempts()) {
        throw new DatabricksException(
            status, redact(failure + " (gave up after " + attempt + " attempts)"));
      }
      try {
        sleeper.sleep(retry.delay(attempt, retryAfter));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DatabricksException(status, redact(failure + " (interrupted)"));
      }
    }
  }

  private static Long retryAfterMillis(String header) {
    if (header == null) {
      return null;
    }
    try {
      return Math.max(0, (long) (Double.parseDouble(header.trim()) * 1000));
    } catch (NumberFormatException e) {
      return null; // an HTTP date: use the backoff
    }
  }

  /** The error's own message when the body is Databricks' JSON error, else the body, shortened. */
  private static String excerpt(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String text = body;
    try {
      JsonNode n = JSON.readTree(body);
      if (n != null && n.hasNonNull("message")) {
        text =
            (n.hasNonNull("error_code") ? n.get("error_code").asText() + ": " : "")
                + n.get("message").asText();
      }
    } catch (IOException e) {
      // not JSON: keep the text
    }
    text = text.replaceAll("\\s+", " ").trim();
    return text.length() > MAX_BODY_IN_MESSAGE
        ? text.substring(0, MAX_BODY_IN_MESSAGE) + "…"
        : text;
  }

  /** The text with the token (and any bearer credential) replaced by [REDACTED]. */
  String redact(String text) {
    return redact(text, token);
  }

  static String redact(String text, String secret) {
    if (text == null) {
      return null;
    }
    String out = text;
    if (secret != null && secret.length() >= 4) {
      out = out.replace(secret, REDACTED);
    }
    return out.replaceAll("(?i)(bearer\\s+)[A-Za-z0-9._\\-]+", "$1" + REDACTED);
  }
}
