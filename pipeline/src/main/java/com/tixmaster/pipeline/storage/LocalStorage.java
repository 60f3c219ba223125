package com.tixmaster.pipeline.storage;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;

/**
 * {@link Storage} on the local file system, for the local Parquet lake. A file is created aside and
 * hard-linked into place, so it appears whole or not at all and only one creator wins; symbolic
 * links are followed when walking (a landing folder linked from elsewhere is common on laptops).
 */
public final class LocalStorage implements Storage {
  @Override
  public List<String> list(String dir) throws IOException {
    Path path = Path.of(dir);
    if (!Files.isDirectory(path)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(path)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Override
  public List<Entry> walk(String dir) throws IOException {
    Path root = Path.of(dir);
    List<Entry> entries = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return entries;
    }
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof FileSystemLoopException) {
              return FileVisitResult.CONTINUE; // a link back to an ancestor: not walked forever
            }
            throw e;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile()) {
              String relative = root.relativize(file).toString().replace('\\', '/');
              entries.add(new Entry(relative, file.toAbsolutePath().toString(), attrs.size()));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return entries;
  }

  @Override
  public boolean exists(String location) {
    return Files.exists(Path.of(location), LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public boolean isDirectory(String location) {
    return Files.isDirectory(Path.of(location));
  }

  @Override
  public Optional<byte[]> read(String location) throws IOException {
    try {
      return Optional.of(Files.readAllBytes(Path.of(location)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean createIfAbsent(String location, byte[] content) throws IOException {
    Path target = Path.of(location);
    Files.createDirectories(target.getParent());
    Path aside = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID());
    Files.write(aside, content);
    try {
      Files.createLink(target, aside);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } finally {
      Files.deleteIfExists(aside);
    }
  }

  @Override
  public void delete(String location) throws IOException {
    Path path = Path.of(location);
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Override
  public void deleteIfEmpty(String dir) throws IOException {
    try {
      Files.delete(Path.of(dir));
    } catch (java.nio.file.DirectoryNotEmptyException | java.nio.file.NoSuchFileException e) {
      // in use, or gone already
    }
  }

  @Override
  public String child(String dir, String name) {
    return Path.of(dir).resolve(name).toString();
  }

  @Override
  public Configuration hadoopConfiguration() {
    return new Configuration();
  }
}
