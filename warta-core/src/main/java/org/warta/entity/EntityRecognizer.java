package org.warta.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.warta.kb.KnowledgeBase;
import org.warta.model.Entity;
import org.warta.model.Sentence;
import org.warta.model.Tokens;
import org.warta.pipeline.Deadline;
import org.warta.token.Segmenter;

/**
 * Finds people, organisations and places in a text, links them to the knowledge base and gives people their
 * role and country. Per sentence: knowledge-base names, organisation heads with their country ("Kementerian Luar
 * Negeri Rusia"), then names the base does not know, from the language's statistical model when it has one or
 * from capitalised runs and cues otherwise. Then roles from the words around each person, and, over the whole
 * article, short mentions ("Lavrov") linked to the full ones before them. Thread-safe.
 */
public final class EntityRecognizer {
    private final KnowledgeBase kb;
    private final Map<String, Language> languages = new ConcurrentHashMap<>();
    private final Map<String, java.util.Optional<NerModel>> models = new ConcurrentHashMap<>();
    private final Map<String, NerModel> modelOverrides;

    public EntityRecognizer(KnowledgeBase kb) {
        this(kb, Map.of());
    }

    /** With models given per language instead of the shipped ones (training and evaluation use this). */
    EntityRecognizer(KnowledgeBase kb, Map<String, NerModel> modelOverrides) {
        this.kb = kb;
        this.modelOverrides = Map.copyOf(modelOverrides);
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** What the recogniser uses for one language. */
    record Language(LanguageCues cues, Gazetteer gazetteer, NerModel model) {
    }

    Language language(String code) {
        LanguageCues cues = LanguageCues.of(code == null ? "" : code);
        Language language = languages.get(cues.language);
        return language != null ? language : Deadline.unclocked(() -> languages.computeIfAbsent(cues.language,
                l -> new Language(cues, new Gazetteer(kb, cues), cues.model == null ? null : model(cues.model))));
    }

    /**
     * The loads of {@link #language} for a language code, as two pieces that can run side by side: the statistical
     * model, and the rest (the gazetteer of the knowledge base's names), which waits for the model when it needs it.
     */
    public List<Runnable> preparations(String code) {
        return List.of(() -> {
            LanguageCues cues = LanguageCues.of(code == null ? "" : code);
            if (cues.model != null) {
                model(cues.model);
            }
        }, () -> language(code));
    }

    private NerModel model(String language) {
        NerModel override = modelOverrides.get(language);
        if (override != null) {
            return override;
        }
        return models.computeIfAbsent(language, l ->
                java.util.Optional.ofNullable(NerModel.resource("org/warta/lang/" + l + "/ner.model.gz"))).orElse(null);
    }

    SentenceView view(String text, int from, int to, Language language) {
        SentenceView v = view(Segmenter.tokens(text, from, to), 0, language);
        SoundMatches.find(List.of(v), language.gazetteer().sounds);
        return v;
    }

    private static SentenceView view(Tokens tokens, int sentence, Language language) {
        return new SentenceView(EntityTokens.of(tokens, sentence, language.cues().normalizer), language.cues(),
                language.gazetteer());
    }

    /** The entities of a text split into sentences, in text order. */
    public List<Entity> recognise(String text, List<Sentence> sentences, String languageCode) {
        return recognise(Segmenter.tokens(text, sentences), languageCode);
    }

    /** The entities of a text cut into tokens, one stretch per sentence, in text order. */
    public List<Entity> recognise(Tokens tokens, String languageCode) {
        return recognise(tokens, languageCode, null);
    }

    /**
     * The entities of a text cut into tokens, with the roles and countries people held on a date (the article's
     * publication date; null for what they hold now).
     */
    public List<Entity> recognise(Tokens tokens, String languageCode, LocalDate date) {
        String text = tokens.text();
        Language language = language(languageCode);
        List<Mention> mentions = new ArrayList<>();
        List<SentenceView> views = new ArrayList<>();
        for (int s = 0; s < tokens.sentences(); s++) {
            Deadline.check();
            views.add(view(tokens, s, language));
        }
        SoundMatches.find(views, language.gazetteer().sounds);
        for (SentenceView v : views) {
            Deadline.check();
            List<Mention> found = new SentenceRules(v, language.model()).mentions();
            Roles.attach(v, found, kb.roles());
            if (date != null) {
                found.forEach(m -> m.holdOn(date));
            }
            mentions.addAll(found);
        }
        mentions = Linker.link(views, mentions);
        List<Entity> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.type != null) {
                out.add(m.toEntity(text));
            }
        }
        out.sort(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
        return out;
    }

    /** The id given to an organisation built from a head and a country: "ministry-of-foreign-affairs/RUS". */
    static String templateId(String template, String country) {
        return template.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "")
                + "/" + country;
    }

    static Map<String, NerModel> models(String language, NerModel model) {
        Map<String, NerModel> m = new HashMap<>();
        m.put(language, model);
        return m;
    }
}
