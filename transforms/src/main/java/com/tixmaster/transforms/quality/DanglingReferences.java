package com.tixmaster.transforms.quality;

import com.tixmaster.transforms.io.Buckets;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;

/**
 * The child rows of a {@link ForeignKey} whose value matches no parent row, as violations {@code
 * KV<fk name, child key>} (the sample prefixed with {@code <fk name>:} when asked). A CoGroupByKey
 * of the child's references with the parent's keys; a null reference dangles unless skipped.
 */
final class DanglingReferences
    extends PTransform<PCollection<Row>, PCollection<KV<String, String>>> {
  /** A null reference's join key: matches no parent key (parent keys are never null). */
  static final String NULL_REFERENCE = "\u0000null";

  private static final TupleTag<String> CHILD = new TupleTag<>("child");
  private static final TupleTag<String> PARENT = new TupleTag<>("parent");

  private final ForeignKey fk;
  private final PCollection<Row> parent;
  private final boolean skipNulls;
  private final boolean prefixSamples;
  private final String part;

  private DanglingReferences(
      ForeignKey fk,
      PCollection<Row> parent,
      boolean skipNulls,
      boolean prefixSamples,
      String part) {
    this.fk = fk;
    this.parent = parent;
    this.skipNulls = skipNulls;
    this.prefixSamples = prefixSamples;
    this.part = part;
  }

  /** {@code fk}'s dangling child rows, against {@code parent}; the part is {@code fk}'s name. */
  static DanglingReferences of(ForeignKey fk, PCollection<Row> parent) {
    return new DanglingReferences(fk, parent, fk.optional(), false, fk.name());
  }

  /** Null references are allowed (another check reports them). */
  DanglingReferences skippingNulls() {
    return new DanglingReferences(fk, parent, true, prefixSamples, part);
  }

  /** Samples read {@code <fk name>:<child key>}, for checks that span several keys. */
  DanglingReferences prefixingSamples() {
    return new DanglingReferences(fk, parent, skipNulls, true, part);
  }

  /** The check is about this key alone: no breakdown by part. */
  DanglingReferences withoutPart() {
    return new DanglingReferences(fk, parent, skipNulls, prefixSamples, "");
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<Row> child) {
    KvCoder<String, String> kv = KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());
    PCollection<KV<String, String>> references =
        child.apply("KeyByReference", ParDo.of(new ReferenceFn(fk, skipNulls))).setCoder(kv);
    PCollection<KV<String, String>> keys =
        parent.apply("KeyByParentKey", ParDo.of(new ParentKeyFn(fk.parentColumn()))).setCoder(kv);
    return KeyedPCollectionTuple.of(CHILD, references)
        .and(PARENT, keys)
        .apply("JoinParent", Buckets.coGroupByKey())
        .apply(
            "KeepUnmatched", ParDo.of(new UnmatchedFn(part, prefixSamples ? fk.name() + ":" : "")))
        .setCoder(Violations.CODER);
  }

  /**
   * A child row as {@code KV<reference, sample key>}. (The samples' prefix is added to the few
   * unmatched rows only, by {@link UnmatchedFn}: every child row passes here.)
   */
  static final class ReferenceFn extends DoFn<Row, KV<String, String>> {
    private final ForeignKey fk;
    private final boolean skipNulls;

    ReferenceFn(ForeignKey fk, boolean skipNulls) {
      this.fk = fk;
      this.skipNulls = skipNulls;
    }

    @ProcessElement
    public void process(@Element Row row, OutputReceiver<KV<String, String>> out) {
      String reference = Values.key(row, fk.column());
      if (reference == null && skipNulls) {
        return;
      }
      out.output(
          KV.of(
              reference == null ? NULL_REFERENCE : reference,
              Values.recordKey(row, fk.child().columns())));
    }
  }

  /** A parent row as {@code KV<key, "">}; a null key is skipped. */
  static final class ParentKeyFn extends DoFn<Row, KV<String, String>> {
    private final String column;

    ParentKeyFn(String column) {
      this.column = column;
    }

    @ProcessElement
    public void process(@Element Row row, OutputReceiver<KV<String, String>> out) {
      String key = Values.key(row, column);
      if (key != null) {
        out.output(KV.of(key, ""));
      }
    }
  }

  /** Every child row of a reference that no parent has. */
  static final class UnmatchedFn extends DoFn<KV<String, CoGbkResult>, KV<String, String>> {
    private final String part;
    private final String samplePrefix;

    UnmatchedFn(String part, String samplePrefix) {
      this.part = part;
      this.samplePrefix = samplePrefix;
    }

    @ProcessElement
    public void process(
        @Element KV<String, CoGbkResult> joined, OutputReceiver<KV<String, String>> out) {
      if (joined.getValue().getAll(PARENT).iterator().hasNext()) {
        return;
      }
      for (String sample : joined.getValue().getAll(CHILD)) {
        out.output(Violations.of(part, samplePrefix + sample));
      }
    }
  }
}
