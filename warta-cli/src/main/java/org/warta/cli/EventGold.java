package org.warta.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UniversalPetrarch validation file: {@code <Sentence>} records with {@code <EventCoding>} gold events and the
 * sentence {@code <Text>}. The files are read the way UniversalPetrarch's validation.py reads them, line-minded
 * rather than as XML (the English file has comment lines between elements). Parse trees are never read: the
 * pipeline runs on the text.
 */
record EventGold(String id, String date, boolean evaluate, boolean noEvents, List<Coding> codings, String text) {
    /** One gold event: a CAMEO code as the file writes it ("190_use_conventional_military_force", "14",
     * "18/19/20", "081-083") and Phoenix actor codes ("USAGOV", "---REB", "IGOUNOMIL", "---"). */
    record Coding(String eventCode, String source, String target) {
    }

    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\s([^>]*?)/?>(.*?)</Sentence>", Pattern.DOTALL);
    private static final Pattern CODING = Pattern.compile("<EventCoding\\s([^>]*?)/?>");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    /** The Spanish fight file starts each text with "date TAB story-id | ": record metadata, not news text. */
    private static final Pattern RECORD_PREFIX = Pattern.compile("^\\d{8}\\s+\\S+\\s*\\|\\s*");

    static List<EventGold> read(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        List<EventGold> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(xml);
        while (m.find()) {
            Map<String, String> attrs = attributes(m.group(1));
            String body = m.group(2);
            List<Coding> codings = new ArrayList<>();
            boolean noEvents = false;
            Matcher c = CODING.matcher(body);
            while (c.find()) {
                Map<String, String> a = attributes(c.group(1));
                if ("True".equalsIgnoreCase(a.get("noevents"))) {
                    noEvents = true;
                } else {
                    codings.add(new Coding(a.getOrDefault("eventcode", ""), actor(a.get("sourcecode")),
                            actor(a.get("targetcode"))));
                }
            }
            Matcher t = TEXT.matcher(body);
            String text = t.find() ? clean(t.group(1)) : "";
            out.add(new EventGold(attrs.getOrDefault("id", "?"), attrs.get("date"),
                    !"false".equalsIgnoreCase(attrs.get("evaluate")), noEvents && codings.isEmpty(), codings, text));
        }
        return out;
    }

    /** Records validation.py scores: marked for evaluation and carrying an EventCoding (events or "noevents"). */
    boolean scored() {
        return evaluate && (noEvents || !codings.isEmpty());
    }

    /** The publication date in ISO form, from the record's yyyymmdd date. */
    String isoDate() {
        if (date == null || !date.matches("\\d{8}")) {
            return null;
        }
        return date.substring(0, 4) + "-" + date.substring(4, 6) + "-" + date.substring(6, 8);
    }

    private static String actor(String code) {
        // validation.py reads "~" (an agent with no actor) as "---"
        return code == null || code.isBlank() ? "---" : code.strip().replace("~", "---");
    }

    private static String clean(String raw) {
        String joined = String.join(" ", raw.strip().split("\\s*\\n\\s*"));
        String text = joined.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
        return RECORD_PREFIX.matcher(text).replaceFirst("").strip();
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(s);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }
}
