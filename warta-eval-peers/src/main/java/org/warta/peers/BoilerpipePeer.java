package org.warta.peers;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.util.ArrayList;
import java.util.List;
import org.warta.extract.Extractor;
import org.warta.model.Block;
import org.warta.model.Metadata;
import org.warta.model.RawDocument;

/**
 * Boilerpipe's ArticleExtractor (Kohlschütter et al., shallow text features), as published on Maven Central by
 * com.syncthemall 1.2.2, measured beside Warta's extractor. Its raw output is returned, one block per line.
 */
public final class BoilerpipePeer implements Extractor {
    @Override
    public Extraction extract(RawDocument raw) {
        String text;
        List<String> warnings = new ArrayList<>();
        try {
            text = ArticleExtractor.INSTANCE.getText(raw.content());
        } catch (BoilerpipeProcessingException | RuntimeException | StackOverflowError e) {
            text = "";
            warnings.add("boilerpipe failed: " + e);
        }
        List<Block> blocks = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                blocks.add(Block.paragraph(line.strip()));
            }
        }
        return new Extraction(blocks, List.of(), Metadata.EMPTY, warnings);
    }

    @Override
    public String toString() {
        return "boilerpipe 1.2.2 ArticleExtractor";
    }
}
