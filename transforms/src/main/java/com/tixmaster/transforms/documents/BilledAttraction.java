package com.tixmaster.transforms.documents;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;

/** One attraction of one event, with its billing order and name. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class BilledAttraction {
  @SchemaFieldNumber("0")
  @SchemaFieldName("event_id")
  public abstract String getEventId();

  @SchemaFieldNumber("1")
  @SchemaFieldName("attraction_id")
  public abstract String getAttractionId();

  @SchemaFieldNumber("2")
  @SchemaFieldName("billing_order")
  public abstract @Nullable Integer getBillingOrder();

  /** Null when silver.attractions does not hold the attraction. */
  @SchemaFieldNumber("3")
  @SchemaFieldName("attraction_name")
  public abstract @Nullable String getAttractionName();

  public static BilledAttraction of(
      String eventId, String attractionId, @Nullable Integer billingOrder, @Nullable String name) {
    return new AutoValue_BilledAttraction(eventId, attractionId, billingOrder, name);
  }
}
