package org.warta.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.warta.io.ArticleJson;
import org.warta.model.Article;
import org.warta.model.Caption;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.LanguageGuess;
import org.warta.model.Quote;
import org.warta.model.Related;
import org.warta.model.Removal;
import org.warta.model.Sentence;
import org.warta.model.StoryRef;
import org.warta.model.TimeExpression;
import org.warta.model.Warning;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The articles as Parquet, nested as the JSON output contract ({@link ArticleJson}, docs/output-format.md) is: the
 * same field names, a struct for each JSON object, an array of structs for each JSON array of objects, a map for
 * {@code language_candidates}, and the same values (confidences and scores rounded as the JSON rounds them). The
 * files are partitioned by {@code language} (the article's language code) and {@code month} ("YYYY-MM" of its
 * publication date, {@value #UNDATED} without one), so that a query on a language or a period reads only its folders.
 *
 * <p>Rows are built straight from the articles against the explicit {@link #SCHEMA}: going through the JSON text
 * would write and parse every article once more, and inferring a schema from JSON would give a different schema
 * (nulls, empty arrays) from run to run. The test reads the files back and compares every article with its JSON.
 */
public final class ParquetOutput {
    /** The partition value of articles without a publication date. */
    public static final String UNDATED = "undated";
    /** The column, besides {@code language}, the files are partitioned by. */
    public static final String MONTH = "month";
    private static final Pattern YEAR_MONTH = Pattern.compile("^(\\d{4})-(0[1-9]|1[0-2])(?!\\d)");

    private static final StructType ACTOR = struct(
            string("code"), string("name"), string("country"), string("role"), string("kb_id"));

    /** The article as the JSON contract has it, field for field and in its order, then the month it is filed by. */
    public static final StructType SCHEMA = struct(
            string("id"),
            string("schema_version"),
            field("input", struct(string("path"), string("url"), string("format"), string("record"))),
            string("language"),
            field("language_confidence", DoubleType),
            field("language_candidates", DataTypes.createMapType(StringType, DoubleType, false)),
            string("title"),
            field("title_derived", BooleanType),
            string("published"),
            string("published_from"),
            string("author"),
            string("site_name"),
            string("url"),
            string("text"),
            array("captions", string("text"), string("credit")),
            field("attribution", struct(string("source_url"), string("source_outlet"), string("source_language_hint"))),
            array("removed", string("text"), string("reason")),
            array("sentences", field("start", IntegerType), field("end", IntegerType), field("paragraph", IntegerType)),
            array("entities", string("text"), string("type"), field("start", IntegerType), field("end", IntegerType),
                    string("canonical"), string("kb_id"), string("role"), string("country"),
                    field("confidence", DoubleType)),
            array("times", string("text"), string("value"), string("type"), field("start", IntegerType),
                    field("end", IntegerType)),
            array("events", field("actor1", ACTOR), field("actor2", ACTOR), string("cameo"), string("root"),
                    field("quad_class", IntegerType), field("goldstein", DoubleType), string("date"), string("place"),
                    string("trigger"), string("status"), field("mutual", BooleanType), string("reported_by"),
                    field("confidence", DoubleType), field("start", IntegerType), field("end", IntegerType),
                    string("evidence"), field("caption", IntegerType)),
            array("quotes", string("text"), string("speaker"), field("speaker_entity", IntegerType),
                    field("direct", BooleanType), field("start", IntegerType), field("end", IntegerType)),
            field("story", struct(string("id"), string("title"), field("size", IntegerType),
                    field("languages", DataTypes.createArrayType(StringType, false)), string("first_seen"),
                    field("merged_from", DataTypes.createArrayType(StringType, false)))),
            array("related", string("id"), string("relation"), field("score", DoubleType), string("evidence")),
            array("warnings", string("stage"), string("code"), string("message")),
            string(MONTH));

    private ParquetOutput() {
    }

    /** Writes {@code articles} as Parquet under {@code path}, which must not exist yet. */
    public static void write(SparkSession spark, JavaRDD<Article> articles, String path) {
        spark.createDataFrame(articles.map(ParquetOutput::row), SCHEMA)
                .write().mode(SaveMode.ErrorIfExists).partitionBy("language", MONTH).parquet(path);
    }

    /** The month an article is filed by: "YYYY-MM" of its publication date as written, else {@value #UNDATED}. */
    public static String month(Article a) {
        String published = a.metadata().published();
        Matcher m = published == null ? null : YEAR_MONTH.matcher(published.strip());
        return m != null && m.find() ? m.group(1) + "-" + m.group(2) : UNDATED;
    }

    /** The article as one row of {@link #SCHEMA}. */
    public static Row row(Article a) {
        org.warta.model.Metadata m = a.metadata();
        LanguageGuess language = a.language();
        Map<String, Double> candidates = new LinkedHashMap<>();
        language.candidates().forEach((code, p) -> candidates.put(code, round(p)));
        return RowFactory.create(
                a.id(),
                ArticleJson.SCHEMA_VERSION,
                RowFactory.create(a.source().path(), a.source().url(), a.source().format(), a.source().record()),
                language.code() == null ? LanguageGuess.UNDETERMINED : language.code(),
                round(language.confidence()),
                CollectionConverters.asScala(candidates),
                m.title(), m.titleDerived(), m.published(), m.publishedFrom(), m.author(), m.siteName(), m.url(),
                a.text() == null ? "" : a.text(),
                rows(a.captions(), (Caption c) -> RowFactory.create(c.text(), c.credit())),
                RowFactory.create(a.attribution().sourceUrl(), a.attribution().sourceOutlet(),
                        a.attribution().sourceLanguageHint()),
                rows(a.removed(), (Removal r) -> RowFactory.create(r.text(), r.reason())),
                rows(a.sentences(), (Sentence s) -> RowFactory.create(s.start(), s.end(), s.paragraph())),
                rows(a.entities(), (Entity e) -> RowFactory.create(e.text(), e.type().name(), e.start(), e.end(),
                        e.canonical(), e.kbId(), e.role(), e.country(), round(e.confidence()))),
                rows(a.times(), (TimeExpression t) -> RowFactory.create(t.text(), t.value(), t.type(), t.start(), t.end())),
                rows(a.events(), (Event e) -> event(e, a)),
                rows(a.quotes(), (Quote q) -> RowFactory.create(q.text(), q.speaker(), q.speakerEntity(), q.direct(),
                        q.start(), q.end())),
                story(a.story()),
                rows(a.related(), (Related r) -> RowFactory.create(r.id(), r.relation(), round(r.score()), r.evidence())),
                rows(a.warnings(), (Warning w) -> RowFactory.create(w.stage(), w.code(), w.message())),
                month(a));
    }

    private static Row event(Event e, Article a) {
        return RowFactory.create(actor(e.actor1()), actor(e.actor2()), e.code(), e.rootCode(), e.quadClass(),
                e.goldstein(), e.date(), e.place(), e.trigger(), e.status().name(), e.mutual(), e.reportedBy(),
                round(e.confidence()), e.start(), e.end(), e.evidence(a), e.fromCaption() ? e.caption() : null);
    }

    private static Row actor(Event.Actor a) {
        return a == null ? null : RowFactory.create(a.code(), a.name(), a.country(), a.role(), a.kbId());
    }

    private static Row story(StoryRef s) {
        return s == null ? null : RowFactory.create(s.id(), s.title(), s.size(), seq(s.languages()), s.firstSeen(),
                seq(s.mergedFrom()));
    }

    private static <T> Seq<Row> rows(List<T> items, Function<T, Row> toRow) {
        List<Row> out = new ArrayList<>(items.size());
        for (T item : items) {
            out.add(toRow.apply(item));
        }
        return seq(out);
    }

    /** A row's array column takes a Scala sequence, its map column a Scala map. */
    private static <T> Seq<T> seq(List<T> items) {
        return CollectionConverters.asScala(items).toSeq();
    }

    /** As {@link ArticleJson} rounds confidences and scores, so that both outputs hold the same numbers. */
    private static double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }

    private static StructType struct(StructField... fields) {
        return new StructType(fields);
    }

    private static StructField field(String name, DataType type) {
        return new StructField(name, type, true, Metadata.empty());
    }

    private static StructField string(String name) {
        return field(name, StringType);
    }

    private static StructField array(String name, StructField... itemFields) {
        return field(name, DataTypes.createArrayType(struct(itemFields), false));
    }
}
