package com.tixmaster.pipeline.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.time.Instant;

/** What one stage of a run did: the source of an {@code etl_log} row and of the run report. */
public final class StageOutcome {
  /** How a stage ended. */
  public enum Status {
    SUCCEEDED,
    SKIPPED,
    BLOCKED,
    FAILED
  }

  private final String stage;
  private final Status status;
  private final Instant startedAt;
  private final Instant endedAt;
  private final long rowsIn;
  private final long rowsOut;
  private final long rowsRejected;
  private final String message;
  private final Map<String, Long> counters;
  private final Map<String, Long> tableRows;
  private final List<String> notes;

  private StageOutcome(Builder b) {
    this.stage = b.stage;
    this.status = b.status;
    this.startedAt = b.startedAt;
    this.endedAt = b.endedAt;
    this.rowsIn = b.rowsIn;
    this.rowsOut = b.rowsOut;
    this.rowsRejected = b.rowsRejected;
    this.message = b.message;
    this.counters = Map.copyOf(b.counters);
    this.tableRows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.tableRows));
    this.notes = List.copyOf(b.notes);
  }

  public static Builder builder(String stage, Instant startedAt) {
    return new Builder(stage, startedAt);
  }

  public String stage() {
    return stage;
  }

  public Status status() {
    return status;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant endedAt() {
    return endedAt;
  }

  public long rowsIn() {
    return rowsIn;
  }

  public long rowsOut() {
    return rowsOut;
  }

  public long rowsRejected() {
    return rowsRejected;
  }

  public String message() {
    return message;
  }

  /** Beam counters of the stage, by name. */
  public Map<String, Long> counters() {
    return counters;
  }

  /** Rows of each table the stage committed, after the commit, in table order. */
  public Map<String, Long> tableRows() {
    return tableRows;
  }

  /** Things a person should read: schema drift, rejected files, skipped work. */
  public List<String> notes() {
    return notes;
  }

  public double seconds() {
    return (endedAt.getMillis() - startedAt.getMillis()) / 1000.0;
  }

  /** Mutable builder. */
  public static final class Builder {
    private final String stage;
    private final Instant startedAt;
    private Status status = Status.SUCCEEDED;
    private Instant endedAt;
    private long rowsIn;
    private long rowsOut;
    private long rowsRejected;
    private String message = "";
    private final Map<String, Long> counters = new LinkedHashMap<>();
    private final Map<String, Long> tableRows = new LinkedHashMap<>();
    private final List<String> notes = new java.util.ArrayList<>();

    private Builder(String stage, Instant startedAt) {
      this.stage = stage;
      this.startedAt = startedAt;
    }

    public Builder status(Status v) {
      status = v;
      return this;
    }

    public Builder rows(long in, long out, long rejected) {
      rowsIn = in;
      rowsOut = out;
      rowsRejected = rejected;
      return this;
    }

    public Builder message(String v) {
      message = v;
      return this;
    }

    public Builder counters(Map<String, Long> v) {
      counters.putAll(v);
      return this;
    }

    public Builder tableRows(String table, long rows) {
      tableRows.put(table, rows);
      return this;
    }

    public Builder note(String v) {
      notes.add(v);
      return this;
    }

    public StageOutcome build(Instant ended) {
      endedAt = ended;
      return new StageOutcome(this);
    }
  }
}
