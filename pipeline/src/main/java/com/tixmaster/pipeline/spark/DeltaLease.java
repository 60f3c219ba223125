package com.tixmaster.pipeline.spark;

import com.tixmaster.pipeline.lake.LakeLockedException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The single-writer lock of a Delta lake: a lease row in a small Delta table, {@code
 * <catalog>.gold._run_lease}, with its holder, a heartbeat and an expiry. It needs no POSIX lock,
 * hard link or atomic rename, so it works where the lake's files are cloud object storage (a Unity
 * Catalog Volume, {@code abfss:}, {@code s3:}).
 *
 * <p>Taking it is one MERGE that inserts the row when there is none, or overwrites it when it has
 * expired or is this process's own; Delta's optimistic concurrency lets exactly one of several
 * concurrent MERGEs on the row commit (the others fail with a concurrent-modification conflict).
 * Whatever happened, the taker then reads the row back and holds the lease only if the row names
 * its token: the decision never depends on an exception's class, which differs between OSS Delta
 * and Databricks. While held, a daemon thread renews the expiry every quarter of the lease time; a
 * holder killed with {@code kill -9} stops renewing, and its lease is taken over once it expires. A
 * holder checks that it still holds the lease before every commit ({@link #checkHeld}), so a run
 * that lost its lease (paused longer than the lease time) commits nothing more.
 */
public final class DeltaLease implements AutoCloseable {
  /** How long a lease lasts without a heartbeat. */
  public static final Duration DEFAULT_TTL = Duration.ofMinutes(10);

  private static final String KEY = "tix-master";
  private static final int ATTEMPTS = 20;
  private static final String HOST = host();

  private final SparkSession spark;
  private final String catalog;
  private final String table;
  private final String token = UUID.randomUUID().toString();
  private final String runId;
  private final Duration ttl;
  private final Clock clock;
  private final ScheduledExecutorService heartbeat;
  private final AtomicReference<String> lost = new AtomicReference<>();

  private DeltaLease(SparkSession spark, String catalog, String runId, Duration ttl, Clock clock) {
    this.spark = spark;
    this.catalog = catalog;
    this.table = SparkTypes.quote(catalog) + ".`gold`.`_run_lease`";
    this.runId = runId;
    this.ttl = ttl;
    this.clock = clock;
    this.heartbeat =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "tix-master-lease-heartbeat");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Takes the lease of {@code catalog}'s lake for {@code runId}, or fails with a message naming the
   * holder.
   */
  public static DeltaLease acquire(
      SparkSession spark, String catalog, String runId, Duration ttl, Clock clock) {
    DeltaLease lease = new DeltaLease(spark, catalog, runId, ttl, clock);
    lease.take();
    return lease;
  }

  private void take() {
    createTable();
    RuntimeException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Instant now = clock.instant();
      try {
        spark.sql(
            "MERGE INTO "
                + table
                + " t USING (SELECT "
                + literal(KEY)
                + " AS lake, "
                + literal(token)
                + " AS holder, "
                + literal(runId)
                + " AS run_id, "
                + literal(HOST)
                + " AS host, "
                + ProcessHandle.current().pid()
                + "L AS pid, "
                + timestamp(now)
                + " AS acquired_at, "
                + timestamp(now)
                + " AS heartbeat_at, "
                + timestamp(now.plus(ttl))
                + " AS expires_at) s ON t.lake = s.lake"
                + " WHEN MATCHED AND (t.expires_at < s.acquired_at OR (t.run_id = s.run_id AND"
                + " t.host = s.host AND t.pid = s.pid)) THEN UPDATE SET *"
                + " WHEN NOT MATCHED THEN INSERT *");
        last = null;
      } catch (RuntimeException e) {
        last = e; // most likely a concurrent taker's commit won: the row says who
      }
      List<Row> rows = spark.sql(select()).collectAsList();
      if (!rows.isEmpty() && token.equals(rows.get(0).getString(0))) {
        long every = Math.max(1, ttl.toMillis() / 4);
        heartbeat.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
        return;
      }
      if (!rows.isEmpty() && rows.get(0).getTimestamp(5).toInstant().isAfter(now)) {
        Row holder = rows.get(0);
        throw new LakeLockedException(
            "the lake is locked by run "
                + holder.getString(1)
                + " (pid "
                + holder.getLong(3)
                + " on "
                + holder.getString(2)
                + ", lease renewed at "
                + holder.getTimestamp(4).toInstant()
                + ", expires at "
                + holder.getTimestamp(5).toInstant()
                + "); wait for it to finish; a holder that died loses the lease when it expires"
                + " ("
                + table
                + ")");
      }
      pause(attempt);
    }
    throw new LakeLockedException(
        "could not take the lease "
            + table
            + ": other runs are taking it"
            + (last == null ? "" : " (" + last.getMessage() + ")"));
  }

  /**
   * Creates the lease table where it is missing. {@code spark_catalog} without a metastore forgets
   * its tables when the JVM ends, and every process has a catalog of its own: there the table is
   * declared at its managed location explicitly, so that every process finds the same Delta log
   * (the one they race on).
   */
  private void createTable() {
    String schema = table.substring(0, table.lastIndexOf('.'));
    for (int attempt = 0; ; attempt++) {
      try {
        spark.sql("CREATE SCHEMA IF NOT EXISTS " + schema);
        String location = "";
        if (catalog.equals("spark_catalog")) {
          String folder = spark.catalog().getDatabase("gold").locationUri() + "/_run_lease";
          location = " LOCATION " + literal(folder);
        }
        spark.sql(
            "CREATE TABLE IF NOT EXISTS "
                + table
                + " (lake STRING NOT NULL, holder STRING NOT NULL, run_id STRING, host STRING,"
                + " pid BIGINT, acquired_at TIMESTAMP, heartbeat_at TIMESTAMP, expires_at"
                + " TIMESTAMP) USING DELTA"
                + location
                + " COMMENT 'The single-writer lease of the tix-master lake: one row, its"
                + " holder, heartbeat and expiry.'");
        return;
      } catch (Exception e) { // racing creators: all but one may fail, and the table then exists
        // Another process is creating it: its folder exists before its first Delta commit does.
        if (attempt >= 10) {
          throw new IllegalStateException("cannot create the lease table " + table, e);
        }
        sleep(Math.min(10_000L, 200L << attempt));
      }
    }
  }

  private String select() {
    return "SELECT holder, run_id, host, pid, heartbeat_at, expires_at FROM "
        + table
        + " WHERE lake = "
        + literal(KEY);
  }

  /** Extends the expiry while this run holds the lease; notes a lease that was taken over. */
  private void renew() {
    Instant now = clock.instant();
    try {
      spark.sql(
          "UPDATE "
              + table
              + " SET heartbeat_at = "
              + timestamp(now)
              + ", expires_at = "
              + timestamp(now.plus(ttl))
              + " WHERE lake = "
              + literal(KEY)
              + " AND holder = "
              + literal(token));
      if (!holds()) {
        lost.compareAndSet(null, "the lease was taken over by another run at " + now);
      }
    } catch (RuntimeException e) {
      // a transient failure: the next heartbeat tries again, and checkHeld() reads the row
    }
  }

  private boolean holds() {
    List<Row> rows = spark.sql(select()).collectAsList();
    return !rows.isEmpty() && token.equals(rows.get(0).getString(0));
  }

  /** Fails when this run no longer holds the lease (it expired and another run took it). */
  public void checkHeld() {
    String why = lost.get();
    if (why != null || !holds()) {
      throw new LakeLockedException(
          "this run lost the lake's lease"
              + (why == null ? "" : ": " + why)
              + "; nothing more is committed (the next run recovers)");
    }
  }

  /** Releases the lease if it is still this run's. */
  @Override
  public void close() {
    heartbeat.shutdownNow();
    spark.sql(
        "DELETE FROM "
            + table
            + " WHERE lake = "
            + literal(KEY)
            + " AND holder = "
            + literal(token));
  }

  private static String literal(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static String timestamp(Instant instant) {
    return "TIMESTAMP '" + instant + "'"; // ISO-8601 with Z: the same instant in any session zone
  }

  private static void pause(int attempt) {
    sleep(20L + 10L * attempt + (long) (Math.random() * 30));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      return "localhost";
    }
  }
}
