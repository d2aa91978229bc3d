package org.warta.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same kinds of news sentence in each coded language: a phone call between ministers (041), an arrest by the
 * police (173), an attack by soldiers (190), and negated attacks. Entities are not given, so actors come from the
 * language's own words and CLDR's country names, as in a photo caption.
 */
class MultilingualEventsTest {
    private static List<String> coded(String language, String sentence) {
        return EventTestSupport.codedSentence(language, sentence);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "en|Russian Foreign Minister Sergei Lavrov spoke by phone with US Secretary of State Marco Rubio on Tuesday.|041 RUSGOV USAGOV ASSERTED",
        "fr|Le ministre russe des Affaires étrangères Sergueï Lavrov s'est entretenu par téléphone avec le secrétaire d'État américain Marco Rubio.|041 RUSGOV USAGOV ASSERTED",
        "de|Der russische Außenminister Sergej Lawrow telefonierte mit dem amerikanischen Außenminister Marco Rubio.|041 RUSGOV USAGOV ASSERTED",
        "es|El canciller ruso Serguéi Lavrov conversó por teléfono con el secretario de Estado estadounidense Marco Rubio.|041 RUSGOV USAGOV ASSERTED",
        "ru|Министр иностранных дел России Сергей Лавров провел телефонный разговор с госсекретарем США Марко Рубио.|041 RUSGOV USAGOV ASSERTED",
        "ar|أجرى وزير الخارجية الروسي سيرغي لافروف اتصالا هاتفيا مع نظيره الأمريكي ماركو روبيو.|041 RUSGOV USAGOV ASSERTED",
        "vi|Ngoại trưởng Nga Sergei Lavrov điện đàm với Ngoại trưởng Mỹ Marco Rubio.|041 RUSGOV USAGOV ASSERTED",
        "ms|Menteri Luar Rusia Sergei Lavrov berbincang melalui telefon dengan Setiausaha Negara AS Marco Rubio.|041 RUSGOV USAGOV ASSERTED",
        "id|Menteri Luar Negeri Rusia Sergei Lavrov berbincang melalui telepon dengan Menteri Luar Negeri AS Marco Rubio.|041 RUSGOV USAGOV ASSERTED",
        "en|Police arrested dozens of protesters in Nairobi.|173 COP OPP ASSERTED",
        "fr|La police a arrêté des dizaines de manifestants à Paris.|173 COP OPP ASSERTED",
        "de|Die Polizei nahm Dutzende Demonstranten fest.|173 COP OPP ASSERTED",
        "es|La policía detuvo a doce estudiantes en Bogotá.|173 COP EDU ASSERTED",
        "ru|Полиция задержала десятки демонстрантов в Москве.|173 COP OPP ASSERTED",
        "ar|اعتقلت الشرطة عشرات المتظاهرين في القاهرة.|173 COP OPP ASSERTED",
        "vi|Cảnh sát bắt giữ hàng chục người biểu tình.|173 COP OPP ASSERTED",
        "ms|Polis menahan puluhan penunjuk perasaan di Kuala Lumpur.|173 COP OPP ASSERTED",
        "id|Polisi menangkap puluhan demonstran di Jakarta.|173 COP OPP ASSERTED",
        "de|Am Mittwoch griffen syrische Rebellen türkische Soldaten an.|190 SYRREB TURMIL ASSERTED",
        "ru|Российские войска атаковали украинских солдат.|190 RUSMIL UKRMIL ASSERTED",
        "ar|هاجمت القوات الإسرائيلية المتظاهرين الفلسطينيين.|190 ISRMIL PSEOPP ASSERTED",
        "ms|Tentera Israel menyerang penduduk Palestin.|190 ISRMIL PSECVL ASSERTED",
        "en|Israeli troops did not attack the village.|190 ISRMIL --- NEGATED",
        "fr|Les soldats israéliens n'ont pas attaqué le village.|190 ISRMIL --- NEGATED",
        "es|Los soldados israelíes no atacaron la aldea.|190 ISRMIL --- NEGATED",
        "id|Tentara Israel tidak menyerang desa itu.|190 ISRMIL --- NEGATED",
        "en|Russia will impose sanctions on Iran next month.|163 RUS IRN FUTURE",
        "en|If Iran attacks Israel, the United States could respond.|190 IRN ISR HYPOTHETICAL",
    })
    void codesTheEvent(String language, String sentence, String expected) {
        EventTestSupport.assertCoded(expected, language, sentence);
    }

    /** Spanish victims, threats, disappearances and protest acts as local news tells them. */
    @ParameterizedTest(name = "es: {1}")
    @CsvSource(delimiter = '|', value = {
        "Hombres armados asesinaron a dos hermanos en una finca del municipio.|190 UAF CVL ASSERTED",
        "Desconocidos secuestraron a un ganadero en la vía que conduce al pueblo.|181 CVL AGR ASSERTED",
        "Sicarios asesinaron a un hombre de varios impactos de bala.|193 UAF CVL ASSERTED",
        "El concejal recibió amenazas de muerte por parte de desconocidos.|130 CVL GOV ASSERTED",
        "Paramilitares amenazaron de muerte al rector de la universidad.|130 UAF EDU ASSERTED",
        "Paramilitares desaparecieron a un comerciante en el barrio.|181 UAF BUS ASSERTED",
        "Un periodista desapareció cuando regresaba a su casa.|181 --- MED ASSERTED",
        "Cuatro menores desaparecieron en el municipio.|181 --- CVL ASSERTED",
        "Los maestros se declararon en huelga el lunes.|143 EDU --- ASSERTED",
        "Dos presos mantienen una huelga de hambre desde el viernes.|142 CVL --- ASSERTED",
        "Los reclusos se amotinaron en la cárcel.|145 CVL --- ASSERTED",
    })
    void codesSpanishVictimsThreatsAndProtests(String sentence, String expected) {
        EventTestSupport.assertCoded(expected, "es", sentence);
    }

    /** A Spanish phrase that holds a trigger word but reports no such act. */
    @ParameterizedTest(name = "es: {0}")
    @CsvSource(delimiter = '|', value = {
        "Un funcionario, que pidió el anonimato, dijo que la reunión terminó tarde.|020",
        "Cientos de estudiantes marcharon en apoyo a los maestros.|051",
        "El juez aplazó el proceso contra el alcalde.|173",
        "Los protestantes celebraron la Navidad en la plaza.|141",
    })
    void skipsSpanishPhrasesThatOnlyContainATrigger(String sentence, String code) {
        List<String> events = coded("es", sentence);
        assertTrue(events.stream().noneMatch(e -> e.startsWith(code + " ")), "no " + code + " expected in " + events);
    }
}
