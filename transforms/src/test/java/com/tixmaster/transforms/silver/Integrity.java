package com.tixmaster.transforms.silver;

import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.Keys;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptors;

/** In-pipeline checks of foreign keys and primary keys, for tests. */
final class Integrity {
  private Integrity() {}

  /** The references (non-null) that match no key: must be empty. */
  static <C, P> PCollection<String> orphans(
      String name,
      PCollection<C> children,
      SerializableFunction<C, String> ref,
      PCollection<P> parents,
      SerializableFunction<P, String> key) {
    PCollection<KV<String, String>> refs =
        children
            .apply(
                name + "Refs",
                MapElements.into(
                        TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
                    .via((C c) -> KV.of(String.valueOf(ref.apply(c)), "ref")))
            .apply(
                name + "NonNull",
                Filter.by((KV<String, String> kv) -> !kv.getKey().equals("null")));
    PCollection<KV<String, String>> keys =
        parents.apply(
            name + "Keys",
            MapElements.into(
                    TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
                .via((P p) -> KV.of(key.apply(p), "key")));
    return PCollectionList.of(refs)
        .and(keys)
        .apply(name + "Flatten", Flatten.pCollections())
        .apply(name + "Group", GroupByKey.create())
        .apply(name + "Orphans", ParDo.of(new OrphanFn(name + " orphan: ")));
  }

  /** Keys that occur more than once: must be empty. */
  static <T> PCollection<String> duplicates(
      String name, PCollection<T> rows, SerializableFunction<T, String> key) {
    return rows.apply(name + "Key", MapElements.into(TypeDescriptors.strings()).via(key))
        .apply(name + "Count", Count.perElement())
        .apply(name + "Dups", Filter.by((KV<String, Long> kv) -> kv.getValue() > 1))
        .apply(name + "Keys", Keys.create())
        .apply(
            name + "Label",
            MapElements.into(TypeDescriptors.strings())
                .via((String k) -> name + " duplicate: " + k));
  }

  /** Rows present in one collection and not the other (or more than once): must be empty. */
  static PCollection<String> unmatched(String name, PCollection<String> a, PCollection<String> b) {
    return PCollectionList.of(a)
        .and(b)
        .apply(name + "Both", Flatten.pCollections())
        .apply(name + "Count", Count.perElement())
        .apply(name + "Unmatched", Filter.by((KV<String, Long> kv) -> kv.getValue() != 2))
        .apply(
            name + "Rows",
            MapElements.into(TypeDescriptors.strings()).via((KV<String, Long> kv) -> kv.getKey()));
  }

  static final class OrphanFn extends DoFn<KV<String, Iterable<String>>, String> {
    private final String label;

    OrphanFn(String label) {
      this.label = label;
    }

    @ProcessElement
    public void processElement(
        @Element KV<String, Iterable<String>> group, OutputReceiver<String> out) {
      boolean hasKey = false;
      boolean hasRef = false;
      for (String s : group.getValue()) {
        hasKey |= s.equals("key");
        hasRef |= s.equals("ref");
      }
      if (hasRef && !hasKey) {
        out.output(label + group.getKey());
      }
    }
  }
}
