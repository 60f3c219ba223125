package com.tixmaster.pipeline.storage;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;

/**
 * The file operations the driver needs on staging, commit records, run notes and landing, and no
 * others: listing, reading, create-if-absent and deleting. No hard link, symbolic link, file lock,
 * append or rename-over is ever asked for, so an implementation can sit on object storage behind a
 * Hadoop {@code FileSystem} (a Unity Catalog Volume, {@code dbfs:}, {@code abfss:}, {@code s3a:}),
 * where those do not exist or are not atomic. Locations are strings: a local path or a URI.
 */
public interface Storage {
  /** A file found by {@link #walk}: its path below the walked folder, location and size. */
  record Entry(String relative, String location, long size) {}

  /** The names of the entries of {@code dir} (files and folders); empty when it does not exist. */
  List<String> list(String dir) throws IOException;

  /** Every file below {@code dir}, recursively; empty when it does not exist. */
  List<Entry> walk(String dir) throws IOException;

  boolean exists(String location) throws IOException;

  boolean isDirectory(String location) throws IOException;

  /** The file's bytes, or empty when it does not exist. */
  Optional<byte[]> read(String location) throws IOException;

  /**
   * Creates {@code location} with {@code content} if nothing is there, as one step that a second
   * creator cannot also win; false when it exists already. Parent folders are created.
   */
  boolean createIfAbsent(String location, byte[] content) throws IOException;

  /** Deletes the file or folder (recursively); nothing when it does not exist. */
  void delete(String location) throws IOException;

  /**
   * Deletes the folder only if it is empty, as one step: a folder another process is writing into
   * meanwhile stays, with what it holds. Nothing when it does not exist.
   */
  void deleteIfEmpty(String dir) throws IOException;

  /** {@code dir/name}. */
  String child(String dir, String name);

  /** The Hadoop configuration for reading and writing Parquet files in this storage. */
  Configuration hadoopConfiguration();

  /**
   * The storage for {@code location}: {@link LocalStorage} for a local path, whose create-if-absent
   * is a hard link (truly exclusive, and no {@code .crc} side files), and {@link HadoopStorage} for
   * a URI ({@code /Volumes} through {@code dbfs:}, {@code abfss:}, {@code file:}, …).
   */
  static Storage forLocation(String location, Configuration conf) {
    return isUri(location) ? new HadoopStorage(conf) : new LocalStorage();
  }

  /** A URI with a scheme ({@code abfss://…}, {@code dbfs:/…}), as opposed to a local path. */
  static boolean isUri(String location) {
    return location.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*");
  }
}
