package org.warta.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The regular forms of a verb from its dictionary form, for the verb dictionaries that list only that form: English
 * -s, -ed and -ing (as PETRARCH2 makes them), Spanish the third-person forms news is written in, the participle and
 * the gerund of an -ar, -er or -ir infinitive. Irregular forms are the dictionary's to list.
 */
final class Inflection {
    private static final String VOWELS = "aeiou";

    private Inflection() {
    }

    /** "hurry" → hurry, hurries, hurried, hurrying; "base" → bases, based, basing. */
    static List<String> english(String verb) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(verb);
        forms.add(plural(verb, true));
        int n = verb.length();
        boolean consonantY = n > 1 && verb.endsWith("y") && VOWELS.indexOf(verb.charAt(n - 2)) < 0;
        if (verb.endsWith("e")) {
            forms.add(verb + "d");
            forms.add(verb.endsWith("ee") || verb.endsWith("ye") ? verb + "ing" : verb.substring(0, n - 1) + "ing");
        } else if (consonantY) {
            forms.add(verb.substring(0, n - 1) + "ied");
            forms.add(verb + "ing");
        } else {
            forms.add(verb + "ed");
            forms.add(verb + "ing");
        }
        return List.copyOf(forms);
    }

    /** An English or Spanish noun's regular plural: "crisis" stays, "policy" → policies, "ley" → leyes. */
    static String plural(String noun, boolean english) {
        int n = noun.length();
        if (english) {
            if (noun.endsWith("ss") || noun.endsWith("x") || noun.endsWith("z") || noun.endsWith("ch")
                    || noun.endsWith("sh")) {
                return noun + "es";
            }
            if (noun.endsWith("s")) {
                return noun; // "crisis", "talks": already plural or the same
            }
            if (n > 1 && noun.endsWith("y") && VOWELS.indexOf(noun.charAt(n - 2)) < 0) {
                return noun.substring(0, n - 1) + "ies";
            }
            return noun + "s";
        }
        char last = noun.charAt(n - 1);
        if ("aeiouáéó".indexOf(last) >= 0) {
            return noun + "s";
        }
        if (last == 's' || last == 'x') {
            return noun;
        }
        if (last == 'z') {
            return noun.substring(0, n - 1) + "ces";
        }
        return unaccent(noun) + "es";
    }

    /** "acción" → "accion" before a plural ending moves the stress ("acciones"). */
    private static String unaccent(String s) {
        return s.replace('á', 'a').replace('é', 'e').replace('í', 'i').replace('ó', 'o').replace('ú', 'u');
    }

    /**
     * "atacar" → ataca, atacan, atacó, atacaron, atacaba, atacaban, atacará, atacarán, atacaría, atacarían,
     * ataque, ataquen, atacado (-a, -os, -as), atacando; "-se" verbs the same. A word that is no infinitive is
     * itself.
     */
    static List<String> spanish(String verb) {
        String v = verb.endsWith("se") && verb.length() > 4 ? verb.substring(0, verb.length() - 2) : verb;
        if (v.length() < 3 || !(v.endsWith("ar") || v.endsWith("er") || v.endsWith("ir") || v.endsWith("ír"))) {
            return List.of(verb);
        }
        String stem = v.substring(0, v.length() - 2);
        char kind = v.charAt(v.length() - 2);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(verb);
        forms.add(v);
        if (kind == 'a') {
            String soft = softStem(stem);
            add(forms, stem, "a", "an", "ó", "aron", "aba", "aban", "ará", "arán", "aría", "arían", "ado", "ada",
                    "ados", "adas", "ando", "amos");
            add(forms, soft, "e", "en");
        } else {
            boolean vowelStem = vowelStem(stem);
            String future = kind == 'e' ? "e" : "i";
            add(forms, stem, "e", "en", "ía", "ían", "ido", "ida", "idos", "idas", "a", "an",
                    future + "rá", future + "rán", future + "ría", future + "rían");
            add(forms, stem, vowelStem ? new String[] {"yó", "yeron", "yendo"} : new String[] {"ió", "ieron", "iendo"});
        }
        return List.copyOf(forms);
    }

    /** "le-er", "constru-ir": a stem ending in a vowel takes -yó; the "u" of "segu-ir" only spells the "g". */
    private static boolean vowelStem(String stem) {
        int n = stem.length();
        if (n < 2) {
            return false;
        }
        char last = stem.charAt(n - 1);
        return "aeo".indexOf(last) >= 0 || last == 'u' && "gq".indexOf(stem.charAt(n - 2)) < 0;
    }

    /** The stem before -e: "buscar" → busqu(e), "pagar" → pagu(e), "lanzar" → lanc(e). */
    private static String softStem(String stem) {
        if (stem.endsWith("c")) {
            return stem.substring(0, stem.length() - 1) + "qu";
        }
        if (stem.endsWith("g")) {
            return stem + "u";
        }
        if (stem.endsWith("z")) {
            return stem.substring(0, stem.length() - 1) + "c";
        }
        return stem;
    }

    private static void add(Set<String> forms, String stem, String... endings) {
        List<String> list = new ArrayList<>();
        for (String e : endings) {
            list.add(stem + e);
        }
        forms.addAll(list);
    }
}
