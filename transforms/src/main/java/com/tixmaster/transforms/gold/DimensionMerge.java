package com.tixmaster.transforms.gold;

import com.tixmaster.schemas.gold.GoldRejectedRow;
import com.tixmaster.transforms.io.Buckets;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.annotation.Nullable;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Merges a dimension's source rows into its previous state and returns the dimension's complete new
 * state, as Rows of {@link DimensionSpec#schema()} ({@link #MERGED}), and the source rows it could
 * not use ({@link #REJECTED}). Generic over any dimension: SCD type 2 or type 1, per {@link
 * DimensionSpec#kind()}.
 *
 * <p>Input: a tuple of {@link #SOURCE} (the rows that describe the members now, any schema whose
 * column names match the dimension's) and {@link #EXISTING} (every row of the previous dimension;
 * possibly empty). Per natural key:
 *
 * <ul>
 *   <li>no source row: the existing rows are kept as they are (an entity absent from silver keeps
 *       its history and its current row);
 *   <li>SCD2, same {@code row_hash} as the current version: the existing rows are kept,
 *       byte-identical;
 *   <li>SCD2, a changed hash (or a new member): the current version is closed ({@code valid_to} =
 *       asOf, {@code is_current} = false) and a new version opens with a new surrogate key, valid
 *       from asOf;
 *   <li>type 1: the row is overwritten in place and keeps its key; a new member gets a new key.
 * </ul>
 *
 * <p>A source row without a natural key ({@code missing_key}), with the unknown member's key -1
 * ({@code reserved_key}), or beside another row of the same key whose candidate is smaller ({@code
 * duplicate_key}) is rejected, whole.
 *
 * <p>New keys come from {@link AssignSurrogateKeys} in natural-key order, above every key of the
 * previous dimension. The unknown member (-1) is always present exactly once.
 */
public final class DimensionMerge extends PTransform<PCollectionTuple, PCollectionTuple> {
  public static final TupleTag<Row> SOURCE = new TupleTag<Row>("source") {};
  public static final TupleTag<Row> EXISTING = new TupleTag<Row>("existing") {};

  /** The dimension's new state. */
  public static final TupleTag<Row> MERGED = new TupleTag<Row>("merged") {};

  /** The source rows it could not use. */
  public static final TupleTag<GoldRejectedRow> REJECTED =
      new TupleTag<GoldRejectedRow>("rejected") {};

  static final TupleTag<Row> VERSIONS = new TupleTag<Row>("versions") {};
  static final TupleTag<Row> CANDIDATES = new TupleTag<Row>("candidates") {};
  static final TupleTag<KV<String, Row>> KEYED = new TupleTag<KV<String, Row>>("keyed") {};
  static final TupleTag<Row> KEPT = new TupleTag<Row>("kept") {};
  static final TupleTag<KV<String, Row>> PENDING = new TupleTag<KV<String, Row>>("pending") {};

  private final DimensionSpec spec;
  private final GoldConfig config;
  private final DeadLetters letters;
  private final String source;

  private DimensionMerge(
      DimensionSpec spec, GoldConfig config, DeadLetters letters, String source) {
    this.spec = spec;
    this.config = config;
    this.letters = letters;
    this.source = source;
  }

  /** A merge whose rejected source rows are dead letters of table {@code source}. */
  public static DimensionMerge of(
      DimensionSpec spec, GoldConfig config, DeadLetters letters, String source) {
    return new DimensionMerge(spec, config, letters, source);
  }

  /** The input tuple. */
  public static PCollectionTuple inputs(PCollection<Row> source, PCollection<Row> existing) {
    return PCollectionTuple.of(SOURCE, source).and(EXISTING, existing);
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple input) {
    Schema schema = spec.schema();
    KvCoder<String, Row> keyedCoder = KvCoder.of(StringUtf8Coder.of(), RowCoder.of(schema));
    SchemaCoder<GoldRejectedRow> rejectedCoder =
        SchemaCoders.of(input.getPipeline(), GoldRejectedRow.class);
    PCollection<Row> existing = input.get(EXISTING);
    PCollection<Row> sources = input.get(SOURCE);

    PCollectionTuple keyedSources =
        sources.apply(
            "KeySourceRows",
            ParDo.of(new KeySourceFn(spec, letters, source))
                .withOutputTags(KEYED, TupleTagList.of(REJECTED)));
    PCollection<KV<String, Row>> candidates =
        keyedSources
            .get(KEYED)
            .setCoder(KvCoder.of(StringUtf8Coder.of(), RowCoder.of(sources.getSchema())));
    PCollection<KV<String, Row>> versions =
        existing.apply("KeyExistingRows", ParDo.of(new KeyExistingFn(spec))).setCoder(keyedCoder);
    PCollectionView<Long> maxKey =
        existing
            .apply(
                "ReadExistingKeys",
                MapElements.into(TypeDescriptors.longs()).via(spec::surrogateKeyOf))
            .apply("FindMaxExistingKey", AssignSurrogateKeys.maxKey());

    CandidatePicker picker = new CandidatePicker(spec, config, letters, source);
    DoFn<KV<String, CoGbkResult>, Row> mergeFn =
        spec.kind() == DimensionSpec.Kind.SCD2
            ? new MergeScd2VersionsFn(spec, config, picker)
            : new MergeType1Fn(spec, picker);
    PCollectionTuple merged =
        KeyedPCollectionTuple.of(VERSIONS, versions)
            .and(CANDIDATES, candidates)
            .apply("GroupByNaturalKey", Buckets.coGroupByKey())
            .apply(
                "MergeVersions",
                ParDo.of(mergeFn).withOutputTags(KEPT, TupleTagList.of(PENDING).and(REJECTED)));

    PCollection<Row> kept = merged.get(KEPT).setRowSchema(schema);
    PCollection<Row> opened =
        merged
            .get(PENDING)
            .setCoder(keyedCoder)
            .apply("AssignNewKeys", AssignSurrogateKeys.after(maxKey))
            .apply("ApplyNewKeys", ParDo.of(new ApplyKeyFn(spec)))
            .setRowSchema(schema);
    PCollection<Row> unknown =
        input
            .getPipeline()
            .apply("CreateUnknownMember", Create.of(spec.unknownRow()).withRowSchema(schema));
    PCollection<Row> dimension =
        PCollectionList.of(kept)
            .and(opened)
            .and(unknown)
            .apply("CombineRows", Flatten.pCollections())
            .setRowSchema(schema);
    PCollection<GoldRejectedRow> rejected =
        PCollectionList.of(keyedSources.get(REJECTED).setCoder(rejectedCoder))
            .and(merged.get(REJECTED).setCoder(rejectedCoder))
            .apply("CombineRejectedRows", Flatten.pCollections())
            .setCoder(rejectedCoder);
    return PCollectionTuple.of(MERGED, dimension).and(REJECTED, rejected);
  }

  private static Counter counter(DimensionSpec spec, String name) {
    return Metrics.counter("gold", "dim_" + spec.name() + "_" + name);
  }

  /**
   * Source row → {@code KV<natural key, source row>}; a row without a key, or with the unknown
   * member's, is rejected.
   */
  static final class KeySourceFn extends DoFn<Row, KV<String, Row>> {
    private final DimensionSpec spec;
    private final DeadLetters letters;
    private final String source;

    KeySourceFn(DimensionSpec spec, DeadLetters letters, String source) {
      this.spec = spec;
      this.letters = letters;
      this.source = source;
    }

    @ProcessElement
    public void process(@Element Row row, MultiOutputReceiver out) {
      String id = RowValues.string(row, spec.naturalKey());
      if (id == null) {
        out.get(REJECTED)
            .output(
                letters.reject(
                    source,
                    null,
                    GoldReasons.MISSING_KEY,
                    source + " row without " + spec.naturalKey(),
                    row));
      } else if (DimensionSpec.UNKNOWN_ID.equals(id)) {
        out.get(REJECTED)
            .output(
                letters.reject(
                    source,
                    id,
                    GoldReasons.RESERVED_KEY,
                    spec.naturalKey() + " -1 is the unknown member's key in dim_" + spec.name(),
                    row));
      } else {
        out.get(KEYED).output(KV.of(id, row));
      }
    }
  }

  /** Existing row → {@code KV<natural key, row>}; the unknown member is recreated, not merged. */
  static final class KeyExistingFn extends DoFn<Row, KV<String, Row>> {
    private final DimensionSpec spec;

    KeyExistingFn(DimensionSpec spec) {
      this.spec = spec;
    }

    @ProcessElement
    public void process(@Element Row row, OutputReceiver<KV<String, Row>> out) {
      if (!spec.isUnknown(row)) {
        out.output(KV.of(spec.naturalKeyOf(row), row));
      }
    }
  }

  /**
   * Picks a natural key's candidate from its source rows. When silver holds several, the smallest
   * candidate is kept (deterministically) and the other source rows are rejected as duplicates.
   */
  static final class CandidatePicker implements Serializable {
    private final DimensionSpec spec;
    private final GoldConfig config;
    private final DeadLetters letters;
    private final String source;
    private final Counter duplicates;

    CandidatePicker(DimensionSpec spec, GoldConfig config, DeadLetters letters, String source) {
      this.spec = spec;
      this.config = config;
      this.letters = letters;
      this.source = source;
      this.duplicates = counter(spec, "duplicate_source_rows");
    }

    /** The candidate of the grouped key; null when silver has no row for it. */
    @Nullable
    Row pick(KV<String, CoGbkResult> element, DoFn.MultiOutputReceiver out) {
      String key = element.getKey();
      Duplicates<Row> rows =
          Duplicates.split(
              element.getValue().getAll(CANDIDATES), row -> spec.candidate(row, config).toString());
      for (Row other : rows.others) {
        duplicates.inc();
        out.get(REJECTED)
            .output(
                letters.reject(
                    source,
                    key,
                    GoldReasons.DUPLICATE_KEY,
                    rows.detail(source, spec.naturalKey(), key),
                    other));
      }
      return rows.kept == null ? null : spec.candidate(rows.kept, config);
    }
  }

  /** The SCD2 merge of one natural key. */
  static final class MergeScd2VersionsFn extends DoFn<KV<String, CoGbkResult>, Row> {
    private final DimensionSpec spec;
    private final GoldConfig config;
    private final CandidatePicker picker;
    private final Counter opened;
    private final Counter closed;

    MergeScd2VersionsFn(DimensionSpec spec, GoldConfig config, CandidatePicker picker) {
      this.spec = spec;
      this.config = config;
      this.picker = picker;
      this.opened = counter(spec, "versions_opened");
      this.closed = counter(spec, "versions_closed");
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> element, MultiOutputReceiver out) {
      List<Row> versions = new ArrayList<>();
      element.getValue().getAll(VERSIONS).forEach(versions::add);
      Row candidate = picker.pick(element, out);
      Row current =
          versions.stream()
              .filter(spec::isCurrent)
              .max(Comparator.comparingLong(spec::surrogateKeyOf))
              .orElse(null);
      boolean unchanged =
          candidate == null
              || (current != null
                  && candidate
                      .getString(DimensionSpec.ROW_HASH)
                      .equals(current.getString(DimensionSpec.ROW_HASH)));
      for (Row version : versions) {
        if (!unchanged && version == current) {
          out.get(KEPT).output(spec.closed(version, config.asOf()));
          closed.inc();
        } else {
          out.get(KEPT).output(version);
        }
      }
      if (!unchanged) {
        out.get(PENDING).output(KV.of(element.getKey(), candidate));
        opened.inc();
      }
    }
  }

  /** The type 1 merge of one natural key. */
  static final class MergeType1Fn extends DoFn<KV<String, CoGbkResult>, Row> {
    private final DimensionSpec spec;
    private final CandidatePicker picker;
    private final Counter inserted;
    private final Counter updated;

    MergeType1Fn(DimensionSpec spec, CandidatePicker picker) {
      this.spec = spec;
      this.picker = picker;
      this.inserted = counter(spec, "rows_inserted");
      this.updated = counter(spec, "rows_updated");
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> element, MultiOutputReceiver out) {
      Row candidate = picker.pick(element, out);
      boolean any = false;
      for (Row existing : element.getValue().getAll(VERSIONS)) {
        any = true;
        Row row = candidate == null ? existing : spec.updated(existing, candidate);
        if (row != existing) {
          updated.inc();
        }
        out.get(KEPT).output(row);
      }
      if (!any && candidate != null) {
        out.get(PENDING).output(KV.of(element.getKey(), candidate));
        inserted.inc();
      }
    }
  }

  /** {@code KV<new key, row>} → the row with that surrogate key. */
  static final class ApplyKeyFn extends DoFn<KV<Long, Row>, Row> {
    private final DimensionSpec spec;

    ApplyKeyFn(DimensionSpec spec) {
      this.spec = spec;
    }

    @ProcessElement
    public void process(@Element KV<Long, Row> element, OutputReceiver<Row> out) {
      out.output(spec.withSurrogateKey(element.getValue(), element.getKey()));
    }
  }
}
