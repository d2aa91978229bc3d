package org.warta.extract;

import java.util.List;
import org.warta.model.Block;
import org.warta.model.Caption;
import org.warta.model.Metadata;
import org.warta.model.RawDocument;

/** Turns one kind of raw content (plain text, HTML) into body blocks, captions and metadata. */
public interface Extractor {
    Extraction extract(RawDocument raw);

    /**
     * What an extractor found.
     *
     * @param blocks   body blocks in reading order
     * @param captions captions found in the markup (plain text captions are found later, by cleaning)
     * @param metadata title, date, author and such found in the content
     * @param warnings problems noticed, as messages
     */
    record Extraction(List<Block> blocks, List<Caption> captions, Metadata metadata, List<String> warnings) {
        public Extraction {
            blocks = List.copyOf(blocks);
            captions = List.copyOf(captions);
            warnings = List.copyOf(warnings);
        }
    }
}
