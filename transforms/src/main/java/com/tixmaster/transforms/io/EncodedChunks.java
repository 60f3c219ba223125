package com.tixmaster.transforms.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;

/**
 * {@link Buckets}' chunks on a distributed runner: each bucket's elements of a bundle, encoded with
 * the input's coder one after another into byte arrays of about {@link #CHUNK_BYTES}.
 *
 * <p>Why: Beam 2.62's SparkRunner runs a global-window {@code GroupByKey} as Spark's {@code
 * combineByKey} with map-side combining, one record per element: every element is wrapped with its
 * encoded key, hashed (Beam's {@code ByteArray} key recomputes its hash at every sort comparison),
 * size-sampled and Java-serialized, which was half of the 100k run's CPU. Grouped as chunks, a
 * shuffle carries a few large records per bucket and map partition instead, and the keys are split
 * apart in memory on the reducing side, a bucket at a time. The buckets are many more than the
 * cores, so that one bucket stays small next to an executor's heap.
 */
final class EncodedChunks {
  /** A bucket's buffer is emitted as a chunk once it holds this many bytes. */
  static final int CHUNK_BYTES = 1 << 20;

  /** All buckets' buffers are emitted once together they hold this many bytes. */
  static final int BUNDLE_BYTES = 32 << 20;

  private EncodedChunks() {}

  /** Encodes each element into its bucket's buffer; emits full buffers, and the rest at the end. */
  static final class EncodeFn<K, V> extends DoFn<KV<K, V>, KV<Integer, byte[]>> {
    private final KvCoder<K, V> coder;
    private final int buckets;
    private final int chunkBytes;
    private transient ByteArrayOutputStream[] buffers;
    private transient long buffered;

    EncodeFn(KvCoder<K, V> coder, int buckets, int chunkBytes) {
      this.coder = coder;
      this.buckets = buckets;
      this.chunkBytes = chunkBytes;
    }

    @StartBundle
    public void startBundle() {
      buffers = new ByteArrayOutputStream[buckets];
      buffered = 0;
    }

    @ProcessElement
    public void process(
        @Element KV<K, V> element, BoundedWindow window, OutputReceiver<KV<Integer, byte[]>> out)
        throws IOException {
      if (!(window instanceof GlobalWindow)) {
        throw new IllegalStateException("Buckets groups elements of the global window only");
      }
      int bucket = Buckets.bucketOf(coder.getKeyCoder(), element.getKey(), buckets);
      ByteArrayOutputStream buffer = buffers[bucket];
      if (buffer == null) {
        buffer = new ByteArrayOutputStream(8192);
        buffers[bucket] = buffer;
      }
      int before = buffer.size();
      coder.encode(element, buffer);
      buffered += buffer.size() - before;
      if (buffer.size() >= chunkBytes) {
        buffered -= buffer.size();
        out.output(KV.of(bucket, buffer.toByteArray()));
        buffers[bucket] = null;
      } else if (buffered >= BUNDLE_BYTES) {
        for (int b = 0; b < buckets; b++) {
          if (buffers[b] != null) {
            out.output(KV.of(b, buffers[b].toByteArray()));
            buffers[b] = null;
          }
        }
        buffered = 0;
      }
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      for (int bucket = 0; bucket < buckets; bucket++) {
        if (buffers[bucket] != null) {
          context.output(
              KV.of(bucket, buffers[bucket].toByteArray()),
              GlobalWindow.INSTANCE.maxTimestamp(),
              GlobalWindow.INSTANCE);
        }
        buffers[bucket] = null;
      }
      buffered = 0;
    }
  }

  /** Decodes a chunk back into its elements, in the order they were encoded. */
  static final class Reader<K, V> implements Buckets.ChunkReader<byte[], K, V> {
    private static final long serialVersionUID = 1L;
    private final Coder<KV<K, V>> coder;

    Reader(KvCoder<K, V> coder) {
      this.coder = coder;
    }

    @Override
    public Iterable<KV<K, V>> elements(byte[] chunk) {
      List<KV<K, V>> elements = new ArrayList<>();
      ByteArrayInputStream in = new ByteArrayInputStream(chunk);
      try {
        while (in.available() > 0) {
          elements.add(coder.decode(in));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot decode a bucket chunk", e);
      }
      return elements;
    }
  }
}
