package com.tixmaster.transforms.silver;

import com.tixmaster.schemas.silver.SilverLineage;
import javax.annotation.Nullable;
import org.apache.beam.sdk.transforms.SerializableComparator;

/**
 * The deterministic dedup order of silver: which of two observations of one key wins. Returns a
 * negative number when {@code a} wins over {@code b}. In order:
 *
 * <ol>
 *   <li>an optional entity-specific preference (markets: an observation with a name first);
 *   <li>newest {@code _ingestion_timestamp}, then greatest {@code _source_file}, then greatest
 *       {@code _record_index};
 *   <li>standalone over embedded;
 *   <li>the current row over a new observation (an exact replay of the same observation changes
 *       nothing, lineage included);
 *   <li>the row's full text (only identical-lineage copies get here, e.g. one venue embedded twice
 *       in one event), so no input order can change the winner.
 * </ol>
 */
public final class ObservationOrder {
  private ObservationOrder() {}

  public static <T extends SilverLineage> int compare(
      T a,
      boolean aIsCurrent,
      T b,
      boolean bIsCurrent,
      @Nullable SerializableComparator<T> preference) {
    if (preference != null) {
      int c = preference.compare(a, b);
      if (c != 0) {
        return c;
      }
    }
    int c = b.getIngestionTimestamp().compareTo(a.getIngestionTimestamp());
    if (c != 0) {
      return c;
    }
    c = b.getSourceFile().compareTo(a.getSourceFile());
    if (c != 0) {
      return c;
    }
    c = Long.compare(b.getRecordIndex(), a.getRecordIndex());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(originRank(a), originRank(b));
    if (c != 0) {
      return c;
    }
    c = Boolean.compare(bIsCurrent, aIsCurrent);
    if (c != 0) {
      return c;
    }
    return a.toString().compareTo(b.toString());
  }

  /**
   * The identity of an observation: timestamp, file, index and origin. A child row carries its
   * parent's, which is how it is matched to the parent's winning observation.
   */
  public static String lineageKey(SilverLineage row) {
    return row.getIngestionTimestamp().getMillis()
        + "\u0000"
        + row.getSourceFile()
        + "\u0000"
        + row.getRecordIndex()
        + "\u0000"
        + row.getOrigin();
  }

  private static int originRank(SilverLineage row) {
    return SilverLineage.STANDALONE.equals(row.getOrigin()) ? 0 : 1;
  }
}
