package org.warta.language;

import com.github.pemistahl.lingua.api.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;
import org.warta.pipeline.Deadline;
import org.warta.pipeline.Snapshots;

/**
 * Lingua's n-gram models: relative frequencies of 1- to 5-grams for each of its 75 languages, shipped in the Lingua
 * jar as {@code /language-models/<code>/<order>s.json}.
 *
 * <p>Uni-, bi- and trigrams (1.1 million entries for all languages together) are read once into a
 * {@link LowOrderIndex}. Four- and five-grams (18.6 million entries) are read per language when first needed, into
 * {@link NgramTable}s held within a byte budget: beyond it, the least recently used language's tables are dropped
 * and read again if needed later. Thread-safe.
 */
final class LinguaModels {
    static final int MAX_ORDER = 5;
    private static final String[] ORDER_NAMES = {"", "unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"};

    private final String[] codes;
    private final String[] names;
    private final Map<String, Integer> indexOfCode = new HashMap<>();
    private final LowOrderIndex low;
    private final AtomicReferenceArray<Map<Character, Float>> letters;
    private final NgramTable[][] high;
    private final Object[] locks;
    private final long highOrderBudgetBytes;
    /** Languages whose four- and five-gram tables are loaded, least recently used first; guarded by itself. */
    private final LinkedHashMap<Integer, Long> highOrderLoaded = new LinkedHashMap<>(16, 0.75f, true);
    private long highOrderBytes;

