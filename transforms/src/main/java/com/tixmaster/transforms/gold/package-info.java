/**
 * The gold stage: the star schema of tables.md, built from silver and the previous gold.
 *
 * <h2>Entry points</h2>
 *
 * <ul>
 *   <li>{@link com.tixmaster.transforms.gold.GoldTransform}: {@link
 *       com.tixmaster.transforms.gold.GoldInput} (silver as {@code PCollection<Row>}s in {@link
 *       com.tixmaster.transforms.gold.SilverInputs}, plus the previous gold tables, typed) → {@link
 *       com.tixmaster.transforms.gold.GoldOutput} (dim_date, dim_venue, dim_attraction,
 *       dim_classification, dim_market, fact_events, bridge_event_attraction: each the table's
 *       complete new state; and the run's dead letters for gold._rejected). Configured by {@link
 *       com.tixmaster.transforms.gold.GoldConfig} (run id and as-of instant).
 *   <li>Reusable parts: {@link com.tixmaster.transforms.gold.DimensionMerge} (SCD2 or type 1 over
 *       Rows, described by a {@link com.tixmaster.transforms.gold.DimensionSpec}), {@link
 *       com.tixmaster.transforms.gold.AssignSurrogateKeys}, {@link
 *       com.tixmaster.transforms.gold.LookupKeys} (over {@link
 *       com.tixmaster.transforms.join.LookupJoin}), {@link
 *       com.tixmaster.transforms.gold.DimDateGenerator}; for the dead letters of every gold-side
 *       stage, {@link com.tixmaster.transforms.gold.RejectRowsWithoutKeys}, {@link
 *       com.tixmaster.transforms.gold.DeadLetters}, {@link
 *       com.tixmaster.transforms.gold.CollectDeadLetters} and the codes of {@link
 *       com.tixmaster.transforms.gold.GoldReasons}.
 * </ul>
 *
 * <h2>The silver contract</h2>
 *
 * Silver is read by column name (tables.md), never through silver's Java classes: absent columns
 * read as null, extra columns are ignored, and values are accepted in any reasonable type ({@link
 * com.tixmaster.transforms.gold.RowValues}).
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li><b>Surrogate keys</b> are never hashes, never reused and never regenerated. An existing
 *       member keeps its key; new members (and new SCD2 versions) are numbered from max(existing
 *       keys, 0) + 1 in natural-key order, so identical runs give identical keys. The unknown
 *       member is -1, with natural key {@code "-1"} and the name {@code Unknown}.
 *   <li><b>SCD2</b> (dim_venue, dim_attraction): a changed {@code row_hash} (SHA-256 over the
 *       tracked columns) closes the current version at the run's as-of and opens a new one, valid
 *       from the same instant (no gap, no overlap). Unchanged members are kept byte-identical;
 *       members absent from silver keep all their rows, the current one included. Untracked carried
 *       columns ({@code locale}) keep the value of the version's first load. {@code _run_id} is the
 *       run that opened the version.
 *   <li><b>Type 1</b> (dim_classification, dim_market): overwritten in place, key kept; members
 *       absent from silver are kept. A market name silver does not carry does not erase a known
 *       one.
 *   <li><b>Facts</b> are upserted by event_id: a new event gets a new event_sk; a known one keeps
 *       its event_sk and is replaced by this run's version when any column differs (then {@code
 *       _run_id} is this run), else kept byte-identical. An event that disappeared from silver
 *       keeps its last fact row (and its bridge rows): facts are never deleted, because silver is a
 *       snapshot of what the API still returns, not a statement that the event never happened.
 *   <li><b>Foreign keys</b> resolve to the member's <i>current</i> version at this load, or -1:
 *       venue_sk from events.primary_venue_id (else the first of event_venues by venue_order),
 *       attraction_sk from events.headliner_attraction_id (else billing order 0), classification_sk
 *       from events.classification_id, market_sk from the primary venue's first market (the lowest
 *       market_id, numerically). When a venue gets a new version, the facts of its events still in
 *       silver move to it on the next load.
 *   <li><b>date_key</b> is the venue-local event_date as yyyyMMdd; -1 when the date is TBA or
 *       missing. <b>days_on_sale</b> is the number of calendar days from the public on-sale date
 *       (the on-sale instant converted to the event's timezone, UTC when unknown) to the local
 *       event date; null when either is unknown or the date is TBA; negative values (on sale after
 *       the event) are kept, as a visible data-quality signal.
 *   <li><b>venue_count / attraction_count</b>: distinct venues / attractions linked to the event
 *       (the primary venue and headliner included).
 *   <li><b>dim_date</b> is regenerated each run: 2020-01-01..2030-12-31, row -1, and every fact
 *       date outside that range.
 *   <li><b>Bad rows</b> are rejected, never dropped: a silver row without its key (checked once,
 *       first), a dimension row with the reserved key -1, all but the smallest row of a duplicated
 *       key, a link to an event silver does not hold, and a bridge link whose attraction_sk
 *       collides with another's go to {@code gold._rejected} with the row as JSON. A reference to a
 *       member silver does not hold is not bad: it resolves to -1.
 *   <li>Joins are CoGroupByKeys; the only side input is the singleton max key. Numbering the new
 *       keys of a run happens on one worker, fine for the number of new members per run.
 * </ul>
 */
package com.tixmaster.transforms.gold;
