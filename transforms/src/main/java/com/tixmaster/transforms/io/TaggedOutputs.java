package com.tixmaster.transforms.io;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;

/**
 * The outputs of a step with many outputs as one collection of {@code KV<tag index, encoded
 * value>}, split back into a {@link PCollectionTuple} by one filter per tag that decodes only its
 * own values.
 *
 * <p>Why: Beam 2.62's SparkRunner persists a multi-output {@code ParDo}'s result and, at any
 * storage level but {@code MEMORY_ONLY}, decodes all of it, every output's values, for each output
 * it then filters ({@code TranslationUtils.getTupleTagDecodeFunction} before the {@code
 * TupleTagFilter}). Silver's parse has eleven outputs, so it decoded the whole parse output eleven
 * times. Here each value is encoded once and decoded once, by its own output's filter; what is
 * persisted and read eleven times is byte arrays. The driver asks for this on every runner but the
 * DirectRunner ({@link DistributedGraphOptions#getTaggedOutputs()}), which holds outputs as objects
 * and would only pay for the encoding.
 */
public final class TaggedOutputs implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<TupleTag<?>> tags;
  private final List<Coder<?>> coders;
  private final Map<String, Integer> indexById;

  private TaggedOutputs(List<TupleTag<?>> tags, List<Coder<?>> coders) {
    this.tags = List.copyOf(tags);
    this.coders = List.copyOf(coders);
    this.indexById = new HashMap<>();
    for (int i = 0; i < tags.size(); i++) {
      indexById.put(tags.get(i).getId(), i);
    }
  }

  /** Whether the driver chose tagged outputs for this pipeline's runner. */
  public static boolean wanted(PipelineOptions options) {
    return options.as(DistributedGraphOptions.class).getTaggedOutputs();
  }

  /**
   * The outputs {@code tags}, each encoded with the coder {@code pipeline} infers for its type (the
   * schema coder of a schema type, as Beam would give the output of a multi-output ParDo).
   */
  public static TaggedOutputs of(Pipeline pipeline, List<TupleTag<?>> tags) {
    List<Coder<?>> coders = new ArrayList<>();
    for (TupleTag<?> tag : tags) {
      coders.add(coderOf(pipeline, tag));
    }
    return new TaggedOutputs(tags, coders);
  }

  private static <T> Coder<T> coderOf(Pipeline pipeline, TupleTag<T> tag) {
    try {
      return pipeline.getSchemaRegistry().getSchemaCoder(tag.getTypeDescriptor());
    } catch (NoSuchSchemaException noSchema) {
      try {
        return pipeline.getCoderRegistry().getCoder(tag.getTypeDescriptor());
      } catch (CannotProvideCoderException e) {
        throw new IllegalArgumentException("no coder for the output " + tag.getId(), e);
      }
    }
  }

  /** {@code value} of output {@code tag}, tagged and encoded. */
  public <T> KV<Integer, byte[]> encode(TupleTag<T> tag, T value) {
    Integer index = indexById.get(tag.getId());
    if (index == null) {
      throw new IllegalArgumentException("not one of the tagged outputs: " + tag.getId());
    }
    @SuppressWarnings("unchecked")
    Coder<T> coder = (Coder<T>) coders.get(index);
    try {
      return KV.of(index, CoderUtils.encodeToByteArray(coder, value));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a value of " + tag.getId(), e);
    }
  }

  /** Splits the tagged collection into one collection per tag, with the tags' coders. */
  public PCollectionTuple split(PCollection<KV<Integer, byte[]>> tagged) {
    PCollectionTuple outputs = PCollectionTuple.empty(tagged.getPipeline());
    for (int i = 0; i < tags.size(); i++) {
      outputs = and(outputs, tagged, i, tags.get(i), coders.get(i));
    }
    return outputs;
  }

  private static <T> PCollectionTuple and(
      PCollectionTuple outputs,
      PCollection<KV<Integer, byte[]>> tagged,
      int index,
      TupleTag<?> tag,
      Coder<T> coder) {
    @SuppressWarnings("unchecked")
    TupleTag<T> typed = (TupleTag<T>) tag;
    PCollection<T> values =
        tagged
            .apply("Select " + tag.getId(), ParDo.of(new SelectFn<T>(index, coder)))
            .setCoder(coder);
    return outputs.and(typed, values);
  }

  /** Decodes the values of one tag and drops the others' without decoding them. */
  static final class SelectFn<T> extends DoFn<KV<Integer, byte[]>, T> {
    private final int index;
    private final Coder<T> coder;

    SelectFn(int index, Coder<T> coder) {
      this.index = index;
      this.coder = coder;
    }

    @ProcessElement
    public void process(@Element KV<Integer, byte[]> element, OutputReceiver<T> out)
        throws IOException {
      if (element.getKey() == index) {
        out.output(CoderUtils.decodeFromByteArray(coder, element.getValue()));
      }
    }
  }
}
