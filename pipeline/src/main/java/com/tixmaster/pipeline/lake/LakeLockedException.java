package com.tixmaster.pipeline.lake;

/** Another run holds the lake: this run refuses to start rather than interleave with it. */
public final class LakeLockedException extends RuntimeException {
  public LakeLockedException(String message) {
    super(message);
  }
}
