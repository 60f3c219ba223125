package com.tixmaster.transforms.quality;

import java.io.Serializable;
import java.util.Objects;
import javax.annotation.Nullable;

/** What one check found, before it is stamped with the run and the check's definition. */
final class Outcome implements Serializable {
  private static final long serialVersionUID = 1L;

  final String status;
  final long recordsAffected;
  final @Nullable Double threshold;
  final String details;
  final @Nullable String sampleKeys;

  Outcome(
      String status,
      long recordsAffected,
      @Nullable Double threshold,
      String details,
      @Nullable String sampleKeys) {
    this.status = status;
    this.recordsAffected = recordsAffected;
    this.threshold = threshold;
    this.details = details;
    this.sampleKeys = sampleKeys;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Outcome)) {
      return false;
    }
    Outcome that = (Outcome) o;
    return status.equals(that.status)
        && recordsAffected == that.recordsAffected
        && Objects.equals(threshold, that.threshold)
        && details.equals(that.details)
        && Objects.equals(sampleKeys, that.sampleKeys);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, recordsAffected, threshold, details, sampleKeys);
  }

  @Override
  public String toString() {
    return status + " " + recordsAffected + " " + details + " [" + sampleKeys + "]";
  }
}
