package org.warta.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.warta.io.ArticleJson;
import org.warta.model.Article;
import org.warta.model.StoryRef;
import org.warta.story.StoryMemory;
import picocli.CommandLine.Option;

/**
 * Whether a run groups its articles into stories, and where it writes the stories as they stand at the end.
 *
 * <p>Each article's line carries its story as it stood when the article joined it; stories merge later on, so the
 * final ones are only known at the end of the run: {@link #note} follows every article in output order, and
 * {@link #write} resolves each to the story now holding it.
 */
final class StoryOption {
    @Option(names = "--no-stories",
            description = "Do not group articles into stories (story is null and related empty on every article).")
    boolean off;

    @Option(names = "--stories-out", paramLabel = "FILE",
            description = "At the end, write each story of the run (after merges) to FILE as one JSON object per "
                    + "line: id, title, size, languages, first_seen, articles (ids) and merged_from.")
    Path out;

    private StoryMemory memory;
    /** Each article noted and the id of the story it joined, in output order. */
    private final List<String[]> joined = new ArrayList<>();
    /** Every story id seen, on an article or as merged into another. */
    private final Set<String> storyIds = new LinkedHashSet<>();
    /** The latest state of each story seen, for a story memory has since forgotten. */
    private final Map<String, StoryRef> lastSeen = new LinkedHashMap<>();

    /** Null when the options are usable, else why not. */
    String problem() {
        return off && out != null ? "--stories-out needs stories; drop --no-stories" : null;
    }

    /** The run's story memory, or null with {@code --no-stories}. */
    StoryMemory memory() {
        if (!off && memory == null) {
            memory = new StoryMemory();
        }
        return memory;
    }

    /** Follows one article handed on by the run, in output order. */
    void note(Article article) {
        note(article.id(), article.story());
    }

    void note(String articleId, StoryRef story) {
        if (out == null || story == null) {
            return;
        }
        joined.add(new String[] {articleId, story.id()});
        storyIds.add(story.id());
        storyIds.addAll(story.mergedFrom());
        lastSeen.put(story.id(), story);
    }

    /** Writes the final stories to {@code --stories-out}, largest first; nothing when it is not given. */
    void write() throws IOException {
        if (out == null || memory == null) {
            return;
        }
        Map<String, List<String>> articles = new LinkedHashMap<>();
        for (String[] a : joined) {
            articles.computeIfAbsent(memory.resolve(a[1]), k -> new ArrayList<>()).add(a[0]);
        }
        Map<String, TreeSet<String>> merged = new LinkedHashMap<>();
        for (String id : storyIds) {
            String story = memory.resolve(id);
            TreeSet<String> from = merged.computeIfAbsent(story, k -> new TreeSet<>());
            if (!story.equals(id)) {
                from.add(id);
            }
        }
        List<ObjectNode> lines = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : articles.entrySet()) {
            StoryRef ref = memory.story(e.getKey());
            lines.add(line(ref != null ? ref : lastSeen.get(e.getKey()), e.getKey(), e.getValue(),
                    merged.get(e.getKey())));
        }
        lines.sort(Comparator.comparingInt((ObjectNode o) -> -o.get("size").asInt())
                .thenComparing(o -> o.get("id").asText()));
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (ObjectNode o : lines) {
                w.write(ArticleJson.MAPPER.writeValueAsString(o));
                w.write('\n');
            }
        }
    }

    private static ObjectNode line(StoryRef ref, String id, List<String> articles, TreeSet<String> mergedFrom) {
        ObjectNode o = ArticleJson.MAPPER.createObjectNode();
        o.put("id", id);
        o.put("title", ref == null ? null : ref.title());
        o.put("size", ref == null ? articles.size() : Math.max(ref.size(), articles.size()));
        ArrayNode languages = o.putArray("languages");
        if (ref != null) {
            ref.languages().forEach(languages::add);
        }
        o.put("first_seen", ref == null ? null : ref.firstSeen());
        ArrayNode ids = o.putArray("articles");
        articles.forEach(ids::add);
        ArrayNode from = o.putArray("merged_from");
        mergedFrom.forEach(from::add);
        return o;
    }
}
