package com.tixmaster.pipeline.landing;

import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.bronze.LandingFile;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists the landing files that bronze has not read yet.
 *
 * <p>A file in the landing layout ({@code
 * <entity>/YYYY/MM/DD/<entity>_<yyyyMMdd_HHmmss>[_part].json}) is read. Any other {@code .json}
 * file is refused, so that it is listed as rejected in {@code _files} instead of silently ignored.
 * Folders and files whose names start with {@code _} or {@code .} (the ingestion manifest,
 * in-flight temporary files) are not landing data and are skipped, as is anything that is not a
 * regular file.
 */
public final class LandingScanner {
  private static final Pattern LAYOUT =
      Pattern.compile(
          "(events|venues|attractions|classifications)/\\d{4}/\\d{2}/\\d{2}/"
              + "\\1_\\d{8}_\\d{6}(_[A-Za-z0-9-]+)?\\.json");

  private LandingScanner() {}

  /** New landing files under {@code root}, in path order, excluding {@code known} paths. */
  public static List<LandingFile> newFiles(Path root, Set<String> known) throws IOException {
    List<LandingFile> files = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    // Symbolic links are followed (a landing root or entity folder linked from elsewhere is
    // common on laptops); a link back to an ancestor is skipped, not walked forever.
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof FileSystemLoopException) {
              return FileVisitResult.CONTINUE;
            }
            throw e;
          }

          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && hidden(dir)
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (!attrs.isRegularFile() || hidden(file)) {
              return FileVisitResult.CONTINUE;
            }
            String relative = root.relativize(file).toString().replace('\\', '/');
            if (known.contains(relative)) {
              return FileVisitResult.CONTINUE;
            }
            Matcher m = LAYOUT.matcher(relative);
            String location = file.toAbsolutePath().toString();
            if (m.matches()) {
              files.add(LandingFile.of(relative, location, m.group(1), attrs.size()));
            } else if (relative.endsWith(".json")) {
              files.add(
                  LandingFile.refused(
                      relative,
                      location,
                      entityOf(relative),
                      attrs.size(),
                      "not in the landing layout"
                          + " <entity>/YYYY/MM/DD/<entity>_<yyyyMMdd_HHmmss>[_part].json"));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort(Comparator.comparing(LandingFile::getPath));
    return files;
  }

  private static boolean hidden(Path p) {
    String name = p.getFileName().toString();
    return name.startsWith("_") || name.startsWith(".");
  }

  private static String entityOf(String relative) {
    int slash = relative.indexOf('/');
    String first = slash < 0 ? "" : relative.substring(0, slash);
    return BronzeTables.ENTITIES.contains(first) ? first : "unknown";
  }
}
