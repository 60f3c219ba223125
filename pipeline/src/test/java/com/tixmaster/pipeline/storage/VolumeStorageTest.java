package com.tixmaster.pipeline.storage;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * {@link HadoopStorage} on a file system with a Volume's limits: create-if-absent has one winner,
 * and nothing it does needs a rename onto an existing path, an append or a link, which that file
 * system refuses.
 */
public class VolumeStorageTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  private final Storage storage = new HadoopStorage(new Configuration());

  @After
  public void clear() {
    VolumeLikeFileSystem.clearFaults();
  }

  private String volume(String path) {
    return "volfs://" + tmp.getRoot().getAbsolutePath() + "/" + path;
  }

  @Test
  public void createIfAbsentHasOneWinnerAndTheFileReadsBack() throws IOException {
    String record = volume("staging/_txn/run-commit.json");
    assertThat(storage.createIfAbsent(record, bytes("first")), is(true));
    assertThat(storage.createIfAbsent(record, bytes("second")), is(false));
    assertThat(new String(storage.read(record).orElseThrow(), StandardCharsets.UTF_8), is("first"));
    assertThat(storage.list(volume("staging/_txn")), is(List.of("run-commit.json")));
    storage.delete(volume("staging"));
    assertThat(storage.exists(record), is(false));
    assertThat(storage.read(record).isPresent(), is(false));
    assertThat(storage.list(volume("staging/_txn")), is(List.of()));
  }

  @Test
  public void walkListsEveryFileBelowAFolderWithItsPathAndSize() throws IOException {
    storage.createIfAbsent(volume("landing/events/2026/11/20/a.json"), bytes("[]"));
    storage.createIfAbsent(volume("landing/venues/b.json"), bytes("{}{}"));
    List<Storage.Entry> files = storage.walk(volume("landing"));
    files.sort(java.util.Comparator.comparing(Storage.Entry::relative));
    assertThat(files.get(0).relative(), is("events/2026/11/20/a.json"));
    assertThat(files.get(0).size(), is(2L));
    assertThat(files.get(0).location(), containsString("volfs:"));
    assertThat(files.get(1).relative(), is("venues/b.json"));
    assertThat(storage.walk(volume("nothing-here")), is(List.of()));
  }

  @Test
  public void deleteIfEmptyKeepsAFolderThatHoldsSomethingOnBothStorages() throws IOException {
    for (Storage each : List.of(storage, new LocalStorage())) {
      String root =
          each == storage ? volume("exports") : tmp.getRoot().toPath().resolve("local").toString();
      String inUse = each.child(each.child(root, "in-use"), "part-0.parquet");
      each.createIfAbsent(inUse, bytes("x"));
      each.deleteIfEmpty(root);
      assertThat(each + ": a folder in use stays", each.exists(inUse), is(true));
      each.delete(each.child(root, "in-use"));
      each.deleteIfEmpty(root);
      assertThat(each + ": an empty folder goes", each.exists(root), is(false));
      each.deleteIfEmpty(root); // gone already: nothing
    }
  }

  @Test
  public void theVolumeRefusesRenameOverAppendAndLinks() throws IOException {
    String a = volume("a.json");
    String b = volume("b.json");
    storage.createIfAbsent(a, bytes("a"));
    storage.createIfAbsent(b, bytes("b"));
    FileSystem fs = new Path(a).getFileSystem(new Configuration());
    IOException over = assertThrows(IOException.class, () -> fs.rename(new Path(a), new Path(b)));
    assertThat(over.getMessage(), containsString("rename onto an existing path"));
    assertThrows(IOException.class, () -> fs.append(new Path(a)));
    assertThrows(
        UnsupportedOperationException.class,
        () -> fs.createSymlink(new Path(a), new Path(volume("link")), false));
  }

  @Test
  public void anInjectedFailureHitsTheNextMatchingOperationOnce() throws IOException {
    VolumeLikeFileSystem.failNext("create", "/_notes/");
    String note = volume("staging/run/_notes/stage-gold.json");
    IOException e = assertThrows(IOException.class, () -> storage.createIfAbsent(note, bytes("t")));
    assertThat(e.getMessage(), containsString("injected failure"));
    assertThat(storage.createIfAbsent(note, bytes("t")), is(true));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
