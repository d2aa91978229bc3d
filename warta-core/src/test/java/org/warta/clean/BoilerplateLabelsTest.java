package org.warta.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How training pages are labelled: by the true article text, a menu word the article happens to use aside. */
class BoilerplateLabelsTest {
    private static final String ARTICLE = "Storms hit the coast. The weather service said on Sunday that winds "
            + "reached 120 km an hour along the northern coast overnight. Weather warnings stay in place until "
            + "Tuesday, when the storm is expected to move out to sea and the rain to ease off.";

    @Test
    void aMenuWordTheArticleUsesIsStillBoilerplate() {
        List<String> lines = List.of("Weather", "Sport",
                "The weather service said on Sunday that winds reached 120 km an hour along the northern coast overnight.",
                "Weather warnings stay in place until Tuesday, when the storm is expected to move out to sea and the rain to ease off.",
                "Related: Storms hit the coast");
        boolean[] in = BoilerplateTraining.inArticle(lines, " " + BoilerplateTraining.normalise(ARTICLE) + " ");
        assertArrayEquals(new boolean[]{false, false, true, true, false}, in);
    }

    @Test
    void aSubheadingBetweenParagraphsIsArticle() {
        String article = "The first paragraph tells what happened in the city on Monday night. What comes next "
                + "The second paragraph tells what the mayor will do about it this week.";
        List<String> lines = List.of("The first paragraph tells what happened in the city on Monday night.",
                "What comes next", "The second paragraph tells what the mayor will do about it this week.");
        boolean[] in = BoilerplateTraining.inArticle(lines, " " + BoilerplateTraining.normalise(article) + " ");
        assertArrayEquals(new boolean[]{true, true, true}, in);
    }

    @Test
    void everyVisibleLineOfAPageIsRead() {
        String html = "<html><head><title>Storms</title><script>var x = 1;</script></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/w'>Weather</a></nav><h1>Storms hit the coast</h1>"
                + "<p>The weather service said on <b>Sunday</b> that winds reached 120 km an hour.</p>"
                + "<div style='display:none'>hidden</div><footer>© Example News</footer></body></html>";
        List<String> lines = PageLines.of(PageLines.parse(html));
        assertNotNull(lines);
        assertArrayEquals(new String[]{"Home Weather", "Storms hit the coast",
                "The weather service said on Sunday that winds reached 120 km an hour.", "© Example News"},
                lines.toArray(String[]::new));
    }
}
