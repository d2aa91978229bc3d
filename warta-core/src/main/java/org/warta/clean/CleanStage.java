package org.warta.clean;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.model.Article;
import org.warta.model.Attribution;
import org.warta.model.Block;
import org.warta.model.Caption;
import org.warta.model.Layer;
import org.warta.model.Metadata;
import org.warta.model.Removal;
import org.warta.pipeline.Deadline;
import org.warta.pipeline.Stage;
import org.warta.text.Sentences;

/**
 * Takes boilerplate out of the draft: ad placeholders, comment counters, share prompts, related links and the
 * like are dropped with their reason; captions move to {@code captions}, source lines to {@code attribution},
 * bylines to the author. Whole-block rules never touch long blocks, so body prose survives even when it starts
 * with a word such as "Sumber" or mentions comments.
 */
public final class CleanStage implements Stage {
    /** Blocks longer than this are article prose, whatever they start with. */
    static final int MAX_BOILERPLATE_LENGTH = 240;
    /** Captions run longer than other boilerplate, but not as long as a body paragraph with a credit in it. */
    static final int MAX_CAPTION_LENGTH = 420;
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"')]+");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]{2,}");

    /** The reason given for a line the boilerplate model takes out. */
    public static final String LEARNED = "learned:boilerplate";

    private final CleanRules rules;
    private final BoilerplateModel model;

    public CleanStage() {
        this(CleanRules.defaults(), BoilerplateModel.defaults());
    }

    public CleanStage(CleanRules rules) {
        this(rules, BoilerplateModel.defaults());
    }

    /**
     * @param model the boilerplate model, or null to take out only what the rules name
     */
    public CleanStage(CleanRules rules, BoilerplateModel model) {
        this.rules = rules;
        this.model = model;
    }

    @Override
    public String name() {
        return "clean";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.DRAFT);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.CLEANED);
    }

    @Override
    public Article apply(Article article) {
        Article.Builder out = article.toBuilder();
        List<Block> kept = new ArrayList<>();
        Attribution attribution = article.attribution();
        Metadata metadata = article.metadata();
        List<Block> draft = article.draft();
        List<List<Removal>> inline = new ArrayList<>(draft.size());
        List<String> texts = new ArrayList<>(draft.size());
        for (Block block : draft) {
            Deadline.check();
            List<Removal> cut = new ArrayList<>(0);
            texts.add(cutInline(block.text(), cut));
            inline.add(cut);
        }
        boolean[] learned = learnedBoilerplate(draft, texts, metadata.title());
        for (int i = 0; i < draft.size(); i++) {
            Block block = draft.get(i);
            inline.get(i).forEach(out::addRemoval);
            String text = texts.get(i);
            if (text.isBlank()) {
                continue;
            }
            Match match = matchLine(text, block.kind() == Block.Kind.CAPTION);
            String shape = block.kind() == Block.Kind.TABLE_ROW ? null : LineShapes.reason(text);
            if (match == null) {
                if (shape != null) {
                    out.addRemoval(new Removal(text, shape));
                } else if (learned[i]) {
                    out.addRemoval(new Removal(text, LEARNED));
                } else {
                    kept.add(block.withText(text));
                }
                continue;
            }
            String reason = match.rule.reason();
            out.addRemoval(new Removal(text, reason));
            switch (reason) {
                case CleanRule.CAPTION -> out.addCaption(caption(match.matcher));
                case CleanRule.SOURCE_LINE -> {
                    Attribution found = attribution(group(match.matcher, "source"), text);
                    if (attribution.isEmpty()) {
                        attribution = found;
                    } else if (!found.equals(attribution)) {
                        out.warn(name(), "second-source", "more than one source line; kept the first: " + text);
                    }
                }
                case CleanRule.BYLINE -> {
                    if (metadata.author() == null) {
                        String author = group(match.matcher, "author");
                        metadata = new Metadata(metadata.title(), metadata.titleDerived(), metadata.published(),
                                author, metadata.siteName(), metadata.url(), metadata.declaredLanguage());
                    }
                }
                default -> {
                }
            }
        }
        if (kept.isEmpty() && !draft.isEmpty()) {
            out.warn(name(), "empty-body", "nothing but boilerplate was found in the article");
        }
        return out.draft(kept).attribution(attribution).metadata(metadata).layer(Layer.CLEANED).build();
    }

    /**
     * The lines the boilerplate model takes out. It sees every line of the draft (those the rules take out too: a
     * menu line is known by the menu around it), but never takes out a long line, the title, a line that ends a
     * sentence of a dozen words or more, or a first line followed by prose (the headline of a text that starts with
     * it, which the title stage takes), nor a heading the HTML extractor found inside the article's main text:
     * prose and its structure stay, whatever the model says.
     */
    private boolean[] learnedBoilerplate(List<Block> draft, List<String> texts, String title) {
        boolean[] out = new boolean[texts.size()];
        if (model == null || texts.isEmpty()) {
            return out;
        }
        List<String> lines = new ArrayList<>(texts.size());
        List<Integer> at = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            if (!texts.get(i).isBlank()) {
                lines.add(texts.get(i).strip());
                at.add(i);
            }
        }
        // the long lines are kept whatever the model says: only their neighbours' measures need them
        double[][] features = LineFeatures.of(lines, title,
                j -> j == 1 || lines.get(j).length() <= MAX_BOILERPLATE_LENGTH);
        for (int j = 0; j < lines.size(); j++) {
            String line = lines.get(j);
            if (alwaysKept(line, features[j]) || LineFeatures.isTitle(features[j])
                    || draft.get(at.get(j)).kind() == Block.Kind.HEADING
                    || j == 0 && lines.size() > 1 && LineFeatures.isProse(features[1])) {
                continue;
            }
            out[at.get(j)] = model.isBoilerplate(features[j]);
        }
        return out;
    }

    /** Lines the boilerplate model never takes out: long ones and prose. */
    static boolean alwaysKept(String line, double[] features) {
        return line.length() > MAX_BOILERPLATE_LENGTH || LineFeatures.isProse(features);
    }

    private String cutInline(String text, List<Removal> out) {
        String result = text;
        for (CleanRule rule : rules.inlineRules()) {
            Matcher m = rule.pattern().matcher(result);
            if (!m.find()) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            int last = 0;
            do {
                out.add(new Removal(m.group().strip(), rule.reason()));
                b.append(result, last, m.start()).append(' ');
                last = m.end();
            } while (m.find());
            b.append(result, last, result.length());
            result = SPACES.matcher(b).replaceAll(" ").strip();
        }
        return result;
    }

    private record Match(CleanRule rule, Matcher matcher) {
    }

    private Match matchLine(String text, boolean markedAsCaption) {
        String t = text.strip();
        if (t.length() > MAX_CAPTION_LENGTH) {
            return null;
        }
        LiteralScreen.Presence present = rules.screenLine(t);
        List<CleanRule> lineRules = rules.lineRules();
        for (int i = 0; i < lineRules.size(); i++) {
            CleanRule rule = lineRules.get(i);
            boolean caption = CleanRule.CAPTION.equals(rule.reason());
            if (!caption && t.length() > MAX_BOILERPLATE_LENGTH || !present.mayMatch(i)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(t);
            if (m.matches() && acceptable(rule, m)) {
                return new Match(rule, m);
            }
        }
        return null;
    }

    /** Semantic guards the patterns alone cannot express. */
    private static boolean acceptable(CleanRule rule, Matcher m) {
        if (CleanRule.SOURCE_LINE.equals(rule.reason())) {
            return looksLikeSource(group(m, "source"));
        }
        if (CleanRule.CAPTION.equals(rule.reason())) {
            return !isProse(group(m, "caption"));
        }
        return true;
    }

    /**
     * A caption is a sentence or two; three or more sentences are a body paragraph that happens to end with a
     * bracket such as "(photos were handed to the press)" and must stay in the text.
     */
    static boolean isProse(String caption) {
        if (caption == null) {
            return false;
        }
        // the language is not known yet: ICU's rules for every language, as the sentences stage uses when it is not
        return Sentences.split(caption, null).size() >= 3;
    }

    /** A source is a URL or a short name, never a clause of prose ("Sumber daya alam ..." has no colon anyway). */
    static boolean looksLikeSource(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        if (URL.matcher(value).find()) {
            return true;
        }
        String v = value.strip();
        int words = v.split("\\s+").length;
        return words <= 8 && v.length() <= 80 && !v.matches(".*[.!?]\\s+\\p{L}.*");
    }

    private static Caption caption(Matcher m) {
        String caption = group(m, "caption");
        String credit = group(m, "credit");
        return new Caption(caption == null || caption.isBlank() ? null : caption.strip(),
                credit == null || credit.isBlank() ? null : credit.strip());
    }

    static Attribution attribution(String source, String line) {
        if (source == null) {
            return new Attribution(null, null, line);
        }
        Matcher url = URL.matcher(source);
        if (url.find()) {
            String found = url.group().replaceAll("[.,;:]+$", "");
            String withScheme = found.toLowerCase(Locale.ROOT).startsWith("www.") ? "http://" + found : found;
            String outside = (source.substring(0, url.start()) + source.substring(url.end()))
                    .replaceAll("[\\s()\\[\\],;:–—-]+", " ").strip();
            String host = host(withScheme);
            String outlet = !outside.isEmpty() ? outside : host;
            return new Attribution(found, outlet, DomainLanguages.of(host), line);
        }
        return new Attribution(null, source.strip().replaceAll("[.;:]+$", ""), line);
    }

    static String host(String url) {
        try {
            String host = URI.create(url.replace(" ", "%20")).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A named group of a pattern; whether a pattern has it is found out once (an exception is costly). */
    private record Group(Pattern pattern, String name) {
    }

    private static final Map<Group, Boolean> HAS_GROUP = new ConcurrentHashMap<>();

    private static String group(Matcher m, String name) {
        Group g = new Group(m.pattern(), name);
        Boolean has = HAS_GROUP.get(g);
        if (has == null) {
            try {
                m.group(name);
                has = true;
            } catch (IllegalArgumentException e) {
                has = false;
            }
            if (HAS_GROUP.size() < MAX_GROUPS_REMEMBERED) {
                HAS_GROUP.put(g, has);
            }
        }
        return has ? m.group(name) : null;
    }

    /** Rules are few; patterns made again and again (in tests) must not fill the memory. */
    private static final int MAX_GROUPS_REMEMBERED = 10_000;
}
