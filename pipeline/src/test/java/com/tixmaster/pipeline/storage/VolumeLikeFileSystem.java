package com.tixmaster.pipeline.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * A Hadoop file system with a Unity Catalog Volume's limits, for tests: {@code volfs:///<path>}
 * over the local {@code /<path>}. It refuses what object storage behind a Volume cannot do
 * atomically or at all: renaming onto an existing path, appending, symbolic links; a create that
 * must not overwrite is exclusive (object storage's conditional put). {@link #failNext} makes the
 * next operation of a kind on a matching path fail, as a flaky store would. Every operation is
 * counted by kind, so a test can tell that a path really went through here. Registered for the
 * scheme through {@code META-INF/services/org.apache.hadoop.fs.FileSystem} in the test resources.
 */
public class VolumeLikeFileSystem extends RawLocalFileSystem {
  public static final String SCHEME = "volfs";

  private static final Map<String, String> FAULTS = new ConcurrentHashMap<>();
  private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
  private static final AtomicInteger REFUSED = new AtomicInteger();

  /** The next {@code op} (create, rename, delete, open, list) on a path containing it fails. */
  public static void failNext(String op, String pathContains) {
    FAULTS.put(op, pathContains);
  }

  public static void clearFaults() {
    FAULTS.clear();
  }

  /** How many {@code op} calls were made on paths containing {@code pathContains}. */
  public static int calls(String op, String pathContains) {
    AtomicInteger n = CALLS.get(op + " " + pathContains);
    return n == null ? 0 : n.get();
  }

  /** How many times a link, an append or a rename onto an existing path was refused. */
  public static int refused() {
    return REFUSED.get();
  }

  /** Path parts whose operations are counted on their own. */
  private static final String[] WATCHED = {
    "/_txn/", "/_notes/", "/_export/", "/silver/", "/gold/", "/landing/"
  };

  private void check(String op, Path path) throws IOException {
    String p = path.toUri().getPath();
    for (String w : WATCHED) {
      if (p.contains(w)) {
        CALLS.computeIfAbsent(op + " " + w, k -> new AtomicInteger()).incrementAndGet();
      }
    }
    CALLS.computeIfAbsent(op + " *", k -> new AtomicInteger()).incrementAndGet();
    String fault = FAULTS.get(op);
    if (fault != null && p.contains(fault) && FAULTS.remove(op, fault)) {
      throw new IOException("injected failure: " + op + " " + path);
    }
  }

  @Override
  public URI getUri() {
    return URI.create(SCHEME + ":///");
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public void initialize(URI uri, org.apache.hadoop.conf.Configuration conf) throws IOException {
    super.initialize(uri, conf);
    setConf(conf);
  }

  @Override
  public FSDataOutputStream create(
      Path f,
      FsPermission permission,
      boolean overwrite,
      int bufferSize,
      short replication,
      long blockSize,
      Progressable progress)
      throws IOException {
    check("create", f);
    if (!overwrite) {
      java.nio.file.Path file = pathToFile(f).toPath();
      Files.createDirectories(file.getParent());
      try {
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW);
        return new FSDataOutputStream(out, statistics);
      } catch (FileAlreadyExistsException e) {
        throw new org.apache.hadoop.fs.FileAlreadyExistsException(f + " exists");
      }
    }
    return super.create(f, permission, overwrite, bufferSize, replication, blockSize, progress);
  }

  @Override
  public FSDataOutputStream create(
      Path f,
      boolean overwrite,
      int bufferSize,
      short replication,
      long blockSize,
      Progressable progress)
      throws IOException {
    return create(
        f, FsPermission.getFileDefault(), overwrite, bufferSize, replication, blockSize, progress);
  }

  @Override
  public boolean rename(Path src, Path dst) throws IOException {
    check("rename", src);
    if (exists(dst)) {
      REFUSED.incrementAndGet();
      throw new IOException(
          "volfs: rename onto an existing path is not supported: " + src + " -> " + dst);
    }
    return super.rename(src, dst);
  }

  @Override
  public boolean delete(Path p, boolean recursive) throws IOException {
    check("delete", p);
    return super.delete(p, recursive);
  }

  @Override
  public org.apache.hadoop.fs.FSDataInputStream open(Path f, int bufferSize) throws IOException {
    check("open", f);
    return super.open(f, bufferSize);
  }

  /** Plain statuses: the local file system's own read POSIX permissions through file: URIs. */
  @Override
  public FileStatus getFileStatus(Path f) throws IOException {
    java.io.File file = pathToFile(f);
    if (!file.exists()) {
      throw new java.io.FileNotFoundException(f + " does not exist");
    }
    return new FileStatus(
        file.isDirectory() ? 0 : file.length(),
        file.isDirectory(),
        1,
        getDefaultBlockSize(f),
        file.lastModified(),
        makeQualified(f));
  }

  @Override
  public FileStatus[] listStatus(Path f) throws IOException {
    check("list", f);
    FileStatus status = getFileStatus(f);
    if (!status.isDirectory()) {
      return new FileStatus[] {status};
    }
    String[] names = pathToFile(f).list();
    java.util.List<FileStatus> children = new java.util.ArrayList<>();
    for (String name : names == null ? new String[0] : names) {
      try {
        children.add(getFileStatus(new Path(f, name)));
      } catch (java.io.FileNotFoundException gone) {
        // deleted meanwhile
      }
    }
    return children.toArray(new FileStatus[0]);
  }

  @Override
  public FSDataOutputStream append(Path f, int bufferSize, Progressable progress)
      throws IOException {
    REFUSED.incrementAndGet();
    throw new IOException("volfs: append is not supported: " + f);
  }

  @Override
  public boolean supportsSymlinks() {
    return false;
  }

  @Override
  public void createSymlink(Path target, Path link, boolean createParent) throws IOException {
    REFUSED.incrementAndGet();
    throw new UnsupportedOperationException("volfs: no symbolic links: " + link);
  }

  @Override
  public boolean truncate(Path f, long newLength) throws IOException {
    REFUSED.incrementAndGet();
    throw new IOException("volfs: truncate is not supported: " + f);
  }
}
