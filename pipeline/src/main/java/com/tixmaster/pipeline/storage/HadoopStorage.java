package com.tixmaster.pipeline.storage;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * {@link Storage} on a Hadoop {@code FileSystem}: what Spark on Databricks uses for {@code
 * /Volumes/…}, {@code dbfs:}, {@code abfss:} and {@code s3a:} paths. Create-if-absent is {@code
 * FileSystem.create(path, overwrite = false)}, which HDFS, ABFS and the local file system make
 * exclusive (S3A only with conditional creates, Hadoop 3.4 and later).
 */
public final class HadoopStorage implements Storage {
  private final Configuration conf;

  public HadoopStorage(Configuration conf) {
    this.conf = conf;
  }

  private FileSystem fs(Path path) throws IOException {
    return path.getFileSystem(conf);
  }

  @Override
  public List<String> list(String dir) throws IOException {
    Path path = new Path(dir);
    List<String> names = new ArrayList<>();
    try {
      for (FileStatus status : fs(path).listStatus(path)) {
        names.add(status.getPath().getName());
      }
    } catch (FileNotFoundException e) {
      return names;
    }
    names.sort(null);
    return names;
  }

  @Override
  public List<Entry> walk(String dir) throws IOException {
    Path root = new Path(dir);
    FileSystem fs = fs(root);
    List<Entry> entries = new ArrayList<>();
    if (!fs.exists(root)) {
      return entries;
    }
    String prefix = fs.makeQualified(root).toUri().getPath();
    prefix = prefix.endsWith("/") ? prefix : prefix + "/";
    RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
    while (files.hasNext()) {
      LocatedFileStatus file = files.next();
      String path = file.getPath().toUri().getPath();
      if (file.isFile() && path.startsWith(prefix)) {
        entries.add(
            new Entry(path.substring(prefix.length()), file.getPath().toString(), file.getLen()));
      }
    }
    return entries;
  }

  @Override
  public boolean exists(String location) throws IOException {
    Path path = new Path(location);
    return fs(path).exists(path);
  }

  @Override
  public boolean isDirectory(String location) throws IOException {
    Path path = new Path(location);
    try {
      return fs(path).getFileStatus(path).isDirectory();
    } catch (FileNotFoundException e) {
      return false;
    }
  }

  @Override
  public Optional<byte[]> read(String location) throws IOException {
    Path path = new Path(location);
    try (FSDataInputStream in = fs(path).open(path)) {
      return Optional.of(in.readAllBytes());
    } catch (FileNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean createIfAbsent(String location, byte[] content) throws IOException {
    Path path = new Path(location);
    FileSystem fs = fs(path);
    fs.mkdirs(path.getParent());
    try (OutputStream out = fs.create(path, false)) {
      out.write(content);
    } catch (FileAlreadyExistsException | java.nio.file.FileAlreadyExistsException e) {
      return false;
    }
    return true;
  }

  @Override
  public void delete(String location) throws IOException {
    Path path = new Path(location);
    fs(path).delete(path, true);
  }

  @Override
  public void deleteIfEmpty(String dir) throws IOException {
    Path path = new Path(dir);
    FileSystem fs = fs(path);
    try {
      if (fs.listStatus(path).length == 0) {
        fs.delete(path, false); // non-recursive: refused if a file arrived since the listing
      }
    } catch (IOException e) {
      // gone already, or in use: either way not ours to delete
    }
  }

  @Override
  public String child(String dir, String name) {
    return new Path(new Path(dir), name).toString();
  }

  @Override
  public Configuration hadoopConfiguration() {
    return conf;
  }
}
