package org.warta.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.Warta;
import org.warta.model.Article;
import org.warta.model.Entity;
import org.warta.model.Event;

/** Captions have no entity layer; the names the text's entities give are found in them. */
class CaptionEventsTest {
    @Test
    void aNameTheTextKnowsIsTheSameEntityInTheCaption() {
        Entity starmer = new Entity(40, 52, "Keir Starmer", Entity.Type.PERSON, "Keir Starmer", null,
                "prime minister", "GBR", 0.9);
        Entity trump = new Entity(80, 92, "Donald Trump", Entity.Type.PERSON, "Donald Trump", null, "president",
                "USA", 0.9);
        String caption = "Prime Minister Keir Starmer speaks to President Donald Trump by phone; Trumpet players wait.";
        List<SentenceCoder.IndexedEntity> found = EventStage.namedIn(caption,
                List.of(new SentenceCoder.IndexedEntity(0, starmer), new SentenceCoder.IndexedEntity(1, trump)));
        assertEquals(2, found.size(), "whole words only: 'Trumpet' is not Trump");
        assertEquals("Keir Starmer", caption.substring(found.get(0).entity().start(), found.get(0).entity().end()));
        assertEquals("GBR", found.get(0).entity().country());
        assertEquals(1, found.get(1).index(), "the caption's name points at the text's entity");
    }

    @Test
    void theBundledEnglishArticleCodesItsCaptionCallWithCountries() throws Exception {
        String text = Files.readString(org.warta.testing.Fixtures.examples().resolve("en-us-uk-trade-deal.txt"),
                StandardCharsets.UTF_8);
        Article a = Warta.process(text);
        List<String> fromCaptions = a.events().stream().filter(Event::fromCaption).map(EventTestSupport::describe)
                .toList();
        assertTrue(fromCaptions.contains("041 GBRGOV USAGOV ASSERTED"), fromCaptions.toString());
    }

    @Test
    void aCaptionNamingPeopleTheTextDoesNotIsReadForEntitiesOfItsOwn() {
        Article a = Warta.process("Vladimir Putin speaks by phone with Emmanuel Macron. (Photo: Kremlin press service)\n"
                + "Moscow and Paris have not agreed on a date for new talks on the war, officials in both capitals said "
                + "on Tuesday.\nThe two governments last held talks in the spring.\n");
        assertEquals(1, a.captions().size(), a.captions().toString());
        List<String> fromCaptions = a.events().stream().filter(Event::fromCaption).map(EventTestSupport::describe)
                .toList();
        assertEquals(List.of("041 RUSGOV FRAGOV ASSERTED"), fromCaptions);
    }
}
