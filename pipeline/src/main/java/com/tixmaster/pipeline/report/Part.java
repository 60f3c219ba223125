package com.tixmaster.pipeline.report;

import java.util.Objects;

/**
 * One part of the report's data: read from the lake, absent because its table was never built, or
 * unreadable. A report renders whatever it could read and says why the rest is missing, instead of
 * failing the run it reports on.
 */
final class Part<T> {
  enum State {
    PRESENT,
    MISSING,
    ERROR
  }

  private final State state;
  private final T value;
  private final String message;

  private Part(State state, T value, String message) {
    this.state = state;
    this.value = value;
    this.message = message;
  }

  static <T> Part<T> present(T value) {
    return new Part<>(State.PRESENT, Objects.requireNonNull(value), null);
  }

  /** The table does not exist: nothing built it yet. */
  static <T> Part<T> missing(String table) {
    return new Part<>(State.MISSING, null, table);
  }

  static <T> Part<T> error(String what, Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new Part<>(State.ERROR, null, what + ": " + message);
  }

  State state() {
    return state;
  }

  boolean present() {
    return state == State.PRESENT;
  }

  T value() {
    if (state != State.PRESENT) {
      throw new IllegalStateException("no value: " + state + " " + message);
    }
    return value;
  }

  T orElse(T other) {
    return state == State.PRESENT ? value : other;
  }

  /** For MISSING the table's name; for ERROR what failed and why. */
  String message() {
    return message;
  }

  /** Reads a part, turning a missing table into MISSING and a failure into ERROR. */
  interface Reader<T> {
    T read() throws Exception;
  }

  static <T> Part<T> of(String what, Reader<T> reader) {
    try {
      return present(reader.read());
    } catch (MissingTable e) {
      return missing(e.getMessage());
    } catch (Exception e) {
      return error(what, e);
    }
  }

  /** Thrown by a reader when the table it needs does not exist. */
  static final class MissingTable extends Exception {
    MissingTable(String table) {
      super(table, null, false, false);
    }
  }
}
