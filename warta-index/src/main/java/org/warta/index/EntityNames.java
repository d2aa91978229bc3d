package org.warta.index;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warta.kb.KbEntity;
import org.warta.kb.KnowledgeBase;

/**
 * The knowledge base's entities by every name they have, in every language and script, so that a query word that
 * names an entity also finds the articles linked to it. Names meet across scripts: each is written in lower-case
 * Latin letters without accents (ICU's {@code Any-Latin; Latin-ASCII}), so "Лавров", "Lavrov" and "Lávrov" are one
 * key. Thread-safe and immutable once built.
 */
final class EntityNames {
    /** The longest run of query words looked up as one name ("Sergei Viktorovich Lavrov"). */
    static final int MAX_WORDS = 4;
    /** A key of one word shorter than this is a syllable or an initial more often than a name. */
    static final int MIN_KEY = 3;
    /** A name shared by more entities than this says too little about which one the query means. */
    static final int MAX_IDS = 8;
    private static final EntityNames NONE = new EntityNames(Map.of());
    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private final Map<String, List<String>> idsByKey;

    private EntityNames(Map<String, List<String>> idsByKey) {
        this.idsByKey = idsByKey;
    }

    /** No names: queries match text only. */
    static EntityNames none() {
        return NONE;
    }

    /** The names of the standard knowledge base (built-in and the user's files), built on first use. */
    static EntityNames standard() {
        return Holder.STANDARD;
    }

    static EntityNames of(KnowledgeBase kb) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (KbEntity e : kb.entities()) {
            for (String name : e.allNames()) {
                String key = key(name);
                if (usable(key)) {
                    ids.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(e.id());
                }
            }
        }
        Map<String, List<String>> out = new HashMap<>();
        ids.forEach((k, v) -> {
            if (v.size() <= MAX_IDS) {
                out.put(k, List.copyOf(v));
            }
        });
        return new EntityNames(Map.copyOf(out));
    }

    /** The kb ids of the entities with this name (one or more words, any script); empty when none. */
    List<String> ids(String name) {
        String key = key(name);
        return usable(key) ? idsByKey.getOrDefault(key, List.of()) : List.of();
    }

    boolean isEmpty() {
        return idsByKey.isEmpty();
    }

    private static boolean usable(String key) {
        return key.length() >= MIN_KEY && key.chars().anyMatch(Character::isLetter);
    }

    /**
     * A name as a key: its words (runs of letters and digits) in lower-case ASCII, transliterated where they are in
     * another script, joined by one space.
     */
    static String key(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean ascii = name.chars().allMatch(c -> c < 0x80);
        String latin = ascii ? name : TO_LATIN.get().transliterate(name);
        boolean space = false;
        for (int i = 0; i < latin.length(); i++) {
            char c = Character.toLowerCase(latin.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (space && !sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(c);
                space = false;
            } else if (c != '\'' && c != '\u02B9' && c != '\u02BA') {
                // apostrophes and the soft and hard signs' marks stay inside a word ("Sergeĭ", "Ob'edinenie")
                space = true;
            }
        }
        return sb.toString();
    }

    /** Splits a run of words into the pieces {@link #key} keeps, for looking up its longer and shorter runs. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static final class Holder {
        static final EntityNames STANDARD = of(KnowledgeBase.standard());
    }

    @Override
    public String toString() {
        return "EntityNames[" + idsByKey.size() + " names]";
    }
}
