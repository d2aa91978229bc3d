package org.warta.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.model.Article;
import org.warta.model.Caption;

/**
 * Credit keywords that share a beginning ("Foto" and "Fotoğraf", "Photo" and "Photos", "图" and "图片", "Dok" and
 * "Dokumentasi") keep the whole keyword out of the credit, and the copyright line still goes.
 */
class CaptionCreditTest {
    private static final String BODY = "Kedua menteri sepakat untuk menjaga kontak rutin, termasuk persiapan pertemuan puncak.";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Hakan Fidan, İstanbul'da. (Fotoğraf: AA)                       | Hakan Fidan, İstanbul'da.              | AA
            Hakan Fidan İstanbul'da konuştu. Fotoğraf: AA                  | Hakan Fidan İstanbul'da konuştu.       | AA
            Leaders at the summit in Kananaskis. (Photos: Reuters)         | Leaders at the summit in Kananaskis.   | Reuters
            Leaders at the summit in Kananaskis. (Photo credit: AP)        | Leaders at the summit in Kananaskis.   | AP
            Presiden Prabowo di Istana Merdeka. (Dokumentasi: Setpres)     | Presiden Prabowo di Istana Merdeka.    | Setpres
            Presiden Prabowo di Istana Merdeka. (Dok. Setpres)             | Presiden Prabowo di Istana Merdeka.    | Setpres
            何立峰在日内瓦出席会谈。（图片：新华社）                           | 何立峰在日内瓦出席会谈。                 | 新华社
            """)
    void creditWithoutTheKeyword(String line, String caption, String credit) {
        Article a = Cleaning.clean(Cleaning.article(line, BODY));
        assertEquals(List.of(new Caption(caption, credit)), a.captions());
        assertEquals(List.of(BODY), Cleaning.kept(a));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Photos: AFP             | AFP
            Fotoğraf: AA            | AA
            图片来源：新华社          | 新华社
            """)
    void creditOnALineOfItsOwn(String line, String credit) {
        Article a = Cleaning.clean(Cleaning.article(BODY, line));
        assertEquals(List.of(new Caption(null, credit)), a.captions());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            © 2025 Reuters. All rights reserved.
            Copyright 2025 Agence France-Presse
            Copyright © Kompas.com
            (c) Antara 2025
            """)
    void copyrightLines(String line) {
        Article a = Cleaning.clean(Cleaning.article(BODY, line));
        assertEquals(List.of(BODY), Cleaning.kept(a));
        assertEquals("copyright", Cleaning.removal(a, line).orElseThrow().reason());
    }
}
