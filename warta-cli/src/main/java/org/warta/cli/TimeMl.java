package org.warta.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.warta.time.ReferenceDates;

/**
 * A TimeML document as TempEval-3 distributes it: the document creation time (DCT), the plain text of its
 * {@code <TEXT>} element, and the gold {@code <TIMEX3>} annotations as character spans into that text.
 */
record TimeMl(String name, LocalDate dct, String text, List<Timex> timexes) {
    /** One gold time expression. */
    record Timex(int start, int end, String text, String type, String value) {
    }

    static TimeMl read(Path file) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        StringBuilder text = new StringBuilder();
        List<Timex> timexes = new ArrayList<>();
        LocalDate dct = null;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            boolean inText = false;
            int openStart = -1;
            String openType = null;
            String openValue = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String tag = r.getLocalName();
                    if (tag.equals("TEXT")) {
                        inText = true;
                    } else if (tag.equals("TIMEX3")) {
                        String function = r.getAttributeValue(null, "functionInDocument");
                        if ("CREATION_TIME".equals(function) && dct == null) {
                            dct = ReferenceDates.parse(r.getAttributeValue(null, "value")).orElse(null);
                        }
                        if (inText) {
                            openStart = text.length();
                            openType = r.getAttributeValue(null, "type");
                            openValue = r.getAttributeValue(null, "value");
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String tag = r.getLocalName();
                    if (tag.equals("TEXT")) {
                        inText = false;
                    } else if (tag.equals("TIMEX3") && inText && openStart >= 0) {
                        timexes.add(trimmed(text, openStart, text.length(), openType, openValue));
                        openStart = -1;
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    text.append(r.getText());
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(file + ": not well-formed TimeML: " + e.getMessage(), e);
        }
        return new TimeMl(file.getFileName().toString(), dct, text.toString(), timexes);
    }

    private static Timex trimmed(CharSequence text, int start, int end, String type, String value) {
        int[] span = org.warta.text.Sentences.trim(text, start, end);
        return new Timex(span[0], span[1], text.subSequence(span[0], span[1]).toString(), type, value);
    }

    /** Every .tml file under {@code dir}, sorted by path. */
    static List<Path> files(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
        }
    }

    Optional<LocalDate> reference() {
        return Optional.ofNullable(dct);
    }
}
