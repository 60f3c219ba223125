package com.tixmaster.transforms.quality;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.values.KV;

/**
 * A violation is {@code KV<part, sample key>}: one per offending record. The part says where (a
 * table, a relation, which columns) and feeds the details' breakdown ({@code ""} for none); the
 * sample key identifies the record in {@code sample_keys}.
 */
final class Violations {
  static final KvCoder<String, String> CODER =
      KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());

  private Violations() {}

  static KV<String, String> of(String part, String sampleKey) {
    return KV.of(part, sampleKey);
  }
}
