package com.tixmaster.pipeline.landing;

import com.tixmaster.pipeline.storage.LocalStorage;
import com.tixmaster.pipeline.storage.Storage;
import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.bronze.LandingFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
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
 * regular file. The folder is walked through the lake's {@link Storage}: a local folder (links
 * followed) or a Volume / object storage on the Delta path.
 */
public final class LandingScanner {
  private static final Pattern LAYOUT =
      Pattern.compile(
          "(events|venues|attractions|classifications)/\\d{4}/\\d{2}/\\d{2}/"
              + "\\1_\\d{8}_\\d{6}(_[A-Za-z0-9-]+)?\\.json");

  private LandingScanner() {}

  /** New landing files under the local folder {@code root} (the bench's bare parse, tests). */
  public static List<LandingFile> newFiles(java.nio.file.Path root, Set<String> known)
      throws IOException {
    return newFiles(new LocalStorage(), root.toString(), known);
  }

  /** New landing files under {@code root}, in path order, excluding {@code known} paths. */
  public static List<LandingFile> newFiles(Storage storage, String root, Set<String> known)
      throws IOException {
    List<LandingFile> files = new ArrayList<>();
    for (Storage.Entry file : storage.walk(root)) {
      String relative = file.relative();
      if (hidden(relative) || known.contains(relative)) {
        continue;
      }
      Matcher m = LAYOUT.matcher(relative);
      if (m.matches()) {
        files.add(LandingFile.of(relative, file.location(), m.group(1), file.size()));
      } else if (relative.endsWith(".json")) {
        files.add(
            LandingFile.refused(
                relative,
                file.location(),
                entityOf(relative),
                file.size(),
                "not in the landing layout"
                    + " <entity>/YYYY/MM/DD/<entity>_<yyyyMMdd_HHmmss>[_part].json"));
      }
    }
    files.sort(Comparator.comparing(LandingFile::getPath));
    return files;
  }

  /** Under a folder or named like a file that is not landing data ({@code _…}, {@code .…}). */
  private static boolean hidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith("_") || part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String entityOf(String relative) {
    int slash = relative.indexOf('/');
    String first = slash < 0 ? "" : relative.substring(0, slash);
    return BronzeTables.ENTITIES.contains(first) ? first : "unknown";
  }
}
