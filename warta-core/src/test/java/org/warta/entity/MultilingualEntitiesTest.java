package org.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.kb.KnowledgeBase;
import org.warta.model.Entity;
import org.warta.model.Sentence;

/** In every language Warta reads, one news sentence: a leader with role and country, a ministry, a country. */
class MultilingualEntitiesTest {
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(KnowledgeBase.builtIn());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            id | Menteri Luar Negeri Rusia Sergei Lavrov bertemu Presiden Prabowo Subianto di Jakarta, kata Kementerian Luar Negeri Indonesia. | Sergei Lavrov | foreign minister | RUS | Kementerian Luar Negeri Indonesia | IDN | Rusia | RUS
            ms | Perdana Menteri Anwar Ibrahim berkata Kementerian Luar Negeri Malaysia akan menghantar nota bantahan kepada China. | Anwar Ibrahim | prime minister | MYS | Kementerian Luar Negeri Malaysia | MYS | China | CHN
            vi | Ngoại trưởng Nga Sergei Lavrov đã điện đàm với người đồng cấp Mỹ Marco Rubio, Bộ Ngoại giao Nga cho biết. | Sergei Lavrov | foreign minister | RUS | Bộ Ngoại giao Nga | RUS | Mỹ | USA
            en | Russian Foreign Minister Sergei Lavrov spoke with his US counterpart Marco Rubio, the Foreign Ministry of Russia said. | Sergei Lavrov | foreign minister | RUS | Foreign Ministry of Russia | RUS | US | USA
            fr | Le ministre russe des Affaires étrangères Sergueï Lavrov a rencontré Emmanuel Macron à Paris, selon le ministère russe des Affaires étrangères. | Sergueï Lavrov | foreign minister | RUS | ministère russe des Affaires étrangères | RUS | Paris | FRA
            de | Der russische Außenminister Sergej Lawrow traf Bundeskanzler Friedrich Merz in Berlin, teilte das russische Außenministerium mit. | Sergej Lawrow | foreign minister | RUS | russische Außenministerium | RUS | Berlin | DEU
            es | El ministro de Asuntos Exteriores de Rusia, Serguéi Lavrov, se reunió con el presidente Donald Trump, informó el Ministerio de Asuntos Exteriores de Rusia. | Serguéi Lavrov | foreign minister | RUS | Ministerio de Asuntos Exteriores de Rusia | RUS | Rusia | RUS
            pt | O ministro das Relações Exteriores da Rússia, Serguei Lavrov, conversou com o presidente Lula, segundo o Ministério das Relações Exteriores da Rússia. | Serguei Lavrov | foreign minister | RUS | Ministério das Relações Exteriores da Rússia | RUS | Rússia | RUS
            ru | Министр иностранных дел России Сергей Лавров провёл переговоры с госсекретарём США Марко Рубио, сообщили в МИД России. | Сергей Лавров | foreign minister | RUS | МИД России | RUS | США | USA
            ar | التقى وزير الخارجية الروسي سيرغي لافروف مع الرئيس الأمريكي دونالد ترامب، وقالت وزارة الخارجية الروسية إن اللقاء كان مثمرا في موسكو. | سيرغي لافروف | foreign minister | RUS | وزارة الخارجية الروسية | RUS | موسكو | RUS
            tr | Rusya Dışişleri Bakanı Sergey Lavrov, ABD Başkanı Donald Trump ile görüştü, Rusya Dışişleri Bakanlığı açıkladı. | Sergey Lavrov | foreign minister | RUS | Rusya Dışişleri Bakanlığı | RUS | ABD | USA
            zh | 俄罗斯外长拉夫罗夫与美国总统特朗普通电话，俄罗斯外交部表示会谈富有成果。 | 拉夫罗夫 | foreign minister | RUS | 俄罗斯外交部 | RUS | 美国 | USA
            """)
    void findsLeaderMinistryAndCountry(String lang, String text, String leader, String role, String leaderCountry,
                                       String ministry, String ministryCountry, String place, String placeCountry) {
        List<Entity> entities = RECOGNIZER.recognise(text, List.of(new Sentence(0, text.length(), 0)), lang);
        String seen = entities.stream().map(Entity::toString).collect(Collectors.joining("\n"));

        Entity person = find(entities, leader, seen);
        assertEquals(Entity.Type.PERSON, person.type(), seen);
        assertEquals(role, person.role(), seen);
        assertEquals(leaderCountry, person.country(), seen);
        assertTrue(person.kbId() != null && person.kbId().startsWith("person/"), seen);

        Entity org = find(entities, ministry, seen);
        assertEquals(Entity.Type.ORG, org.type(), seen);
        assertEquals(ministryCountry, org.country(), seen);
        assertTrue(org.canonical().startsWith("Ministry of Foreign Affairs"), org.canonical());

        Entity gpe = find(entities, place, seen);
        assertEquals(Entity.Type.GPE, gpe.type(), seen);
        assertEquals(placeCountry, gpe.country(), seen);

        for (Entity e : entities) {
            assertEquals(e.text(), text.substring(e.start(), e.end()), "offsets of " + e);
        }
    }

    private static Entity find(List<Entity> entities, String surface, String seen) {
        for (Entity e : entities) {
            if (e.text().equals(surface)) {
                return e;
            }
        }
        return fail("no entity '" + surface + "' among:\n" + seen);
    }
}
