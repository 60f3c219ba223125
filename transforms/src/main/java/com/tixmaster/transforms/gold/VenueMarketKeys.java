package com.tixmaster.transforms.gold;

import com.tixmaster.transforms.io.Buckets;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;

/**
 * {@code KV<venue_id, market_sk>}: each venue's first market (the lowest market_id of
 * silver.venue_markets, numerically when the ids are numbers) resolved against dim_market. A venue
 * without markets, or whose first market is not in dim_market, has no entry (its events get -1).
 */
public final class VenueMarketKeys
    extends PTransform<PCollectionTuple, PCollection<KV<String, Long>>> {
  public static final TupleTag<Row> VENUE_MARKETS = new TupleTag<Row>("venue_markets") {};
  public static final TupleTag<KV<String, Long>> MARKET_KEYS =
      new TupleTag<KV<String, Long>>("market_keys") {};

  static final TupleTag<Row> LINKS = new TupleTag<Row>("links") {};
  static final TupleTag<String> FIRST_MARKET = new TupleTag<String>("first_market") {};
  static final TupleTag<Long> KEYS = new TupleTag<Long>("keys") {};

  public static PCollectionTuple inputs(
      PCollection<Row> venueMarkets, PCollection<KV<String, Long>> marketKeys) {
    return PCollectionTuple.of(VENUE_MARKETS, venueMarkets).and(MARKET_KEYS, marketKeys);
  }

  @Override
  public PCollection<KV<String, Long>> expand(PCollectionTuple input) {
    KvCoder<String, String> pairCoder = KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());
    PCollection<KV<String, String>> firstMarkets =
        KeyedPCollectionTuple.of(
                LINKS,
                input
                    .get(VENUE_MARKETS)
                    .apply("KeyVenueMarkets", KeyRowsBy.column("venue_markets", "venue_id")))
            .apply("GroupByVenue", Buckets.coGroupByKey())
            .apply("PickFirstMarket", ParDo.of(new FirstMarketFn()))
            .setCoder(pairCoder);
    return KeyedPCollectionTuple.of(FIRST_MARKET, firstMarkets)
        .and(KEYS, input.get(MARKET_KEYS))
        .apply("GroupByMarket", Buckets.coGroupByKey())
        .apply("ReadMarketKeys", ParDo.of(new VenueMarketKeyFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()));
  }

  /** {@code venue_id → [links]} to {@code KV<first market_id, venue_id>}. */
  static final class FirstMarketFn extends DoFn<KV<String, CoGbkResult>, KV<String, String>> {
    @ProcessElement
    public void process(
        @Element KV<String, CoGbkResult> element, OutputReceiver<KV<String, String>> out) {
      String first = null;
      for (Row link : element.getValue().getAll(LINKS)) {
        String market = RowValues.string(link, "market_id");
        if (market != null && (first == null || FactRules.compareIds(market, first) < 0)) {
          first = market;
        }
      }
      if (first != null) {
        out.output(KV.of(first, element.getKey()));
      }
    }
  }

  /** {@code market_id → venues, key} to {@code KV<venue_id, market_sk>}. */
  static final class VenueMarketKeyFn extends DoFn<KV<String, CoGbkResult>, KV<String, Long>> {
    @ProcessElement
    public void process(
        @Element KV<String, CoGbkResult> element, OutputReceiver<KV<String, Long>> out) {
      Long sk = null;
      for (Long k : element.getValue().getAll(KEYS)) {
        sk = sk == null ? k : Math.min(sk, k);
      }
      if (sk == null) {
        return;
      }
      for (String venueId : element.getValue().getAll(FIRST_MARKET)) {
        out.output(KV.of(venueId, sk));
      }
    }
  }
}
