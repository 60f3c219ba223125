package com.tixmaster.transforms.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.values.KV;

/**
 * One bundle's elements for one bucket of {@link Buckets}, handed from the step that assigns
 * buckets to the step that splits them <em>by reference</em>: its coder writes a handle, and
 * decoding the handle gives back the same chunk.
 *
 * <p>Why: on the DirectRunner a grouping clones its buffer with the element coder each time a
 * bundle adds to it, and encoding and decoding every grouped row with its schema coder was a
 * quarter of a run's CPU. The DirectRunner runs a pipeline in one JVM and keeps grouped elements in
 * memory anyway, so nothing needs the bytes. The handle is valid only in the JVM that made it and
 * only while the chunk is reachable, which is why {@link Buckets} uses chunks on the DirectRunner
 * only; decoding a handle that is not live fails loudly, it never returns other data.
 *
 * <p>What makes this safe in Beam 2.62's DirectRunner (to check again on a Beam upgrade): a handle
 * is only decoded while the chunk it came from is still strongly held, by the grouping's bag being
 * cloned ({@code InMemoryBag.copy}), by the bundle being cloned ({@code CloningBundleFactory}) or
 * by the mutation detector that keeps the original; chunks are never side inputs; and the runner
 * runs the pipeline it was given, with no proto round trip. The grouped values are the very objects
 * the upstream step emitted, shared with its other consumers: like every Beam element they must not
 * be mutated, and the immutability check, which now sees only the handle, no longer catches it if
 * they are.
 */
final class LocalChunk {
  /** The coder of chunks: a handle, valid in this JVM while the chunk is reachable. */
  static final Coder<LocalChunk> CODER = new HandleCoder();

  private static final AtomicLong NEXT_ID = new AtomicLong();
  private static final ConcurrentHashMap<Long, Handle> LIVE = new ConcurrentHashMap<>();
  private static final ReferenceQueue<LocalChunk> COLLECTED = new ReferenceQueue<>();

  private final long id;
  private final List<? extends KV<?, ?>> elements;

  private LocalChunk(long id, List<? extends KV<?, ?>> elements) {
    this.id = id;
    this.elements = elements;
  }

  /** A chunk of {@code elements}, registered so that its handle can be decoded. */
  static LocalChunk of(List<? extends KV<?, ?>> elements) {
    dropCollected();
    LocalChunk chunk =
        new LocalChunk(NEXT_ID.incrementAndGet(), Collections.unmodifiableList(elements));
    LIVE.put(chunk.id, new Handle(chunk));
    return chunk;
  }

  /** The elements, in the order they were added. */
  @SuppressWarnings("unchecked")
  <K, V> List<KV<K, V>> elements() {
    return (List<KV<K, V>>) elements;
  }

  /** The number of chunks whose handle can still be decoded (for tests). */
  static int live() {
    dropCollected();
    return LIVE.size();
  }

  private static void dropCollected() {
    for (Object ref = COLLECTED.poll(); ref != null; ref = COLLECTED.poll()) {
      LIVE.remove(((Handle) ref).id, ref);
    }
  }

  private static final class Handle extends WeakReference<LocalChunk> {
    private final long id;

    Handle(LocalChunk chunk) {
      super(chunk, COLLECTED);
      this.id = chunk.id;
    }
  }

  private static final class HandleCoder extends AtomicCoder<LocalChunk> {
    private static final long serialVersionUID = 1L;

    @Override
    public void encode(LocalChunk chunk, OutputStream out) throws IOException {
      VarLongCoder.of().encode(chunk.id, out);
    }

    @Override
    public LocalChunk decode(InputStream in) throws IOException {
      long id = VarLongCoder.of().decode(in);
      Handle handle = LIVE.get(id);
      LocalChunk chunk = handle == null ? null : handle.get();
      if (chunk == null) {
        throw new CoderException(
            "bucket chunk "
                + id
                + " is not in this JVM: chunks are passed by reference and "
                + "are valid only within the DirectRunner run that made them");
      }
      return chunk;
    }

    /** The encoding is the chunk's identity, not its value: equal handles mean the same chunk. */
    @Override
    public void verifyDeterministic() {}
  }
}
