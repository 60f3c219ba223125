package com.tixmaster.transforms.gold;

import com.tixmaster.schemas.gold.GoldRejectedRow;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;
import org.apache.beam.sdk.values.Row;

/**
 * Makes the dead letters of one stage of one run: a {@link GoldRejectedRow} that keeps the rejected
 * row whole (as JSON), its natural key, a stable reason code ({@link GoldReasons}) and a sentence.
 * The {@code rejection_id} is left empty here; {@link CollectDeadLetters} sets it where all of a
 * stage's dead letters meet.
 */
public final class DeadLetters implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int MAX_DETAIL = 300;

  private final String stage;
  private final String runId;

  private DeadLetters(String stage, String runId) {
    this.stage = stage;
    this.runId = runId;
  }

  /** The dead letters of {@code stage} (gold, summary or documents) in run {@code runId}. */
  public static DeadLetters of(String stage, String runId) {
    return new DeadLetters(stage, runId);
  }

  public String stage() {
    return stage;
  }

  /** Rejects {@code row} of table {@code entity} (e.g. {@code silver.venues}). */
  public GoldRejectedRow reject(
      String entity, @Nullable String recordId, String reasonCode, String detail, Row row) {
    Object sourceFile =
        row.getSchema().hasField("_source_file") ? row.getValue("_source_file") : null;
    return GoldRejectedRow.builder()
        .setEntity(entity)
        .setRecordId(recordId)
        .setReasonCode(reasonCode)
        .setReasonDetail(
            detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL) + "…")
        .setPayload(RowJson.of(row))
        .setSourceFile(sourceFile == null ? null : sourceFile.toString())
        .setStage(stage)
        .setRejectionId("")
        .setRunId(runId)
        .build();
  }

  /**
   * A natural key as {@code record_id}: the parts joined by {@code |}, a missing part empty; null
   * when every part is missing.
   */
  public static @Nullable String key(@Nullable String... parts) {
    List<String> values = new ArrayList<>();
    boolean any = false;
    for (String part : parts) {
      any |= part != null;
      values.add(part == null ? "" : part);
    }
    return any ? String.join("|", values) : null;
  }
}
