package org.warta.entity;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.warta.kb.KbEntity;
import org.warta.kb.KnowledgeBase;
import org.warta.model.Entity;
import org.warta.pipeline.Deadline;

/**
 * The knowledge base's people by the sound of their names, so that a name written in another script meets its
 * entry: "Лавров", "ラブロフ", "لافروف", "लावरोव", "라브로프" and "Lavrov" all come out as the key {@code RBRB}.
 * A name is first written in Latin letters by ICU ({@code Any-Latin}, then folded to ASCII), then reduced to a
 * skeleton of consonant classes: vowels, {@code h}, {@code w} and {@code y} dropped (scripts write vowels, long
 * vowels and aspiration differently or not at all), {@code l}/{@code r}, {@code b}/{@code p}/{@code f}/{@code v},
 * {@code m}/{@code n}, {@code k}/{@code g}/{@code q}, {@code t}/{@code d} and the sibilants merged (Japanese has no
 * l, Arabic no p or v, Korean writes f as p), and a doubled class written once.
 *
 * <p>Every full name and every run of its last words ("Sharma Oli" of "Khadga Prasad Sharma Oli") is a key; a
 * key too short to tell names apart (one word of fewer than three classes, several of fewer than four) is none.
 * Where several people share a key, the one the base lists first has it: the curated entries come before the
 * imported ones. Thread-safe.
 */
final class NameSounds {
    /** Keys shorter than this say too little about a one-word name. */
    static final int MIN_WORD_KEY = 3;
    /** Keys of a name of several words: their words together must say this much. */
    static final int MIN_NAME_KEY = 4;

    /** Per thread, made on its first use: building one compiles ICU's rules for every script. */
    private static final ThreadLocal<Transliterator> TO_LATIN = new ThreadLocal<>();
    private static final int CACHE_LIMIT = 100_000;
    private static final Map<String, String> LATIN = new ConcurrentHashMap<>();

    /** A person a key stands for, and the keys of the words of the name it came from, in order. */
    /** Name languages of a person known only from the actor lists: English, Spanish and every-language names. */
    private static final int IMPORTED_NAME_LANGUAGES = 3;

    record Entry(KbEntity entity, List<String> wordKeys) {
        int words() {
            return wordKeys.size();
        }
    }

    private final KnowledgeBase kb;
    /**
     * Per key, the people whose names sound so, the one the news more likely means first; built on first use, as
     * only text in a script other than Latin and Han needs it and building it transliterates every person's names.
     */
    private volatile Map<String, List<Entry>> byKey;

    private NameSounds(KnowledgeBase kb) {
        this.kb = kb;
    }

    private Map<String, List<Entry>> byKey() {
        Map<String, List<Entry>> built = byKey;
        if (built == null) {
            synchronized (this) {
                built = byKey;
                if (built == null) {
                    built = Deadline.unclocked(() -> build(kb));
                    byKey = built;
                }
            }
        }
        return built;
    }

