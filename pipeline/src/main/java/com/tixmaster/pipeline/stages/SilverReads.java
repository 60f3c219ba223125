package com.tixmaster.pipeline.stages;

import com.tixmaster.pipeline.run.RunContext;
import com.tixmaster.schemas.silver.SilverTables;
import com.tixmaster.transforms.gold.SilverInputs;
import java.io.IOException;
import org.apache.beam.sdk.Pipeline;

/** The committed silver tables as the gold stages read them: rows by contract column name. */
final class SilverReads {
  private SilverReads() {}

  static SilverInputs committed(RunContext ctx, Pipeline p) throws IOException {
    return SilverInputs.builder()
        .events(ctx.read(p, SilverTables.EVENTS))
        .venues(ctx.read(p, SilverTables.VENUES))
        .attractions(ctx.read(p, SilverTables.ATTRACTIONS))
        .classifications(ctx.read(p, SilverTables.CLASSIFICATIONS))
        .markets(ctx.read(p, SilverTables.MARKETS))
        .venueMarkets(ctx.read(p, SilverTables.VENUE_MARKETS))
        .eventVenues(ctx.read(p, SilverTables.EVENT_VENUES))
        .eventAttractions(ctx.read(p, SilverTables.EVENT_ATTRACTIONS))
        .build();
  }
}
