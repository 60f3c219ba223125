package com.tixmaster.schemas.gold;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldDescription;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;

/**
 * One row of {@code gold.bridge_event_attraction}: an attraction of an event, in billing order.
 *
 * <p>Keyed by ({@code event_sk}, {@code attraction_sk}); the attraction is its current {@code
 * dim_attraction} version when the event was loaded.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class BridgeEventAttraction {
  @SchemaFieldDescription("The event; FK to gold.fact_events.event_sk.")
  @SchemaFieldNumber("0")
  @SchemaFieldName("event_sk")
  public abstract long getEventSk();

  /** -1 when the attraction is not in dim_attraction. */
  @SchemaFieldDescription(
      "An attraction of the event, its current dim_attraction version; FK to"
          + " gold.dim_attraction.attraction_sk; -1 when not in dim_attraction.")
  @SchemaFieldNumber("1")
  @SchemaFieldName("attraction_sk")
  public abstract long getAttractionSk();

  /** 0 = headliner. */
  @SchemaFieldDescription("Position in the event's billing, 0 = headliner; null when unknown.")
  @SchemaFieldNumber("2")
  @SchemaFieldName("billing_order")
  public abstract @Nullable Integer getBillingOrder();

  /** Degenerate natural key of the event. */
  @SchemaFieldDescription("Ticketmaster event id (degenerate natural key).")
  @SchemaFieldNumber("3")
  @SchemaFieldName("event_id")
  public abstract String getEventId();

  /** Natural key of the attraction. */
  @SchemaFieldDescription("Ticketmaster attraction id (natural key).")
  @SchemaFieldNumber("4")
  @SchemaFieldName("attraction_id")
  public abstract String getAttractionId();

  public static Builder builder() {
    return new AutoValue_BridgeEventAttraction.Builder();
  }

  public abstract Builder toBuilder();

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setEventSk(long v);

    public abstract Builder setAttractionSk(long v);

    public abstract Builder setBillingOrder(@Nullable Integer v);

    public abstract Builder setEventId(String v);

    public abstract Builder setAttractionId(String v);

    public abstract BridgeEventAttraction build();
  }
}
