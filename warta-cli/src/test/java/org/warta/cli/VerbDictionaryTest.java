package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conversion of a PETRARCH-style verb dictionary, on a small dictionary written in that format. */
class VerbDictionaryTest {
    private static final String DICTIONARY = """
            ####### SYNONYM SETS #######
            &AID_WORD
            +AID
            +RELIEF
            +CASH_
            +FOOD_AID

            ####### VERB PATTERNS #######

            ---  HURRY   [---]  ---
            HURRY {HURRIES HURRYING HURRIED }
            SEND  [070]  # a comment
            - * &AID_WORD                                 [073]         # SEND
            - * {ARMS SHIPMENT}                           [072]         # SEND
            - * (TO BORDER)                               [154]         # HURRY
            - * RELATIONS                                 [050:050]     # HURRY
            - + * BY $                                    [:173]        # HURRY
            - * NOTHING                                   [---]         # HURRY
            - &MILITARY * AID                             [154]         # HURRY

            ---  ASK   [020]  ---
            +ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR}
            PLEAD
            ####### TRANSFORMATIONS ##########
            """;

    private static VerbDictionary.Result convert(String text, VerbDictionary.Format format) throws IOException {
        return VerbDictionary.convert(new BufferedReader(new StringReader(text)), format, "test.txt");
    }

    private static List<String> body(VerbDictionary.Result r) {
        return r.lines().stream().filter(l -> !l.startsWith("#")).toList();
    }

    @Test
    void blocksBecomeVerbSetsAndPatternsInWordOrder() throws IOException {
        VerbDictionary.Result r = convert(DICTIONARY, VerbDictionary.Format.PETRARCH2);
        assertEquals(List.of(
                "070\tsend|sends|sended|sending\ttarget",
                "&V_HURRY\thurry|hurries|hurrying|hurried|send|sends|sended|sending",
                "&S_AID_WORD\taid|aids|relief|reliefs|cash",
                "073\t&V_HURRY … &S_AID_WORD\ttarget",
                "072\t&V_HURRY … arms shipment\ttarget",
                "154\t&V_HURRY … to … border\ttarget",
                "050\t&V_HURRY … relations\tmutual,target",
                "173\t&V_HURRY … by\treverse,target",
                "020\task for;asked for;asking for;asks for\ttarget",
                "020\tplead|pleads|pleaded|pleading\ttarget"), body(r));
        assertEquals(8, r.patterns());
        assertTrue(r.dropped().stream().anyMatch(d -> d.contains("&MILITARY * AID")), r.dropped().toString());
    }

    @Test
    void theSameDictionaryGivesTheSameFile() throws IOException {
        assertEquals(convert(DICTIONARY, VerbDictionary.Format.PETRARCH2).lines(),
                convert(DICTIONARY, VerbDictionary.Format.PETRARCH2).lines());
    }

    @Test
    void spanishInfinitivesAreConjugated() throws IOException {
        String spanish = """
                ####### VERB PATTERNS #######
                --- BREAK   [---]  ---
                ROMPER
                - * RELACIONES DIPLOMATICAS        [161]        # BREAK
                """;
        List<String> lines = body(convert(spanish, VerbDictionary.Format.UNIVERSAL_PETRARCH));
        assertEquals("161\t&V_BREAK … relaciones … diplomaticas\ttarget", lines.get(1));
        List<String> forms = List.of(lines.get(0).split("\t")[1].split("\\|"));
        assertTrue(forms.containsAll(List.of("romper", "rompió", "rompieron", "rompe", "rompen", "rompiendo")), forms.toString());
    }

    @Test
    void regularFormsFollowTheSpelling() {
        assertEquals(List.of("base", "bases", "based", "basing"), Inflection.english("base"));
        assertEquals(List.of("deny", "denies", "denied", "denying"), Inflection.english("deny"));
        assertEquals(List.of("push", "pushes", "pushed", "pushing"), Inflection.english("push"));
        assertTrue(Inflection.spanish("atacar").containsAll(List.of("atacó", "atacaron", "ataque", "atacando")));
        assertTrue(Inflection.spanish("leer").containsAll(List.of("leyó", "leyeron", "leyendo")));
        assertTrue(Inflection.spanish("reunirse").containsAll(List.of("reunió", "reunieron", "reunirse")));
        assertEquals(List.of("ataque"), Inflection.spanish("ataque"));
        assertEquals("acciones", Inflection.plural("acción", false));
        assertEquals("policies", Inflection.plural("policy", true));
    }
}