    private static final Map<KnowledgeBase, NameSounds> BUILT = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());

    /** The keys of the people of a knowledge base, built once per base when first looked up. */
    static NameSounds of(KnowledgeBase kb) {
        synchronized (BUILT) {
            return BUILT.computeIfAbsent(kb, NameSounds::new);
        }
    }

    private static Map<String, List<Entry>> build(KnowledgeBase kb) {
        Map<String, List<Entry>> byKey = new HashMap<>();
        for (KbEntity e : kb.entities()) {
            if (e.type() != Entity.Type.PERSON || e.former() && e.names().size() <= IMPORTED_NAME_LANGUAGES) {
                // a former official known only by the actor lists' names: decades of them, and their sounds collide
                continue;
            }
            for (String name : e.allNames()) {
                List<String> words = words(name);
                String key = "";
                List<String> wordKeys = new ArrayList<>();
                for (int i = words.size() - 1; i >= 0; i--) {
                    String word = key(latin(words.get(i)));
                    key = join(word, key);
                    wordKeys.add(0, word);
                    int count = words.size() - i;
                    if (key.length() >= (count == 1 ? MIN_WORD_KEY : MIN_NAME_KEY)) {
                        List<Entry> same = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                        if (same.stream().noneMatch(x -> x.entity() == e)) {
                            same.add(new Entry(e, List.copyOf(wordKeys)));
                        }
                    }
                }
            }
        }
        byKey.replaceAll((k, same) -> same.stream().sorted(NameSounds::byLikelihood).toList());
        return Map.copyOf(byKey);
    }

    /**
     * Orders people whose names sound alike by how likely the news means them: someone in office before a former
     * holder (the base keeps decades of officials), then the one with names in more languages (the people the news
     * names most are written in many scripts), then the first.
     */
    private static int byLikelihood(Entry first, Entry second) {
        KbEntity a = first.entity();
        KbEntity b = second.entity();
        if (a.former() != b.former()) {
            return a.former() ? 1 : -1;
        }
        return Integer.compare(b.names().size(), a.names().size());
    }

    /** The person whose name, or the last words of it, sounds like the key; null when none. */
    Entry find(String key) {
        return find(key, Set.of(), e -> true);
    }

    /**
     * The person whose name sounds like the key and who passes the test: of those who share the key, the first from a
     * country the context names ("Pakistan's foreign minister Ishaq Dar"), else the one the news more likely means,
     * if that one passes (a key whose likeliest person does not fit the words is no name); null when none.
     */
    Entry find(String key, Set<String> countries, Predicate<Entry> test) {
        List<Entry> same = byKey().getOrDefault(key, List.of());
        for (int i = 0; i < same.size() && !countries.isEmpty(); i++) {
            Entry e = same.get(i);
            if (e.entity().country() != null && countries.contains(e.entity().country()) && test.test(e)) {
                return e;
            }
        }
        return same.isEmpty() || !test.test(same.get(0)) ? null : same.get(0);
    }

    /** Whether the keys have been built: only a look-up builds them. */
    boolean built() {
        return byKey != null;
    }

    int size() {
        return byKey().size();
    }

    /** The words of a name: its runs of letters and marks ("セルゲイ・ラブロフ" has two). */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            boolean letter = EntityTokens.isWordChar(cp) && !Character.isDigit(cp);
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                out.add(name.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(name.substring(start));
        }
        return out;
    }

    /** A word in lower-case ASCII letters: transliterated where it is in another script, accents dropped. */
    static String latin(String word) {
        if (isAsciiLetters(word)) {
            return word.toLowerCase(Locale.ROOT);
        }
        String cached = LATIN.get(word);
        if (cached != null) {
            return cached;
        }
        String folded = toLatin().transliterate(word).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z') {
                sb.append(c);
            }
        }
        if (LATIN.size() > CACHE_LIMIT) {
            LATIN.clear();
        }
        String out = sb.toString();
        LATIN.put(word, out);
        return out;
    }

    /**
     * This thread's transliterator. The first is made outside the record's time: whichever article first has a
     * word in another script would pay for it, long before the sounds are built.
     */
    private static Transliterator toLatin() {
        Transliterator t = TO_LATIN.get();
        if (t == null) {
            t = Deadline.unclocked(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
            TO_LATIN.set(t);
        }
        return t;
    }

    private static boolean isAsciiLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The key of two words in a row: their keys, a class ending one and starting the next written once, as
     * scripts that write a vowel after every consonant ("डोनाल्ड ट्रंप", donalda trampa) and those that do not
     * ("Donald Trump") meet there.
     */
    static String join(String first, String second) {
        if (first.isEmpty() || second.isEmpty()) {
            return first + second;
        }
        return first.charAt(first.length() - 1) == second.charAt(0) ? first + second.substring(1) : first + second;
    }

    /** The consonant skeleton of a word in lower-case ASCII letters (see the class comment). */
    static String key(CharSequence latin) {
        StringBuilder out = new StringBuilder(latin.length());
        char last = 0;
        int n = latin.length();
        for (int i = 0; i < n; i++) {
            char c = latin.charAt(i);
            char next = i + 1 < n ? latin.charAt(i + 1) : 0;
            char k = 0;
            switch (c) {
                case 'b', 'f', 'p', 'v' -> k = 'B';
                case 'l', 'r' -> k = 'R';
                case 'm', 'n' -> k = 'N';
                case 'k', 'g', 'q' -> k = 'K';
                case 't', 'd' -> k = 'T';
                case 's', 'z' -> k = 'S';
                case 'c' -> k = next == 'e' || next == 'i' || next == 'y' || next == 'h' || next == 'z' ? 'S' : 'K';
                case 'x' -> {
                    append(out, 'K', last);
                    k = 'S';
                }
                // a semivowel before a consonant or at the end (Cyrillic й: "Zelenskij"), a consonant before a vowel
                // (Jaishankar, जयशंकर, शहबाज)
                case 'j' -> k = vowel(next) ? 'S' : 0;
                default -> k = 0;
            }
            if (k != 0) {
                append(out, k, last);
                last = k;
                if (next == 'h' && c != 'c' || c == 'c' && next == 'h') {
                    i++; // kh, gh, th, ph, sh, zh, ch: one sound
                }
            } else if (vowel(c)) {
                last = 0;
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, char k, char last) {
        if (k != last) {
            out.append(k);
        }
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
