package com.tixmaster.schemas.bronze;

import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.TableSpec.WriteMode;
import java.util.List;
import java.util.Set;

/** The bronze tables of {@code tables.md}. */
public final class BronzeTables {
  public static final String LAYER = "bronze";

  /** The four landing entities, in the order the pipeline reports them. */
  public static final List<String> ENTITIES =
      List.of("events", "venues", "attractions", "classifications");

  public static final TableSpec EVENTS_RAW = raw("events");
  public static final TableSpec VENUES_RAW = raw("venues");
  public static final TableSpec ATTRACTIONS_RAW = raw("attractions");
  public static final TableSpec CLASSIFICATIONS_RAW = raw("classifications");

  public static final TableSpec FILES =
      TableSpec.of(LAYER, "_files", FileEntry.class, List.of("path"), Set.of(), WriteMode.APPEND);
  public static final TableSpec SCHEMA =
      TableSpec.of(
          LAYER,
          "_schema",
          SchemaField.class,
          List.of("entity", "field_path", "json_type"),
          Set.of(),
          WriteMode.REPLACE);
  public static final TableSpec REJECTED_RECORDS =
      TableSpec.of(
          LAYER, "_rejected_records", RejectedRecord.class, List.of(), Set.of(), WriteMode.APPEND);

  public static final List<TableSpec> ALL =
      List.of(
          EVENTS_RAW,
          VENUES_RAW,
          ATTRACTIONS_RAW,
          CLASSIFICATIONS_RAW,
          FILES,
          SCHEMA,
          REJECTED_RECORDS);

  private BronzeTables() {}

  /** The raw table of one entity. */
  public static TableSpec rawTable(String entity) {
    switch (entity) {
      case "events":
        return EVENTS_RAW;
      case "venues":
        return VENUES_RAW;
      case "attractions":
        return ATTRACTIONS_RAW;
      case "classifications":
        return CLASSIFICATIONS_RAW;
      default:
        throw new IllegalArgumentException("Unknown entity: " + entity);
    }
  }

  private static TableSpec raw(String entity) {
    return TableSpec.of(
        LAYER,
        entity + "_raw",
        RawRecord.class,
        List.of("_source_file", "_record_index"),
        Set.of("_ingestion_date"),
        WriteMode.APPEND);
  }
}
