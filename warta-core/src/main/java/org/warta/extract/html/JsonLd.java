package org.warta.extract.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The schema.org description a page embeds as JSON-LD: the article node (NewsArticle, Article, BlogPosting, ...)
 * when there is one. Broken JSON, common in the wild, is read leniently or passed over.
 */
final class JsonLd {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
            "liveblogposting", "scholarlyarticle", "techarticle", "report", "socialmediaposting");

    private final JsonNode article;
    private final JsonNode anyNode;

    private JsonLd(JsonNode article, JsonNode anyNode) {
        this.article = article;
        this.anyNode = anyNode;
    }

    static JsonLd read(List<String> scripts) {
        JsonNode article = null;
        JsonNode any = null;
        for (String script : scripts) {
            JsonNode root;
            try {
                root = JSON.readTree(script);
            } catch (JsonProcessingException | RuntimeException e) {
                continue;
            }
            for (JsonNode node : nodes(root)) {
                if (any == null) {
                    any = node;
                }
                if (article == null && isArticle(node)) {
                    article = node;
                }
            }
        }
        return new JsonLd(article, any);
    }

    /** Every object in the tree, breadth first, so the top-level description comes before nested ones. */
    private static List<JsonNode> nodes(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        Deque<JsonNode> queue = new ArrayDeque<>();
        if (root != null) {
            queue.add(root);
        }
        while (!queue.isEmpty() && out.size() < 500) {
            JsonNode n = queue.poll();
            if (n.isArray()) {
                n.forEach(queue::add);
            } else if (n.isObject()) {
                out.add(n);
                JsonNode graph = n.get("@graph");
                if (graph != null) {
                    queue.add(graph);
                }
                JsonNode main = n.get("mainEntity");
                if (main != null) {
                    queue.add(main);
                }
            }
        }
        return out;
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        Iterator<JsonNode> types = type.isArray() ? type.elements() : List.of(type).iterator();
        while (types.hasNext()) {
            if (ARTICLE_TYPES.contains(types.next().asText("").toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    String headline() {
        return text(article, "headline");
    }

    String datePublished() {
        String d = text(article, "datePublished");
        return d != null ? d : text(article, "dateCreated");
    }

    String articleBody() {
        return text(article, "articleBody");
    }

    String inLanguage() {
        String l = text(article, "inLanguage");
        return l != null ? l : text(anyNode, "inLanguage");
    }

    String url() {
        String u = text(article, "url");
        if (u == null && article != null && article.get("mainEntityOfPage") != null) {
            JsonNode m = article.get("mainEntityOfPage");
            u = m.isTextual() ? m.asText() : text(m, "@id");
        }
        return u;
    }

    String publisher() {
        if (article == null) {
            return null;
        }
        JsonNode p = article.get("publisher");
        if (p != null && p.isArray() && p.size() > 0) {
            p = p.get(0);
        }
        return p == null ? null : p.isTextual() ? p.asText() : text(p, "name");
    }

    /** The author's names, joined with commas; organisations named as authors count too. */
    String author() {
        if (article == null) {
            return null;
        }
        JsonNode a = article.get("author");
        if (a == null) {
            a = article.get("creator");
        }
        if (a == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode n : a.isArray() ? a : List.of(a)) {
            String name = n.isTextual() ? n.asText() : text(n, "name");
            if (name != null && !name.isBlank() && !name.startsWith("http") && !names.contains(name.strip())) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        if (v != null && v.isArray() && v.size() > 0) {
            v = v.get(0);
        }
        if (v == null || !v.isValueNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
