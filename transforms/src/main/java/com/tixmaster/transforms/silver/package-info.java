/**
 * The silver stage: new bronze records + the current silver state → the new silver state (third
 * normal form, one current row per natural key), this run's {@code _rejected} rows and its {@code
 * _accounting} rows.
 *
 * <h2>Use</h2>
 *
 * <pre>{@code
 * SilverOutput out =
 *     SilverInput.builder(newRawFiles)            // bronze <entity>_raw Parquet files, mixed
 *         .currentEvents(events)                  // every current table is optional (empty)
 *         .currentVenues(venues) ...              // or .currentState(previousSilverOutput)
 *         .build()
 *         .apply("BuildSilver", SilverTransform.of(SilverConfig.of(runId)));
 * out.tables();  // SilverTables spec → PCollection: REPLACE state tables, APPEND _rejected/_accounting
 * }</pre>
 *
 * <h2>Wiring</h2>
 *
 * {@link com.tixmaster.transforms.silver.SilverTransform} reads bronze's raw Parquet files and
 * parses every record once as it is read, whatever its entity, into all the observations it yields
 * ({@code ReadAndParseRecords}, so raw payloads never form a collection). The event, venue, market,
 * attraction and classification observations (mostly re-observations and copies embedded in events)
 * are pre-merged per bundle ({@link com.tixmaster.transforms.silver.BundleWinners}), then the
 * family composites ({@link com.tixmaster.transforms.silver.EventsTransform}, {@link
 * com.tixmaster.transforms.silver.VenuesTransform}, and {@link
 * com.tixmaster.transforms.silver.SingleTableFamily} for attractions and for classifications) each
 * merge their observations with their current rows in one shuffle ({@link
 * com.tixmaster.transforms.silver.MergeLatest}) and let children follow the parent's winner ({@link
 * com.tixmaster.transforms.silver.KeepWinningChildren}).
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li><b>Dedup order</b> ({@link com.tixmaster.transforms.silver.ObservationOrder}): newest
 *       {@code _ingestion_timestamp}, then greatest {@code _source_file}, then greatest {@code
 *       _record_index}, then standalone over embedded, then the current row over a replay of the
 *       same observation (so re-feeding the same bronze rows changes nothing), then the row text
 *       (only identical-lineage copies get there). Markets first prefer an observation with a name.
 *       Same input, any order → same output.
 *   <li><b>Observations</b>: every parsed observation counts, the embedded copies of a losing event
 *       included (they were observed at that time). Embedded copies take their parent record's
 *       {@code _source_file}/{@code _record_index}/{@code _ingestion_timestamp}, {@code _origin =
 *       embedded}. A market's origin is its venue observation's.
 *   <li><b>Children</b> ({@code event_price_ranges}, {@code event_venues}, {@code
 *       event_attractions}, {@code venue_markets}) carry their parent observation's lineage; when
 *       the current parent row is kept its children stay, when a new observation wins exactly its
 *       children replace the old ones (none → none).
 *   <li><b>{@code _run_id}</b> is the silver run that wrote that version of the row; a kept row
 *       keeps its lineage, {@code _run_id} included.
 *   <li><b>Referential integrity</b> holds by construction: a link is made only from an embedded
 *       copy with a usable id, and that copy is also an observation of the target table (rows are
 *       never deleted). An embedded venue/attraction without a usable id goes to {@code _rejected}
 *       ({@code _origin = embedded}, {@code record_id} = the event's id) and its link is dropped
 *       and counted ({@code dropped_link_venue_rejected}); the usable links are numbered densely
 *       from 0, so {@code primary_venue_id}/{@code headliner_attraction_id} (order 0) exist
 *       whenever any link does.
 *   <li><b>Accounting</b> ({@code _accounting}, one row per run and entity): {@code observations_in
 *       = inserted + superseded} for every entity; for events {@code records_in = inserted +
 *       rejected + superseded}, hence cumulatively {@code count(bronze.events_raw) =
 *       count(silver.events) + Σ rejected + Σ superseded}; for venues and attractions {@code
 *       records_in + embedded_in = inserted + rejected + superseded}. {@code superseded} counts
 *       duplicates that lost within the run and current rows replaced by a newer observation.
 *       Classification records expand into tree rows, so only the observation identity holds there.
 *       A re-run of the same run id must replace, not append, that run's rows.
 *   <li><b>Quarantine</b>: see {@link com.tixmaster.transforms.json.ReasonCodes}; every rejection
 *       and every nulled field raises a counter listed in {@link
 *       com.tixmaster.transforms.silver.SilverCounters#ALL}.
 * </ul>
 */
package com.tixmaster.transforms.silver;
