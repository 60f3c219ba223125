package com.tixmaster.transforms.gold;

import com.tixmaster.transforms.io.Buckets;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * The source of dim_attraction: silver.attractions joined (left) to silver.classifications on
 * classification_id, as rows of {@link #SCHEMA}. An attraction without a classification, or with
 * one silver does not hold, has null segment, genre and subgenre.
 */
public final class StageAttractions extends PTransform<SilverInputs, PCollection<Row>> {
  /** The columns dim_attraction reads from its source. */
  public static final Schema SCHEMA =
      Schema.builder()
          .addNullableField("attraction_id", FieldType.STRING)
          .addNullableField("attraction_name", FieldType.STRING)
          .addNullableField("attraction_type", FieldType.STRING)
          .addNullableField("attraction_url", FieldType.STRING)
          .addNullableField("segment_name", FieldType.STRING)
          .addNullableField("genre_name", FieldType.STRING)
          .addNullableField("subgenre_name", FieldType.STRING)
          .build();

  static final TupleTag<KV<String, Row>> CLASSIFIED =
      new TupleTag<KV<String, Row>>("classified") {};
  static final TupleTag<Row> UNCLASSIFIED = new TupleTag<Row>("unclassified") {};
  static final TupleTag<Row> ATTRACTIONS = new TupleTag<Row>("attractions") {};
  static final TupleTag<Row> CLASSIFICATIONS = new TupleTag<Row>("classifications") {};

  @Override
  public PCollection<Row> expand(SilverInputs silver) {
    PCollection<Row> attractions = silver.attractions();
    PCollectionTuple split =
        attractions.apply(
            "SplitByClassification",
            ParDo.of(new SplitFn()).withOutputTags(CLASSIFIED, TupleTagList.of(UNCLASSIFIED)));
    PCollection<Row> classified =
        KeyedPCollectionTuple.of(
                ATTRACTIONS,
                split
                    .get(CLASSIFIED)
                    .setCoder(
                        KvCoder.of(StringUtf8Coder.of(), RowCoder.of(attractions.getSchema()))))
            .and(
                CLASSIFICATIONS,
                silver
                    .classifications()
                    .apply(
                        "KeyClassifications",
                        KeyRowsBy.column("classifications", "classification_id")))
            .apply("JoinClassifications", Buckets.coGroupByKey())
            .apply("DescribeClassifiedAttractions", ParDo.of(new JoinFn()))
            .setRowSchema(SCHEMA);
    PCollection<Row> unclassified =
        split
            .get(UNCLASSIFIED)
            .setRowSchema(attractions.getSchema())
            .apply("DescribeUnclassifiedAttractions", ParDo.of(new DescribeFn()))
            .setRowSchema(SCHEMA);
    return PCollectionList.of(classified)
        .and(unclassified)
        .apply("CombineAttractions", Flatten.pCollections())
        .setRowSchema(SCHEMA);
  }

  /** The staged row of an attraction and its classification (or none). */
  static Row describe(Row attraction, Row classification) {
    return Row.withSchema(SCHEMA)
        .addValues(
            RowValues.string(attraction, "attraction_id"),
            RowValues.string(attraction, "attraction_name"),
            RowValues.string(attraction, "attraction_type"),
            RowValues.string(attraction, "attraction_url"),
            classification == null ? null : RowValues.string(classification, "segment_name"),
            classification == null ? null : RowValues.string(classification, "genre_name"),
            classification == null ? null : RowValues.string(classification, "subgenre_name"))
        .build();
  }

  static final class SplitFn extends DoFn<Row, KV<String, Row>> {
    @ProcessElement
    public void process(@Element Row attraction, MultiOutputReceiver out) {
      String classificationId = RowValues.string(attraction, "classification_id");
      if (classificationId == null) {
        out.get(UNCLASSIFIED).output(attraction);
      } else {
        out.get(CLASSIFIED).output(KV.of(classificationId, attraction));
      }
    }
  }

  static final class JoinFn extends DoFn<KV<String, CoGbkResult>, Row> {
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> element, OutputReceiver<Row> out) {
      Row classification = null;
      for (Row c : element.getValue().getAll(CLASSIFICATIONS)) {
        if (classification == null || c.toString().compareTo(classification.toString()) < 0) {
          classification = c;
        }
      }
      for (Row attraction : element.getValue().getAll(ATTRACTIONS)) {
        out.output(describe(attraction, classification));
      }
    }
  }

  static final class DescribeFn extends DoFn<Row, Row> {
    @ProcessElement
    public void process(@Element Row attraction, OutputReceiver<Row> out) {
      out.output(describe(attraction, null));
    }
  }
}
