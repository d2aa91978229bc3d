package org.warta.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** A model is read straight into its weight table, feature names hashed from their bytes. */
class NerModelLoadingTest {
    private static final String ID_MODEL = "org/warta/lang/id/ner.model.gz";

    @Test
    void namesHashTheSameFromTheirBytesAsFromStrings() throws IOException {
        for (String s : new String[] {"", "w=presiden", "t1w=B-PERSON|prabowo", "w=tổng_thống", "ψ=Ελλάδα",
                "nul\u0000char", "emoji=\uD83D\uDE00", "w=中国"}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new DataOutputStream(bytes).writeUTF(s);
            byte[] b = bytes.toByteArray();
            assertEquals(FeatureWeights.hash(s), NerModel.hashModifiedUtf8(b, 2, b.length - 2), s);
        }
    }

    @Test
    void theShippedModelWeighsEveryFeatureAsItsFileSays() throws IOException {
        NerModel model = NerModel.resource(ID_MODEL);
        int checked = 0;
        try (InputStream raw = NerModel.class.getClassLoader().getResourceAsStream(ID_MODEL);
             DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(raw)))) {
            in.readInt();
            int tags = in.readInt();
            int count = in.readInt();
            assertEquals(count, model.features());
            for (int i = 0; i < count; i++) {
                String feature = in.readUTF();
                double[] expected = new double[tags];
                for (int k = 0; k < tags; k++) {
                    expected[k] = in.readFloat();
                }
                if (i % 7 == 0) {
                    assertArrayEquals(expected, model.scores(feature), feature);
                    checked++;
                }
            }
        }
        assertTrue(checked > 10_000, "checked " + checked);
        assertArrayEquals(new double[NerModel.TAGS.length], model.scores("w=no-such-feature-anywhere"));
    }

    @Test
    void aTruncatedModelIsAnErrorNotAGuess() throws IOException {
        byte[] whole;
        try (InputStream raw = NerModel.class.getClassLoader().getResourceAsStream(ID_MODEL)) {
            whole = new GZIPInputStream(raw).readAllBytes();
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(Arrays.copyOf(whole, whole.length / 3));
        }
        assertThrows(IOException.class, () -> NerModel.read(new ByteArrayInputStream(gz.toByteArray())));
    }

    @Test
    void aModelReadFromAFileIsNotWrittenAgain() {
        NerModel model = NerModel.resource(ID_MODEL);
        assertThrows(IllegalStateException.class, () -> model.write(new ByteArrayOutputStream()));
    }
}
