package com.tixmaster.schemas.gold;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldDescription;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;

/**
 * One row of {@code gold.dim_market} (type 1 on {@code market_id}).
 *
 * <p>A market name that silver no longer carries (older responses have none) does not erase a known
 * name. Row {@code market_sk = -1} is the "unknown" member.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class DimMarket {
  public static final long UNKNOWN_SK = -1L;

  /** Surrogate key: stable per market_id; -1 is the unknown member. */
  @SchemaFieldDescription("Surrogate key, stable per market_id; -1 is the unknown market.")
  @SchemaFieldNumber("0")
  @SchemaFieldName("market_sk")
  public abstract long getMarketSk();

  /** Natural key ({@code -1} for the unknown member). */
  @SchemaFieldDescription("Ticketmaster market (regional area) id; -1 for the unknown market.")
  @SchemaFieldNumber("1")
  @SchemaFieldName("market_id")
  public abstract String getMarketId();

  @SchemaFieldDescription(
      "Market name, e.g. Greater Los Angeles Area; null when the API never gave one.")
  @SchemaFieldNumber("2")
  @SchemaFieldName("market_name")
  public abstract @Nullable String getMarketName();

  public static Builder builder() {
    return new AutoValue_DimMarket.Builder();
  }

  public abstract Builder toBuilder();

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setMarketSk(long v);

    public abstract Builder setMarketId(String v);

    public abstract Builder setMarketName(@Nullable String v);

    public abstract DimMarket build();
  }
}
