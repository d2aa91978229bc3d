package org.warta.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.warta.testing.Fixtures;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

/** The fast decoder gives the JDK's text for well-formed UTF-8 and gives up on everything else. */
class Utf8Test {

    /** The JDK's strict reading, or null where it refuses the bytes. */
    private static String jdk(byte[] bytes, int offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The bundled examples in 14 languages and scripts, and the feeds of the tests, one of them in Latin-1. */
    @Test
    void theProjectsOwnFilesDecodeAsTheJdkDecodesThem() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> examples = Files.list(Fixtures.examples())) {
            examples.sorted().forEach(files::add);
        }
        try (Stream<Path> feeds = Files.list(Path.of(Utf8Test.class.getResource("feeds").toURI()))) {
            feeds.sorted().forEach(files::add);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        int leftToStrict = 0;
        for (Path file : files) {
            leftToStrict += decodesAsTheJdk(Files.readAllBytes(file), file) ? 0 : 1;
        }
        assertTrue(files.size() > 15, "files: " + files.size());
        assertEquals(1, leftToStrict, "only the Latin-1 feed is left to the strict decoder");
    }

    @Test
    @SharedData("extraction/article-extraction-benchmark/html")
    void realPagesDecodeAsTheJdkDecodesThem() throws IOException {
        int pages = 0;
        int leftToStrict = 0;
        try (Stream<Path> files = Files.list(Shared.path("extraction/article-extraction-benchmark/html"))) {
            for (Path page : files.sorted().toList()) {
                byte[] bytes;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                    bytes = in.readAllBytes();
                }
                leftToStrict += decodesAsTheJdk(bytes, page) ? 0 : 1;
                pages++;
            }
        }
        assertTrue(pages > 100);
        assertTrue(leftToStrict < pages / 10, "the fast path decodes most pages: " + leftToStrict + " of " + pages);
    }

    /** Whether the fast decoder read the bytes (as the JDK does), or left them to the strict decoder. */
    private static boolean decodesAsTheJdk(byte[] bytes, Path page) {
        String jdk = new String(bytes, StandardCharsets.UTF_8);
        String fast = Utf8.decodeWellFormed(bytes, 0);
        if (jdk.indexOf('\uFFFD') >= 0) {
            assertNull(fast, "a page holding U+FFFD is left to the strict decoder: " + page);
            return false;
        }
        assertEquals(jdk, fast, page.toString());
        return true;
    }

    @Test
    void everyKindOfCharacterRoundTrips() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                int cp = switch (random.nextInt(5)) {
                    case 0, 1 -> random.nextInt(0x80);
                    case 2 -> 0x80 + random.nextInt(0x800 - 0x80);
                    case 3 -> 0x800 + random.nextInt(0x10000 - 0x800);
                    default -> 0x10000 + random.nextInt(Character.MAX_CODE_POINT + 1 - 0x10000);
                };
                if ((!Character.isSurrogate((char) cp) || cp >= 0x10000) && cp != 0xFFFD) {
                    text.appendCodePoint(cp);
                }
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            assertEquals(text.toString(), Utf8.decodeWellFormed(bytes, 0));
        }
    }

    @Test
    void malformedSequencesAreLeftToTheJdk() {
        List<String> malformed = List.of(
                "c080", "c1bf", // overlong ASCII
                "e08080", "e09fbf", // overlong three-byte forms
                "f0808080", "f08fbfbf", // overlong four-byte forms
                "eda080", "edbfbf", // encoded surrogates
                "f4908080", "f7bfbfbf", // past U+10FFFF
                "80", "bf41", "41c3", "41e282", "41f09f98", // lone continuation, truncated at the end
                "c341", "e28241", "f09f9841", // continuation missing in the middle
                "f8888080", "ff", "fe");
        for (String hex : malformed) {
            byte[] bytes = HexFormat.of().parseHex("6162636465666768" + hex + "6162636465666768");
            assertNull(jdk(bytes, 0), "the JDK refuses " + hex);
            assertNull(Utf8.decodeWellFormed(bytes, 0), hex);
        }
    }

    @Test
    void randomBytesEitherDecodeAsTheJdkDoesOrAreLeftToIt() {
        Random random = new Random(11);
        int decoded = 0;
        for (int round = 0; round < 20000; round++) {
            byte[] bytes = new byte[random.nextInt(24)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextBoolean() ? 0x20 + random.nextInt(0x60) : 0x80 + random.nextInt(0x80));
            }
            int offset = bytes.length == 0 ? 0 : random.nextInt(Math.min(bytes.length, 3) + 1);
            String expected = jdk(bytes, offset);
            String actual = Utf8.decodeWellFormed(bytes, offset);
            if (expected == null || expected.indexOf('\uFFFD') >= 0) {
                assertNull(actual, HexFormat.of().formatHex(bytes)); // a real U+FFFD is left to the strict decoder
            } else {
                assertEquals(expected, actual, HexFormat.of().formatHex(bytes));
                decoded++;
            }
        }
        assertTrue(decoded > 1000, "well-formed samples: " + decoded);
    }
}
