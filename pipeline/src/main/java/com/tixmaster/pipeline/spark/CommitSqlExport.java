package com.tixmaster.pipeline.spark;

import com.tixmaster.pipeline.lake.ParquetLake;
import com.tixmaster.schemas.TableSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the SQL of the Delta path as files, for an engine that cannot run in this JVM: the {@code
 * spark4-tests} module runs it on Spark 4 with Delta 4, whose Scala 2.13 cannot share a JVM with
 * this pipeline's Spark 3.5. Everything comes from {@link DeltaDdl} and {@link MergeSql}, the code
 * {@link DeltaLake} runs.
 *
 * <pre>
 * CommitSqlExport --out=DIR [--catalog=spark_catalog] [--dialect=UNITY_CATALOG_WITHOUT_KEYS]
 *                 [--lakehouse=LAKE --runId=RUN] [--layers=bronze,silver,gold]
 * </pre>
 *
 * <ul>
 *   <li>{@code ddl/<layer>.sql}, {@code ddl/comments.sql}: the DDL in the dialect, in foreign-key
 *       order, for the catalog as SQL names it;
 *   <li>{@code tables.txt}: the layers' tables in that order; {@code identity.txt}: the identity
 *       columns ({@code layer.table.column}); {@code checks.txt}: {@code layer.table}, the CHECK's
 *       name and its condition, tab-separated;
 *   <li>with {@code --lakehouse}, the commit of run {@code RUN} as a {@link DeltaLake} would apply
 *       it, from the Parquet lake a DirectRunner run wrote: {@code commit/tables.txt} (the tables,
 *       in foreign-key order) and per table {@code commit/<layer>.<table>/}: {@code staged/} (the
 *       Parquet the run staged: the table's whole state, or for an append-only table the run's own
 *       shards), {@code source.sql} (the temporary view {@link MergeSql#sourceView} over it),
 *       {@code insert.sql} (into the table the commit created) and {@code merge.sql} (into an
 *       existing one).
 * </ul>
 */
public final class CommitSqlExport {
  private CommitSqlExport() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException("expected --name=value, got " + arg);
      }
      options.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    Path out = Path.of(required(options, "out"));
    String catalog = SparkTypes.quote(options.getOrDefault("catalog", "spark_catalog"));
    DeltaDdl.Dialect dialect =
        DeltaDdl.Dialect.valueOf(
            options.getOrDefault("dialect", DeltaDdl.Dialect.UNITY_CATALOG_WITHOUT_KEYS.name()));
    List<String> layers = List.of(options.getOrDefault("layers", "bronze,silver,gold").split(","));
    List<TableSpec> tables =
        DeltaDdl.ALL_TABLES.stream().filter(t -> layers.contains(t.layer())).toList();

    writeDdl(out, dialect, catalog, layers, tables);
    if (options.containsKey("lakehouse")) {
      writeCommit(
          out.resolve("commit"),
          new ParquetLake(Path.of(options.get("lakehouse")), Path.of(options.get("lakehouse"))),
          required(options, "runId"),
          catalog,
          tables);
    }
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }

  private static void writeDdl(
      Path out, DeltaDdl.Dialect dialect, String catalog, List<String> layers, List<TableSpec> all)
      throws IOException {
    Path ddl = Files.createDirectories(out.resolve("ddl"));
    for (String layer : layers) {
      Files.writeString(ddl.resolve(layer + ".sql"), DeltaDdl.ddlFile(dialect, catalog, layer));
    }
    Files.writeString(ddl.resolve("comments.sql"), DeltaDdl.commentsFile(catalog));
    Files.write(out.resolve("tables.txt"), all.stream().map(TableSpec::qualifiedName).toList());
    Files.write(
        out.resolve("identity.txt"),
        DeltaDdl.IDENTITY_KEYS.stream()
            .filter(k -> all.stream().anyMatch(t -> k.startsWith(t.qualifiedName() + ".")))
            .toList());
    List<String> checks = new ArrayList<>();
    for (TableSpec table : all) {
      DeltaDdl.checkName(table)
          .ifPresent(
              name ->
                  checks.add(
                      table.qualifiedName()
                          + "\t"
                          + name
                          + "\t"
                          + DeltaDdl.CHECKS.get(table.qualifiedName())));
    }
    Files.write(out.resolve("checks.txt"), checks);
  }

  /** The tables the lake holds, with what a DeltaLake commit of {@code runId} would run. */
  private static void writeCommit(
      Path out, ParquetLake lake, String runId, String catalog, List<TableSpec> tables)
      throws IOException {
    List<String> committed = new ArrayList<>();
    for (TableSpec table : tables) {
      if (!Files.exists(lake.root().resolve(table.layer()).resolve(table.name()))) {
        continue; // never committed to this lake
      }
      List<String> files =
          table.writeMode() == TableSpec.WriteMode.APPEND
              ? lake.snapshotFiles(table, Set.of(runId))
              : lake.snapshotFiles(table);
      Path dir = Files.createDirectories(out.resolve(table.qualifiedName()));
      Path staged = Files.createDirectories(dir.resolve("staged"));
      for (String file : files) {
        Path f = Path.of(file);
        Files.copy(f, staged.resolve(f.getFileName()));
      }
      String target =
          catalog + "." + SparkTypes.quote(table.layer()) + "." + SparkTypes.quote(table.name());
      String view = MergeSql.sourceView(table);
      Files.writeString(
          dir.resolve("source.sql"),
          "CREATE OR REPLACE TEMPORARY VIEW "
              + view
              + (files.isEmpty()
                  // what DeltaLake merges when nothing was staged: no rows, the table's columns
                  ? " AS SELECT * FROM " + target + " WHERE FALSE"
                  : " USING parquet OPTIONS (path '" + sqlString(staged.toString()) + "')")
              + ";\n");
      Files.writeString(
          dir.resolve("insert.sql"),
          files.isEmpty()
              ? "-- nothing staged: the created table stays empty\n"
              : MergeSql.insertInto(target, table, view) + ";\n");
      Files.writeString(
          dir.resolve("merge.sql"),
          MergeSql.mergeInto(target, table, view, runId).stream()
              .map(statement -> statement + ";\n")
              .collect(Collectors.joining()));
      committed.add(table.qualifiedName());
    }
    Files.write(out.resolve("tables.txt"), committed);
  }

  private static String sqlString(String s) {
    return s.replace("\\", "\\\\").replace("'", "\\'");
  }
}
