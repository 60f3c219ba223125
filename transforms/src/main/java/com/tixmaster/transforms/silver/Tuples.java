package com.tixmaster.transforms.silver;

import javax.annotation.Nullable;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Builds a {@link PCollectionTuple} whose optional members may be null (left out: the family
 * composites then use an empty collection).
 */
public final class Tuples {
  private PCollectionTuple tuple;

  private Tuples(PCollectionTuple tuple) {
    this.tuple = tuple;
  }

  public static <T> Tuples of(TupleTag<T> tag, PCollection<T> value) {
    return new Tuples(PCollectionTuple.of(tag, value));
  }

  public <T> Tuples and(TupleTag<T> tag, @Nullable PCollection<T> value) {
    if (value != null) {
      tuple = tuple.and(tag, value);
    }
    return this;
  }

  public PCollectionTuple build() {
    return tuple;
  }
}
