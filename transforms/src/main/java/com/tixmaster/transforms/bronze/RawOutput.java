package com.tixmaster.transforms.bronze;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where bronze streams the raw records: one staging folder per entity, a folder for in-flight
 * files, the shard name prefix, and the number of batches the new files are read in (each batch
 * writes at most one file per entity). Immutable.
 *
 * <p>A record goes from the landing file straight into a Parquet writer and never becomes an
 * element of a {@code PCollection}: on a runner that keeps collections in memory (the DirectRunner)
 * bronze needs memory for a few open writers, not for the whole landing.
 */
public final class RawOutput implements Serializable {
  private final TreeMap<String, String> directories;
  private final String tempDirectory;
  private final String filePrefix;
  private final int batches;

  private RawOutput(
      Map<String, String> directories, String tempDirectory, String filePrefix, int batches) {
    this.directories = new TreeMap<>(directories);
    this.tempDirectory = tempDirectory;
    this.filePrefix = filePrefix;
    this.batches = batches;
  }

  /**
   * @param directories entity → the folder that receives its raw shards
   * @param tempDirectory where files are written before they are renamed into place
   * @param filePrefix shard name prefix (a shard is {@code <prefix>-<batch>.parquet})
   * @param batches how many batches the files are spread over (≥ 1)
   */
  public static RawOutput of(
      Map<String, String> directories, String tempDirectory, String filePrefix, int batches) {
    if (batches < 1) {
      throw new IllegalArgumentException("batches must be ≥ 1");
    }
    return new RawOutput(directories, tempDirectory, filePrefix, batches);
  }

  public String directory(String entity) {
    String dir = directories.get(entity);
    if (dir == null) {
      throw new IllegalArgumentException("no raw folder for entity " + entity);
    }
    return dir;
  }

  public String tempDirectory() {
    return tempDirectory;
  }

  public String filePrefix() {
    return filePrefix;
  }

  public int batches() {
    return batches;
  }
}
