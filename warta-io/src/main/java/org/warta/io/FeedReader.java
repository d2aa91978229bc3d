package org.warta.io;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.warta.model.Hints;
import org.warta.model.RawDocument;
import org.warta.model.Source;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds, read with Rome: each item is an article, its full content when the feed
 * carries it ({@code content:encoded}, Atom {@code content}), else its description or summary; link, date, title
 * and author are carried over, and the feed's title and language too. The bytes are decoded as a browser would
 * (a Latin-1 feed without an XML declaration is not mojibake). A feed whose XML is broken is reported, and the
 * items that a lenient parse can still recover are read.
 */
public final class FeedReader implements FormatReader {
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z][a-zA-Z0-9]*[\\s/>]");
    private final ReadLimits limits;

    public FeedReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return FormatSniffer.FEED;
    }

    /** What one item carries. */
    record Item(String link, String title, String published, String author, String content) {
    }

    @Override
    public void read(InputFile input, RecordSink sink) throws IOException {
        String path = input.sourcePath();
        Source whole = new Source(path, null, FormatSniffer.FEED, null);
        Streams.Read read;
        try (InputStream in = Streams.maybeGunzip(input.open())) {
            read = Streams.readUpTo(in, limits.maxMarkupBytes());
        }
        if (read.bytes().length > limits.maxMarkupBytes()) {
            sink.fail(new Failure(whole, "too-large", limits.describe(read.bytes().length)));
            return;
        }
        TextDecoder.Decoded decoded;
        try {
            decoded = TextDecoder.decodeMarkup(read.bytes(), null);
        } catch (TextDecoder.NotTextException e) {
            sink.fail(new Failure(whole, "binary", e.getMessage()));
            return;
        }
        String xml = decoded.text();
        List<String> notes = new ArrayList<>();
        if (decoded.note() != null) {
            notes.add(decoded.note());
        }
        String siteName;
        String language;
        List<Item> items;
        try {
            SyndFeedInput parser = new SyndFeedInput();
            SyndFeed feed = parser.build(new StringReader(xml));
            siteName = feed.getTitle();
            language = feed.getLanguage();
            items = new ArrayList<>();
            for (SyndEntry entry : feed.getEntries()) {
                items.add(item(entry));
            }
            if (items.isEmpty()) {
                // nothing to read, but the file was given and must be accounted for
                sink.skip(new Failure(whole, "no-items", "the feed holds no items"));
                return;
            }
        } catch (FeedException | IllegalArgumentException | IllegalStateException e) {
            Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
            items = lenientItems(doc);
            siteName = childText(doc.selectFirst("channel, feed"), "title");
            language = childText(doc.selectFirst("channel, feed"), "language");
            sink.fail(new Failure(whole, "bad-feed", "the feed's XML is broken (" + e.getMessage() + "); "
                    + items.size() + " item" + (items.size() == 1 ? "" : "s") + " recovered by a lenient parse"));
        }
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Source source = new Source(path, blankToNull(item.link()), FormatSniffer.FEED, "item " + (i + 1));
            Hints hints = new Hints(null, blankToNull(item.title()), item.published(), blankToNull(language), null,
                    blankToNull(item.author()), blankToNull(siteName), notes);
            String content = item.content() == null ? "" : item.content();
            String mediaType = MARKUP.matcher(content).find() ? RawDocument.HTML : RawDocument.TEXT;
            if (content.isBlank()) {
                // A link-only item (a headline pointing elsewhere) is passed over: the page itself is the article.
                sink.skip(new Failure(source, "no-content", "the item carries neither content nor a description"));
                continue;
            }
            Documents.accept(content, mediaType, source, hints, sink);
        }
    }

    private static Item item(SyndEntry entry) {
        String content = null;
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                content = content == null ? c.getValue() : content + "\n" + c.getValue();
            }
        }
        String description = entry.getDescription() == null ? null : entry.getDescription().getValue();
        if (content == null || (description != null && description.length() > content.length())) {
            content = description;
        }
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        String link = entry.getLink();
        if ((link == null || link.isBlank()) && !entry.getLinks().isEmpty()) {
            link = entry.getLinks().get(0).getHref();
        }
        return new Item(link, entry.getTitle(), date == null ? null : date.toInstant().toString(), entry.getAuthor(), content);
    }

    /** Items from XML that a strict parser refused: RSS {@code item}s and Atom {@code entry}s, as far as they go. */
    static List<Item> lenientItems(Document doc) {
        List<Item> items = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            String name = e.normalName();
            if (!name.equals("item") && !name.equals("entry")) {
                continue;
            }
            Element linkElement = child(e, "link");
            String link = linkElement == null ? null : linkElement.hasAttr("href") ? linkElement.attr("href") : linkElement.text();
            String content = firstText(e, "content:encoded", "content", "description", "summary");
            String published = firstText(e, "pubdate", "published", "dc:date", "updated");
            items.add(new Item(link, childText(e, "title"), published, firstText(e, "author", "dc:creator"), content));
        }
        return items;
    }

    private static String firstText(Element parent, String... names) {
        for (String name : names) {
            String t = childText(parent, name);
            if (t != null && !t.isBlank()) {
                return t;
            }
        }
        return null;
    }

    private static String childText(Element parent, String name) {
        Element c = child(parent, name);
        return c == null ? null : c.wholeText().strip();
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Element c : parent.children()) {
            if (c.normalName().equalsIgnoreCase(name)) {
                return c;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
