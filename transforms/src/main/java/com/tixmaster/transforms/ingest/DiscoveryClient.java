package com.tixmaster.transforms.ingest;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discovery API search client: one {@link #fetch} is one page, rate limited and retried. The key
 * goes on the wire as the {@code apikey} query parameter and nowhere else: every URL or body text
 * that reaches a log line or an exception passes through the {@link Redactor}.
 */
public final class DiscoveryClient implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DiscoveryClient.class);
  private static final int MAX_DETAIL_CHARS = 300;

  private final HttpUrl baseUrl;
  private final Secret key;
  private final Redactor redactor;
  private final OkHttpClient http;
  private final RateLimiter limiter;
  private final RetryPolicy retry;
  private final Sleeper sleeper;
  private final Clock clock;
  private final AtomicInteger retries = new AtomicInteger();

  /** A client configured from {@code config}; close it to release connections. */
  public DiscoveryClient(IngestConfig config) {
    this(config, Sleeper.SYSTEM);
  }

  DiscoveryClient(IngestConfig config, Sleeper backoffSleeper) {
    this.baseUrl = HttpUrl.get(config.apiBaseUrl());
    this.key = config.apiKey();
    this.redactor = new Redactor(config.apiKey());
    this.http =
        new OkHttpClient.Builder()
            .connectTimeout(config.connectTimeout())
            .readTimeout(config.readTimeout())
            // okhttp's silent reconnect-and-resend would bypass the rate limiter and the retry
            // count.
            .retryOnConnectionFailure(false)
            .build();
    this.limiter =
        new RateLimiter(
            config.requestsPerSecond(),
            config.maxRequests().orElse(Integer.MAX_VALUE),
            config.quotaReserve(),
            config.clock(),
            System::nanoTime,
            Sleeper.SYSTEM);
    this.retry =
        new RetryPolicy(
            config.maxAttempts(),
            config.initialBackoff(),
            config.maxBackoff(),
            () -> ThreadLocalRandom.current().nextDouble());
    this.sleeper = backoffSleeper;
    this.clock = config.clock();
  }

  /**
   * Fetches one page, retrying 429, 5xx and timeouts.
   *
   * @throws InvalidApiKeyException on 401
   * @throws ApiErrorException on other 4xx replies (400 DIS1035 and the like, 404)
   * @throws QuotaExhaustedException when the run's budget or the daily quota is spent
   * @throws IngestException when retries run out (a 200 that is not a search page is retried too)
   */
  public Page fetch(SearchQuery query) {
    HttpUrl url = url(query);
    String shown = redactor.redact(url.encodedPath() + "?" + url.encodedQuery());
    Request request = new Request.Builder().url(url).get().build();
    for (int attempt = 1; ; attempt++) {
      acquirePermit();
      Failure failure;
      long started = System.nanoTime();
      try (Response response = http.newCall(request).execute()) {
        RateLimitStatus rate = RateLimitStatus.from(response.headers());
        limiter.observe(rate);
        byte[] body = bytes(response.body());
        LOG.debug(
            "GET {} -> {} ({} ms)",
            shown,
            response.code(),
            (System.nanoTime() - started) / 1_000_000);
        if (response.code() == 200) {
          try {
            return PageParser.parse(query, body, rate);
          } catch (MalformedPageException e) {
            failure = new Failure("HTTP 200 but " + e.getMessage(), false, Optional.empty());
          }
        } else {
          failure = classify(shown, response, body);
        }
      } catch (SocketTimeoutException e) {
        failure = new Failure("timed out", false, Optional.empty());
      } catch (UnknownHostException e) {
        throw new IngestException(
            "GET " + shown + " failed: unknown host " + url.host() + " (check --apiBaseUrl)");
      } catch (IOException e) {
        failure =
            new Failure(
                e.getClass().getSimpleName() + ": " + redactor.redact(e.getMessage()),
                false,
                Optional.empty());
      }
      backOffOrGiveUp(shown, attempt, failure);
    }
  }

  /** HTTP calls made so far, retries included. */
  public int requests() {
    return limiter.issued();
  }

  /** Retries made so far. */
  public int retries() {
    return retries.get();
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private HttpUrl url(SearchQuery query) {
    HttpUrl.Builder url = baseUrl.newBuilder().addPathSegment(query.entity().apiName() + ".json");
    query.parameters().forEach(url::addQueryParameter);
    return url.addQueryParameter("apikey", key.reveal()).build();
  }

  /** Throws for replies that retrying cannot fix; describes the retryable ones. */
  private Failure classify(String shown, Response response, byte[] body) {
    int status = response.code();
    ApiFault fault = ApiFault.parse(body);
    String detail = truncate(redactor.redact(fault.describe()));
    if (status == 401) {
      throw new InvalidApiKeyException(
          "TICKETMASTER_API_KEY was rejected by the API (401)"
              + (detail.isEmpty() ? "" : ": " + detail)
              + "; check the key and that it is approved");
    }
    String description = "HTTP " + status + (detail.isEmpty() ? "" : " " + detail);
    if (!RetryPolicy.isRetryable(status)) {
      throw new ApiErrorException("GET " + shown + " failed: " + description, status, fault.code());
    }
    return new Failure(
        description,
        status == 429 && fault.isQuotaViolation(),
        RetryPolicy.parseRetryAfter(response.header("Retry-After"), clock.instant()));
  }

  private void backOffOrGiveUp(String shown, int attempt, Failure failure) {
    if (attempt >= retry.maxAttempts()) {
      throw giveUp(shown, failure, "after " + attempt + " attempts");
    }
    Duration wait = retry.delay(attempt, failure.retryAfter());
    if (wait.compareTo(retry.maxBackoff()) > 0) {
      throw giveUp(
          shown,
          failure,
          "because the API asked to wait "
              + wait.toSeconds()
              + " s (Retry-After), longer than the maximum backoff of "
              + retry.maxBackoff().toSeconds()
              + " s");
    }
    retries.incrementAndGet();
    LOG.warn(
        "GET {} {}; retry {}/{} in {} ms",
        shown,
        failure.description(),
        attempt,
        retry.maxAttempts() - 1,
        wait.toMillis());
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IngestException("interrupted while backing off from GET " + shown);
    }
  }

  private static IngestException giveUp(String shown, Failure failure, String why) {
    String message = "GET " + shown + " failed " + why + "; last error: " + failure.description();
    return failure.quotaViolation()
        ? new QuotaExhaustedException("the Ticketmaster daily quota is exceeded (" + message + ")")
        : new IngestException(message);
  }

  private void acquirePermit() {
    try {
      limiter.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IngestException("interrupted while waiting for a request permit");
    }
  }

  private static byte[] bytes(ResponseBody body) throws IOException {
    return body == null ? new byte[0] : body.bytes();
  }

  private static String truncate(String text) {
    return text.length() <= MAX_DETAIL_CHARS ? text : text.substring(0, MAX_DETAIL_CHARS) + "...";
  }

  private record Failure(
      String description, boolean quotaViolation, Optional<Duration> retryAfter) {}
}
