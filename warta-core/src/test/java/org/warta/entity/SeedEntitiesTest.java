package org.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.model.Article;
import org.warta.model.Entity;
import org.warta.model.RawDocument;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

/**
 * The seed article through the whole pipeline: every person, role, organisation and place listed in
 * lavrov-rubio-id.expected.json, with the right country, at offsets that point at the right text.
 */
@SharedData({"seed/lavrov-rubio-id.txt", "seed/lavrov-rubio-id.expected.json"})
class SeedEntitiesTest {
    private static Article article;
    private static String expected;

    @BeforeAll
    static void process() throws IOException {
        Path seed = Shared.path("seed");
        String text = Files.readString(seed.resolve("lavrov-rubio-id.txt"), StandardCharsets.UTF_8);
        expected = Files.readString(seed.resolve("lavrov-rubio-id.expected.json"), StandardCharsets.UTF_8);
        article = Warta.pipeline(WartaOptions.defaults()).process(RawDocument.ofText(text));
    }

    private static String seen() {
        return article.entities().stream().map(Entity::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void offsetsPointAtTheMention() {
        assertFalse(article.entities().isEmpty());
        for (Entity e : article.entities()) {
            assertEquals(e.text(), article.text().substring(e.start(), e.end()), e.toString());
        }
    }

    @Test
    void everyExpectedPersonWithRoleAndCountry() {
        Matcher m = Pattern.compile("\"name\": \"([^\"]+)\",\\s*\"role\": \\[([^\\]]*)\\],\\s*\"country\": \"([A-Z]{3})\"")
                .matcher(expected);
        int checked = 0;
        while (m.find()) {
            String name = m.group(1);
            List<String> roles = Pattern.compile("\"([^\"]+)\"").matcher(m.group(2)).results()
                    .map(r -> r.group(1)).toList();
            List<Entity> mentions = article.entities().stream()
                    .filter(e -> e.type() == Entity.Type.PERSON && name.equals(e.canonical())).toList();
            assertFalse(mentions.isEmpty(), "no mention of " + name + " in\n" + seen());
            for (Entity e : mentions) {
                assertEquals(m.group(3), e.country(), e.toString());
                if (!roles.isEmpty()) {
                    assertTrue(roles.contains(e.role()), e + " should have a role among " + roles);
                }
            }
            checked++;
        }
        assertEquals(5, checked, "persons read from the expectations");
    }

    @Test
    void shortMentionsLinkToTheFullName() {
        Entity putin = find("Putin", Entity.Type.PERSON);
        assertEquals("Vladimir Putin", putin.canonical());
        assertEquals("president", putin.role());
        Entity trump = find("Trump", Entity.Type.PERSON);
        assertEquals("Donald Trump", trump.canonical());
        assertEquals("USA", trump.country());
    }

    @Test
    void organisationsWithCountry() {
        Entity mfa = find("Kementerian Luar Negeri Rusia", Entity.Type.ORG);
        assertEquals("Ministry of Foreign Affairs of Russia", mfa.canonical());
        assertEquals("RUS", mfa.country());
        assertEquals("RUS", find("Kremlin", Entity.Type.ORG).country());
        assertEquals("USA", find("Truth Social", Entity.Type.ORG).country());
    }

    @Test
    void countriesByEveryNameAndMetonym() {
        String[][] surfaces = {
                {"Rusia", "RUS"}, {"Moskow", "RUS"}, {"AS", "USA"}, {"Amerika Serikat", "USA"},
                {"Washington", "USA"}, {"Negeri Bintang dan Garis", "USA"}, {"Ukraina", "UKR"}, {"Palestina", "PSE"}};
        for (String[] s : surfaces) {
            Entity e = find(s[0], null);
            assertEquals(s[1], e.country(), e.toString());
            assertTrue(e.type() == Entity.Type.GPE, e.toString());
        }
        assertEquals("United States", find("Negeri Bintang dan Garis", null).canonical());
        Entity region = find("Timur Tengah", Entity.Type.LOC);
        assertEquals("Middle East", region.canonical());
    }

    private static Entity find(String surface, Entity.Type type) {
        return article.entities().stream()
                .filter(e -> e.text().equals(surface) && (type == null || e.type() == type))
                .findFirst().orElseThrow(() -> new AssertionError("no " + surface + " in\n" + seen()));
    }
}
