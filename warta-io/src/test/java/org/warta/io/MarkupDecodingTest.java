package org.warta.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkupDecodingTest {
    @Test
    void latinOneLabelsMeanWindows1252AsInBrowsers() {
        assertEquals("windows-1252", TextDecoder.charset("ISO-8859-1").name());
        assertEquals("windows-1252", TextDecoder.charset("\"latin1\"").name());
        assertEquals(StandardCharsets.UTF_8, TextDecoder.charset("utf8"));
        assertNull(TextDecoder.charset("no-such-charset"));
    }

    @Test
    void declarationsInMetaTagsAndXmlAreFound() {
        assertEquals("Shift_JIS", TextDecoder.declaredInDocument("<meta charset=\"shift_jis\">".getBytes(StandardCharsets.US_ASCII)).name());
        assertEquals("GBK", TextDecoder.declaredInDocument(
                "<meta http-equiv=Content-Type content='text/html; charset=gbk'>".getBytes(StandardCharsets.US_ASCII)).name());
        assertEquals("ISO-8859-15", TextDecoder.declaredInDocument(
                "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><rss/>".getBytes(StandardCharsets.US_ASCII)).name());
        assertNull(TextDecoder.declaredInDocument("<p>no declaration</p>".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void orderIsMarkThenTransportThenDocumentThenBytes() throws Exception {
        byte[] cp1251 = "<meta charset=windows-1251><p>Привет</p>".getBytes(Charset.forName("windows-1251"));
        assertEquals("<meta charset=windows-1251><p>Привет</p>", TextDecoder.decodeMarkup(cp1251, null).text());
        byte[] koi8 = "<meta charset=windows-1251><p>Привет</p>".getBytes(Charset.forName("KOI8-R"));
        assertEquals("<meta charset=windows-1251><p>Привет</p>", TextDecoder.decodeMarkup(koi8, "koi8-r").text(),
                "the transport's charset wins over the page's");
        byte[] utf8 = "<meta charset=iso-8859-1><p>Ação é já</p>".getBytes(StandardCharsets.UTF_8);
        TextDecoder.Decoded mislabelled = TextDecoder.decodeMarkup(utf8, null);
        assertEquals("<meta charset=iso-8859-1><p>Ação é já</p>", mislabelled.text());
        assertNotNull(mislabelled.note(), "overruling a declaration is reported");
    }
}
