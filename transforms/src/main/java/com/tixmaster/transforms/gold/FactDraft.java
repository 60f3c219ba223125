package com.tixmaster.transforms.gold;

import com.google.auto.value.AutoValue;
import com.tixmaster.schemas.gold.FactEvent;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;

/**
 * A fact row on its way to gold: the fact with its measures set and its foreign keys still -1, plus
 * the natural keys the resolve steps look up.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class FactDraft {
  @SchemaFieldNumber("0")
  @SchemaFieldName("fact")
  public abstract FactEvent getFact();

  /** The primary venue: events.primary_venue_id, else the first of event_venues. */
  @SchemaFieldNumber("1")
  @SchemaFieldName("venue_id")
  public abstract @Nullable String getVenueId();

  /** The headliner: events.headliner_attraction_id, else billing order 0 of event_attractions. */
  @SchemaFieldNumber("2")
  @SchemaFieldName("headliner_attraction_id")
  public abstract @Nullable String getHeadlinerAttractionId();

  @SchemaFieldNumber("3")
  @SchemaFieldName("classification_id")
  public abstract @Nullable String getClassificationId();

  public static FactDraft of(
      FactEvent fact,
      @Nullable String venueId,
      @Nullable String headlinerAttractionId,
      @Nullable String classificationId) {
    return new AutoValue_FactDraft(fact, venueId, headlinerAttractionId, classificationId);
  }

  private FactDraft withFact(FactEvent fact) {
    return of(fact, getVenueId(), getHeadlinerAttractionId(), getClassificationId());
  }

  public FactDraft withVenueSk(long sk) {
    return withFact(getFact().toBuilder().setVenueSk(sk).build());
  }

  public FactDraft withMarketSk(long sk) {
    return withFact(getFact().toBuilder().setMarketSk(sk).build());
  }

  public FactDraft withAttractionSk(long sk) {
    return withFact(getFact().toBuilder().setAttractionSk(sk).build());
  }

  public FactDraft withClassificationSk(long sk) {
    return withFact(getFact().toBuilder().setClassificationSk(sk).build());
  }
}