    LinguaModels(long highOrderBudgetBytes) {
        List<String> all = new ArrayList<>();
        List<String> allNames = new ArrayList<>();
        for (Language l : Language.values()) {
            if (l != Language.UNKNOWN) {
                all.add(l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT));
                allNames.add(l.name().charAt(0) + l.name().substring(1).toLowerCase(Locale.ROOT));
            }
        }
        this.codes = all.toArray(new String[0]);
        this.names = allNames.toArray(new String[0]);
        for (int i = 0; i < codes.length; i++) {
            indexOfCode.put(codes[i], i);
        }
        this.high = new NgramTable[codes.length][MAX_ORDER + 1];
        this.locks = new Object[codes.length];
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
        this.highOrderBudgetBytes = highOrderBudgetBytes;
        this.letters = new AtomicReferenceArray<>(codes.length);
        this.low = lowOrders();
    }

    int size() {
        return codes.length;
    }

    String code(int language) {
        return codes[language];
    }

    /** English name, as Lingua's enum spells it ("Bokmal"). */
    String name(int language) {
        return names[language];
    }

    /** The index of a language by its ISO 639-1 code, or -1. */
    int indexOf(String code) {
        Integer i = code == null ? null : indexOfCode.get(code.toLowerCase(Locale.ROOT));
        return i == null ? -1 : i;
    }

    LowOrderIndex low() {
        return low;
    }

    /** A language's four- or five-gram table, read when needed. Never null. */
    NgramTable high(int language, int order) {
        NgramTable t = high[language][order];
        if (t != null) {
            synchronized (highOrderLoaded) {
                highOrderLoaded.get(language);
            }
            return t;
        }
        return Deadline.unclocked(() -> load(language, order));
    }

    private NgramTable load(int language, int order) {
        synchronized (locks[language]) {
            NgramTable t = high[language][order];
            if (t == null) {
                Parsed parsed = parse(read(language, order));
                t = NgramTable.of(parsed.keys(), parsed.logFrequencies(), parsed.size());
                keepWithinBudget(language, order, t);
            }
            return t;
        }
    }

    /** Heap held by the four- and five-gram tables now loaded. */
    long highOrderBytes() {
        synchronized (highOrderLoaded) {
            return highOrderBytes;
        }
    }

    /** The letters of a language's unigram model with their log relative frequencies. */
    Map<Character, Float> letterFrequencies(int language) {
        Map<Character, Float> map = letters.get(language);
        return map == null ? Map.of() : map;
    }

    private static final Pattern ENTRY = Pattern.compile("\"(\\d+)/(\\d+)\":\"([^\"]*)\"");

    /** The letters of a unigram model file with their log relative frequencies (a small file: a regex will do). */
    private static Map<Character, Float> letterFrequencies(String unigramJson) {
        Map<Character, Float> found = new HashMap<>();
        Matcher m = ENTRY.matcher(unigramJson);
        while (m.find()) {
            float logFrequency = (float) Math.log((float) Integer.parseInt(m.group(1)) / Integer.parseInt(m.group(2)));
            for (String letter : m.group(3).split(" ")) {
                if (letter.length() == 1) {
                    found.put(letter.charAt(0), logFrequency);
                }
            }
        }
        return Map.copyOf(found);
    }

    /** Version of the snapshot of the low-order models; changes with its layout. */
    private static final int SNAPSHOT_VERSION = 1;

    /**
     * The low-order models of all languages, and the letters of each, from their snapshot when there is one: the
     * index read as arrays instead of 15 MB of JSON parsed and regrouped.
     */
    private LowOrderIndex lowOrders() {
        List<String> files = new ArrayList<>();
        for (int language = 0; language < codes.length; language++) {
            for (int order = 1; order <= LowOrderIndex.MAX_ORDER; order++) {
                files.add(resource(language, order));
            }
        }
        long key = Snapshots.key(SNAPSHOT_VERSION, Language.class, files,
                List.of(LinguaModels.class, LowOrderIndex.class, LowOrderIndex.Builder.class, NgramKeys.class));
        LowOrders found = Snapshots.cached("lingua-low-orders", key, this::readLowOrders, this::readSnapshot,
                LowOrders::write);
        for (int language = 0; language < codes.length; language++) {
            letters.set(language, found.letters().get(language));
        }
        return found.index();
    }

    /** The low-order index with each language's letters and their log frequencies. */
    record LowOrders(LowOrderIndex index, List<Map<Character, Float>> letters) {
        void write(Snapshots.Writer w) {
            index.write(w);
            w.putInt(letters.size());
            for (Map<Character, Float> map : letters) {
                char[] chars = new char[map.size()];
                float[] values = new float[map.size()];
                int i = 0;
                for (Map.Entry<Character, Float> e : map.entrySet()) {
                    chars[i] = e.getKey();
                    values[i++] = e.getValue();
                }
                w.putChars(chars, chars.length).putFloats(values, values.length);
            }
        }
    }

    LowOrders readSnapshot(Snapshots.Reader r) {
        LowOrderIndex index = LowOrderIndex.read(r);
        int languages = r.getInt();
        if (languages != codes.length) {
            throw new IllegalStateException("snapshot for " + languages + " languages");
        }
        List<Map<Character, Float>> all = new ArrayList<>(languages);
        for (int language = 0; language < languages; language++) {
            char[] chars = r.chars();
            float[] values = r.floats();
            if (chars.length != values.length) {
                throw new IllegalStateException("letters and frequencies differ in number");
            }
            Map<Character, Float> map = new HashMap<>();
            for (int i = 0; i < chars.length; i++) {
                map.put(chars[i], values[i]);
            }
            all.add(Map.copyOf(map));
        }
        return new LowOrders(index, all);
    }

    /** Reads the low-order models of all languages, in parallel: this is most of the identifier's start-up time. */
    LowOrders readLowOrders() {
        LowOrderIndex index = parseLowOrders();
        List<Map<Character, Float>> all = new ArrayList<>(codes.length);
        for (int language = 0; language < codes.length; language++) {
            all.add(letterFrequencies(language));
        }
        return new LowOrders(index, all);
    }

    private LowOrderIndex parseLowOrders() {
        LowOrderIndex.Builder builder = new LowOrderIndex.Builder();
        IntStream.range(0, codes.length).parallel().forEach(language -> {
            for (int order = 1; order <= LowOrderIndex.MAX_ORDER; order++) {
                byte[] json = read(language, order);
                if (json != null) {
                    Parsed parsed = parse(json);
                    builder.add(language, parsed.keys(), parsed.logFrequencies(), parsed.size());
                    if (order == 1) {
                        letters.set(language, letterFrequencies(new String(json, StandardCharsets.UTF_8)));
                    }
                }
            }
        });
        return builder.build();
    }

    /** Publishes a new table and drops the least recently used languages' tables beyond the budget. */
    private void keepWithinBudget(int language, int order, NgramTable table) {
        synchronized (highOrderLoaded) {
            high[language][order] = table;
            highOrderLoaded.merge(language, table.bytes(), Long::sum);
            highOrderBytes += table.bytes();
            Iterator<Map.Entry<Integer, Long>> entries = highOrderLoaded.entrySet().iterator();
            while (highOrderBytes > highOrderBudgetBytes && entries.hasNext()) {
                Map.Entry<Integer, Long> e = entries.next();
                if (e.getKey() != language) {
                    // Readers already holding a dropped table finish with it; the next look-up reads it again.
                    high[e.getKey()][4] = null;
                    high[e.getKey()][5] = null;
                    highOrderBytes -= e.getValue();
                    entries.remove();
                }
            }
        }
    }

    /** The model file's bytes (UTF-8 JSON), or null when Lingua has no model of that order for the language. */
    private byte[] read(int language, int order) {
        String resource = resource(language, order);
        try (InputStream in = Language.class.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lingua model " + resource, e);
        }
    }

    private String resource(int language, int order) {
        return "/language-models/" + codes[language] + "/" + ORDER_NAMES[order] + ".json";
    }

    record Parsed(long[] keys, float[] logFrequencies, int size) {
    }

    /**
     * Reads one model file: {@code {"language":"X","ngrams":{"3/1000":"abc abd","1/1000":"xyz",...}}}, each key a
     * relative frequency written as a fraction and each value the n-grams that have it, separated by spaces. Works
     * on the UTF-8 bytes directly (decoding 15 MB into strings first would be a third of the start-up time).
     */
    static Parsed parse(byte[] json) {
        if (json == null) {
            return new Parsed(new long[0], new float[0], 0);
        }
        long[] keys = new long[Math.max(16, json.length / 5)];
        float[] values = new float[keys.length];
        int n = 0;
        int at = indexOf(json, (byte) '{', indexOf(json, NGRAMS, 0)) + 1;
        while (true) {
            int keyStart = nextKey(json, at);
            if (keyStart < 0) {
                break;
            }
            int slash = indexOf(json, (byte) '/', keyStart);
            int keyEnd = indexOf(json, (byte) '"', keyStart + 1);
            float logFrequency = logFrequency(json, keyStart + 1, slash, keyEnd);
            int valueStart = indexOf(json, (byte) '"', keyEnd + 1) + 1;
            int valueEnd = indexOf(json, (byte) '"', valueStart);
            long state = 0L;
            int length = 0;
            for (int i = valueStart; i <= valueEnd; i++) {
                int b = json[i] & 0xFF;
                if (b != ' ' && i != valueEnd) {
                    int c;
                    if (b < 0x80) {
                        c = b;
                    } else if (b < 0xE0) {
                        c = ((b & 0x1F) << 6) | (json[++i] & 0x3F);
                    } else if (b < 0xF0) {
                        c = ((b & 0x0F) << 12) | ((json[i + 1] & 0x3F) << 6) | (json[i + 2] & 0x3F);
                        i += 2;
                    } else {
                        int cp = ((b & 0x07) << 18) | ((json[i + 1] & 0x3F) << 12) | ((json[i + 2] & 0x3F) << 6)
                                | (json[i + 3] & 0x3F);
                        i += 3;
                        state = NgramKeys.extend(state, Character.highSurrogate(cp));
                        length++;
                        c = Character.lowSurrogate(cp);
                    }
                    state = NgramKeys.extend(state, (char) c);
                    length++;
                } else if (length > 0) {
                    if (n == keys.length) {
                        keys = Arrays.copyOf(keys, n * 2);
                        values = Arrays.copyOf(values, n * 2);
                    }
                    keys[n] = NgramKeys.key(state, length);
                    values[n++] = logFrequency;
                    state = 0L;
                    length = 0;
                }
            }
            at = valueEnd + 1;
        }
        return new Parsed(keys, values, n);
    }

    private static final byte[] NGRAMS = "\"ngrams\"".getBytes(StandardCharsets.US_ASCII);

    /** Where the next entry's key starts (its opening quote), or -1 at the end of the n-gram object. */
    private static int nextKey(byte[] json, int from) {
        for (int i = from; i < json.length; i++) {
            if (json[i] == '"') {
                return i;
            }
            if (json[i] == '}') {
                return -1;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] data, byte b, int from) {
        for (int i = Math.max(0, from); i < data.length; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] data, byte[] what, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A fraction "numerator/denominator" as Lingua reads it (a float quotient), then its natural log. */
    private static float logFrequency(byte[] json, int start, int slash, int end) {
        float frequency = (float) digits(json, start, slash) / digits(json, slash + 1, end);
        return (float) Math.log(frequency);
    }

    private static int digits(byte[] s, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + (s[i] - '0');
        }
        return value;
    }
}
