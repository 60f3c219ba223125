package com.tixmaster.transforms.json;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.sameInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.Test;

public class StringPoolTest {
  @Test
  public void equalShortStringsShareOneInstance() {
    String first = StringPool.canonical(new String("vvG1zZ9pKdtH7u"));
    String second = StringPool.canonical(new String("vvG1zZ9pKdtH7u"));
    assertThat(second, is(sameInstance(first)));
  }

  @Test
  public void longStringsAreLeftAloneUnlessAnyLengthIsAsked() {
    String longText = "x".repeat(49);
    String copy = new String(longText);
    StringPool.canonical(longText);
    assertThat(StringPool.canonical(copy), is(sameInstance(copy)));
    String file = StringPool.canonicalAnyLength(new String(longText));
    assertThat(StringPool.canonicalAnyLength(new String(longText)), is(sameInstance(file)));
  }

  @Test
  public void nullStaysNull() {
    assertThat(StringPool.canonical(null), is(nullValue()));
    assertThat(StringPool.canonicalAnyLength(null), is(nullValue()));
  }

  /** Threads racing on the shared slots always get back a value equal to what they passed. */
  @Test
  public void racingThreadsAlwaysGetAnEqualValue() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t;
        results.add(
            pool.submit(
                () -> {
                  int wrong = 0;
                  for (int i = 0; i < 200_000; i++) {
                    String s = "K" + ((i * 31 + seed) % 5_000);
                    if (!s.equals(StringPool.canonical(s))) {
                      wrong++;
                    }
                  }
                  return wrong;
                }));
      }
      for (Future<Integer> r : results) {
        assertThat(r.get(), is(0));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(StringPool.canonical("K1"), is(not(nullValue())));
  }

  /** The cache is shared: a string pooled by one thread is the instance another thread gets. */
  @Test
  public void aStringPooledByOneThreadIsSharedWithAnother() throws Exception {
    ExecutorService one = Executors.newSingleThreadExecutor();
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      String first = one.submit(() -> StringPool.canonical(new String("Z7shared-id"))).get();
      String second = other.submit(() -> StringPool.canonical(new String("Z7shared-id"))).get();
      assertThat(second, is(sameInstance(first)));
      assertThat(StringPool.canonical(new String("Z7shared-id")), is(sameInstance(first)));
    } finally {
      one.shutdownNow();
      other.shutdownNow();
    }
  }
}
