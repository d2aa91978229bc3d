package org.warta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.warta.io.ArticleJson;
import org.warta.io.CollectedRecords;
import org.warta.io.InputReader;
import org.warta.model.Hints;
import org.warta.model.RawDocument;
import org.warta.model.Source;

/**
 * The texts {@code warta bench} runs over: the files given, or a named corpus built from the shared data sets, read
 * in place. {@code vi} is the Vietnamese corpus (5,000 articles); {@code mix} is news in many languages: the
 * news-dev texts (99 in 31 languages), the Indonesian and Malay news (1,014), up to {@link #MIX_PER_LANGUAGE} distinct
 * texts of each language of the SemEval story pairs (Arabic, Spanish, Turkish, French, English) and the first
 * {@link #MIX_VIETNAMESE} Vietnamese articles. Without the shared data both fall back to {@code examples/}, and say so.
 */
final class BenchCorpus {
    static final String VIETNAMESE = "vi";
    static final String MIX = "mix";
    static final List<String> NAMES = List.of(VIETNAMESE, MIX);
    static final int MIX_VIETNAMESE = 500;
    static final int MIX_PER_LANGUAGE = 150;
    private static final String VI_CORPUS = "corpus/vi-news-baomoi";
    private static final String NEWS_DEV = "news-dev/texts";
    private static final String ID_MS = "langid/id-ms-news";
    private static final String SEMEVAL = "stories/semeval2022-task8-train/pairs.jsonl";

    /** What was read, and a line saying what it is. */
    record Loaded(String description, List<RawDocument> documents) {
    }

    private BenchCorpus() {
    }

    /** The files given, or else the named corpus ({@code vi} when null). */
    static Loaded load(List<String> inputs, String name, InputReader reader) {
        if (!inputs.isEmpty()) {
            return new Loaded(String.join(" ", inputs), read(inputs, reader));
        }
        String corpus = name == null ? VIETNAMESE : name.toLowerCase(Locale.ROOT);
        if (!Home.exists(Home.shared())) {
            System.err.println("warta bench: the shared data sets are absent (" + Home.shared()
                    + "): the '" + corpus + "' corpus needs them; running over " + Home.examples() + " instead");
            return examples(reader);
        }
        return corpus.equals(MIX) ? mix(reader) : vietnamese(reader);
    }

    private static Loaded examples(InputReader reader) {
        String path = Home.examples().toString();
        return new Loaded(path, read(List.of(path), reader));
    }

    private static Loaded vietnamese(InputReader reader) {
        Path corpus = Home.shared(VI_CORPUS);
        if (!Home.exists(corpus)) {
            System.err.println("warta bench: " + corpus + " is absent; running over " + Home.examples() + " instead");
            return examples(reader);
        }
        return new Loaded(corpus.toString(), read(List.of(corpus.toString()), reader));
    }

    private static Loaded mix(InputReader reader) {
        List<RawDocument> docs = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        add(docs, parts, missing, NEWS_DEV, p -> read(List.of(p.toString()), reader));
        add(docs, parts, missing, ID_MS, p -> read(List.of(p.toString()), reader));
        add(docs, parts, missing, SEMEVAL, p -> semevalTexts(p, MIX_PER_LANGUAGE));
        add(docs, parts, missing, VI_CORPUS, p -> read(firstFiles(p, MIX_VIETNAMESE), reader));
        if (!missing.isEmpty()) {
            System.err.println("warta bench: absent from " + Home.shared() + ", left out of the mix: " + missing);
        }
        if (docs.isEmpty()) {
            return examples(reader);
        }
        return new Loaded("mix of " + String.join(", ", parts), docs);
    }

    private static void add(List<RawDocument> docs, List<String> parts, List<String> missing, String set,
                            java.util.function.Function<Path, List<RawDocument>> load) {
        Path p = Home.shared(set);
        if (!Home.exists(p)) {
            missing.add(set);
            return;
        }
        List<RawDocument> read = load.apply(p);
        docs.addAll(read);
        parts.add(set + " " + read.size());
    }

    static List<RawDocument> read(List<String> paths, InputReader reader) {
        CollectedRecords read = new CollectedRecords();
        reader.read(paths, read);
        read.failures().forEach(f -> System.err.println("warta bench: " + f));
        return read.documents();
    }

    /** The first n files of a folder, in the order of their names (the same slice on every machine). */
    private static List<String> firstFiles(Path dir, int n) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(Path::toString).sorted().limit(n).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Distinct texts of the story pairs, by URL, at most {@code perLanguage} of each language, in file order. */
    static List<RawDocument> semevalTexts(Path file, int perLanguage) {
        List<RawDocument> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int line = 0;
            for (String s; (s = in.readLine()) != null; ) {
                line++;
                if (s.isBlank()) {
                    continue;
                }
                JsonNode pair = ArticleJson.MAPPER.readTree(s);
                for (String side : List.of("1", "2")) {
                    String lang = pair.path("lang" + side).asText("");
                    String url = pair.path("url" + side).asText("");
                    String text = pair.path("text" + side).asText("");
                    if (text.isBlank() || !seen.add(url.isEmpty() ? text : url)
                            || counts.merge(lang, 1, Integer::sum) > perLanguage) {
                        continue;
                    }
                    String title = pair.path("title" + side).asText(null);
                    out.add(new RawDocument(text, RawDocument.TEXT,
                            new Source(file.toString(), url.isEmpty() ? null : url, "jsonl", "line " + line),
                            new Hints(null, title, null, null, null, null, null, List.of())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }
}
