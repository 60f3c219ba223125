package com.tixmaster.transforms.io;

import com.tixmaster.schemas.TableSpec;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema.Type;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.util.Utf8;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.Field;
import org.apache.beam.sdk.schemas.Schema.TypeName;
import org.apache.beam.sdk.values.Row;
import org.joda.time.Instant;

/**
 * Maps a flat Beam row of a {@link TableSpec} to the Avro record that Parquet stores, and back.
 *
 * <p>Hand-written rather than {@code AvroUtils} because ISO date strings must become Parquet DATE
 * columns (Beam infers no schema for {@code LocalDate}) and because the table contract only uses
 * flat primitive columns, which keeps the mapping small and fast.
 */
public final class TableCodec implements Serializable {
  private final Schema beamSchema;
  private final Set<String> dateColumns;
  private final String avroSchemaJson;
  private transient org.apache.avro.Schema avroSchema;
  private transient volatile Positions positions;

  private TableCodec(Schema beamSchema, Set<String> dateColumns) {
    this.beamSchema = beamSchema;
    this.dateColumns = Set.copyOf(dateColumns);
    this.avroSchemaJson = buildAvroSchema(beamSchema, this.dateColumns).toString();
  }

  public static TableCodec of(TableSpec spec) {
    return new TableCodec(spec.beamSchema(), spec.dateColumns());
  }

  public static TableCodec of(Schema beamSchema, Set<String> dateColumns) {
    return new TableCodec(beamSchema, dateColumns);
  }

  public Schema beamSchema() {
    return beamSchema;
  }

  public org.apache.avro.Schema avroSchema() {
    if (avroSchema == null) {
      avroSchema = new org.apache.avro.Schema.Parser().parse(avroSchemaJson);
    }
    return avroSchema;
  }

  public GenericRecord toRecord(Row row) {
    GenericData.Record record = new GenericData.Record(avroSchema());
    List<Field> fields = beamSchema.getFields();
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      Object value = row.getValue(i);
      record.put(i, value == null ? null : toAvroValue(field, value));
    }
    return record;
  }

  public Row toRow(GenericRecord record) {
    List<Field> fields = beamSchema.getFields();
    int[] positions = positionsIn(record.getSchema());
    List<Object> values = new ArrayList<>(fields.size());
    for (int i = 0; i < fields.size(); i++) {
      // Columns added after a file was written read as null.
      Object value = positions[i] < 0 ? null : record.get(positions[i]);
      values.add(value == null ? null : toBeamValue(fields.get(i), value));
    }
    return Row.withSchema(beamSchema).attachValues(values);
  }

  /**
   * Each column's position in {@code fileSchema} (-1: not in the file), for the last file schema
   * seen: a reader hands out one schema instance for all the records of a file, and looking each
   * column up by name per record was a hash lookup per value.
   */
  private int[] positionsIn(org.apache.avro.Schema fileSchema) {
    Positions cached = positions;
    if (cached == null || cached.schema != fileSchema) {
      List<Field> fields = beamSchema.getFields();
      int[] pos = new int[fields.size()];
      for (int i = 0; i < pos.length; i++) {
        org.apache.avro.Schema.Field f = fileSchema.getField(fields.get(i).getName());
        pos[i] = f == null ? -1 : f.pos();
      }
      cached = new Positions(fileSchema, pos);
      positions = cached;
    }
    return cached.columns;
  }

  /** Immutable, so that a codec shared by threads may race on the cache harmlessly. */
  private static final class Positions {
    final org.apache.avro.Schema schema;
    final int[] columns;

    Positions(org.apache.avro.Schema schema, int[] columns) {
      this.schema = schema;
      this.columns = columns;
    }
  }

  private Object toAvroValue(Field field, Object value) {
    TypeName type = field.getType().getTypeName();
    if (dateColumns.contains(field.getName())) {
      return (int) LocalDate.parse((String) value).toEpochDay();
    }
    if (type == TypeName.DATETIME) {
      return ((org.joda.time.ReadableInstant) value).getMillis();
    }
    if (type == TypeName.STRING) {
      // Parquet encodes a String through a CharsetEncoder, char by char; Avro's Utf8 carries the
      // bytes, which String.getBytes produces on its fast path.
      return new Utf8((String) value);
    }
    return value;
  }

  private Object toBeamValue(Field field, Object value) {
    TypeName type = field.getType().getTypeName();
    if (dateColumns.contains(field.getName())) {
      return LocalDate.ofEpochDay(((Number) value).longValue()).toString();
    }
    switch (type) {
      case STRING:
        return value.toString();
      case DATETIME:
        return new Instant(((Number) value).longValue());
      case INT32:
        return ((Number) value).intValue();
      case INT64:
        return ((Number) value).longValue();
      case DOUBLE:
        return ((Number) value).doubleValue();
      case FLOAT:
        return ((Number) value).floatValue();
      default:
        return value;
    }
  }

  private static org.apache.avro.Schema buildAvroSchema(
      Schema beamSchema, Set<String> dateColumns) {
    List<org.apache.avro.Schema.Field> fields = new ArrayList<>();
    for (Field field : beamSchema.getFields()) {
      org.apache.avro.Schema type = avroType(field, dateColumns.contains(field.getName()));
      if (field.getType().getNullable()) {
        type = org.apache.avro.Schema.createUnion(org.apache.avro.Schema.create(Type.NULL), type);
        fields.add(
            new org.apache.avro.Schema.Field(
                field.getName(), type, null, org.apache.avro.Schema.Field.NULL_DEFAULT_VALUE));
      } else {
        fields.add(new org.apache.avro.Schema.Field(field.getName(), type, null, (Object) null));
      }
    }
    return org.apache.avro.Schema.createRecord("row", null, "com.tixmaster.lake", false, fields);
  }

  private static org.apache.avro.Schema avroType(Field field, boolean isDate) {
    TypeName type = field.getType().getTypeName();
    if (isDate) {
      if (type != TypeName.STRING) {
        throw new IllegalArgumentException("Date column " + field.getName() + " must be a STRING");
      }
      return LogicalTypes.date().addToSchema(org.apache.avro.Schema.create(Type.INT));
    }
    switch (type) {
      case STRING:
        org.apache.avro.Schema s = org.apache.avro.Schema.create(Type.STRING);
        s.addProp("avro.java.string", "String");
        return s;
      case INT32:
      case INT16:
      case BYTE:
        return org.apache.avro.Schema.create(Type.INT);
      case INT64:
        return org.apache.avro.Schema.create(Type.LONG);
      case DOUBLE:
        return org.apache.avro.Schema.create(Type.DOUBLE);
      case FLOAT:
        return org.apache.avro.Schema.create(Type.FLOAT);
      case BOOLEAN:
        return org.apache.avro.Schema.create(Type.BOOLEAN);
      case DATETIME:
        return LogicalTypes.timestampMillis().addToSchema(org.apache.avro.Schema.create(Type.LONG));
      default:
        throw new IllegalArgumentException(
            "Lake tables are flat; unsupported column type " + type + " for " + field.getName());
    }
  }
}
