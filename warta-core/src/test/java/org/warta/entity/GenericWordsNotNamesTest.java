package org.warta.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A word that opens organisation names ({@code org-word} in a pack's entity cues) is no organisation on its own, and a
 * currency code in capitals is no organisation in any language; the names they open still are.
 */
class GenericWordsNotNamesTest {
    private static List<String> entities(String text, String language) {
        return ParticlesOutsideNamesTest.entities(text, language);
    }

    @Test
    void aSentenceOpenedByAnOrganisationWordHasNoOrganisation() {
        List<String> found = entities("Công việc và cuộc sống của bạn đều được thuận lợi trong năm nay.", "vi");
        assertFalse(found.contains("Công|ORG"), found.toString());
    }

    @Test
    void theNameTheWordOpensIsStillAnOrganisation() {
        List<String> found = entities("Thứ trưởng Bộ Công Thương yêu cầu các tập đoàn báo cáo kết quả.", "vi");
        assertTrue(found.contains("Bộ Công Thương|ORG"), found.toString());
    }

    @Test
    void anOrganisationWordAloneInIndonesianIsNoOrganisation() {
        List<String> found = entities("Para mahasiswa datang dari Universitas dan sekolah di seluruh kota itu.", "id");
        assertFalse(found.contains("Universitas|ORG"), found.toString());
    }

    @Test
    void aCurrencyCodeIsNoOrganisation() {
        List<String> found = entities("Chiếc xe có giá khoảng 200.000 USD tại thị trường Mỹ.", "vi");
        assertFalse(found.stream().anyMatch(e -> e.startsWith("USD|")), found.toString());
        List<String> en = entities("The deal is worth 40 billion EUR according to officials.", "en");
        assertFalse(en.stream().anyMatch(e -> e.startsWith("EUR|")), en.toString());
    }
}
