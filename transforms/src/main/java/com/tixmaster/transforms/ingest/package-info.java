/**
 * Ingestion: a driver-side Discovery API client that lands raw search pages for bronze.
 *
 * <p>Entry point: build an {@link com.tixmaster.transforms.ingest.IngestConfig} (validated; bad
 * options throw {@code IllegalArgumentException} naming the option) and call {@code new
 * Ingestor().run(config)}, which returns an {@link com.tixmaster.transforms.ingest.IngestSummary}.
 *
 * <ul>
 *   <li>{@link com.tixmaster.transforms.ingest.DiscoveryClient}: one page per call, rate limited
 *       ({@code RateLimiter}) and retried ({@code RetryPolicy}).
 *   <li>{@code WindowSplitter}: events by date window, halved until each holds under 1,000.
 *   <li>{@code LandingWriter}: one file per page, written atomically, key redacted.
 *   <li>{@code IngestManifest}: per-day record of fetched pages, for same-day resume.
 * </ul>
 *
 * <p>The API key lives in a {@link com.tixmaster.transforms.ingest.Secret} and leaves it only as
 * the {@code apikey} query parameter; {@link com.tixmaster.transforms.ingest.Redactor} cleans every
 * URL, error body and landed page.
 */
package com.tixmaster.transforms.ingest;
