package org.warta.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.warta.index.ArticleIndex;
import org.warta.index.ArticleSearcher;
import org.warta.index.ResultJson;
import org.warta.index.SearchRequest;
import org.warta.index.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {
                "Search the stored articles and print ranked results (the query syntax is in docs/search.md).",
                "Works beside a running 'warta serve' or 'warta ingest': it reads the last commit."
        })
final class SearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words, \"phrases\", AND/OR/NOT, field:value.")
    List<String> query = new ArrayList<>();

    @Option(names = "--lang", split = ",", paramLabel = "CODE", description = "Language (ISO 639-1); repeatable.")
    List<String> lang = new ArrayList<>();

    @Option(names = "--country", split = ",", paramLabel = "ISO3", description = "Country the article is about; repeatable.")
    List<String> country = new ArrayList<>();

    @Option(names = "--entity", split = ",", paramLabel = "KEY", description = "Entity kb id; repeatable.")
    List<String> entity = new ArrayList<>();

    @Option(names = "--event", split = ",", paramLabel = "CAMEO", description = "CAMEO root or full event code; repeatable.")
    List<String> event = new ArrayList<>();

    @Option(names = "--outlet", split = ",", paramLabel = "NAME", description = "Outlet name or host; repeatable.")
    List<String> outlet = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (YYYY-MM-DD or YYYY-MM).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (YYYY-MM-DD or YYYY-MM).")
    String to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--cursor", paramLabel = "CURSOR", description = "Continue after a previous page (printed at its end).")
    String cursor;

    @Option(names = "--sort", paramLabel = "ORDER", description = "relevance or date (default: relevance with a query, date without).")
    String sort;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "warta-data", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--json", description = "Print the result as JSON, as GET /api/articles returns it.")
    boolean json;

    @Override
    public Integer call() {
        SearchRequest.Order order = sort == null ? null : switch (sort) {
            case "relevance" -> SearchRequest.Order.RELEVANCE;
            case "date" -> SearchRequest.Order.DATE;
            default -> throw new IllegalArgumentException("--sort must be relevance or date");
        };
        SearchRequest request;
        try {
            request = new SearchRequest(String.join(" ", query), lang, country, entity, event, outlet,
                    day(from, false), day(to, true), limit, cursor, order, json, true);
        } catch (IllegalArgumentException e) {
            System.err.println("warta search: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (ArticleIndex index = ArticleIndex.openReadOnly(data)) {
            SearchResult result = new ArticleSearcher(index).search(request);
            PrintStream out = System.out;
            if (json) {
                out.println(ResultJson.write(result));
            } else {
                print(result, request, out);
            }
            System.err.printf("warta: %d matching article%s (%.1f ms)%s%n", result.total(), result.total() == 1 ? "" : "s",
                    result.tookMillis(), result.nextCursor() == null ? "" : "; next page: --cursor " + result.nextCursor());
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            System.err.println("warta search: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private static LocalDate day(String v, boolean end) {
        if (v == null) {
            return null;
        }
        try {
            if (v.length() == 7) {
                YearMonth m = YearMonth.parse(v);
                return end ? m.atEndOfMonth() : m.atDay(1);
            }
            return LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: '" + v + "' (use YYYY-MM-DD or YYYY-MM)");
        }
    }

    /** The publication day, else the day the text states marked with "~", else "undated": eleven characters wide. */
    private static String dateOf(SearchResult.Hit h) {
        if (h.published() != null) {
            return h.published().substring(0, Math.min(10, h.published().length())) + " ";
        }
        return h.day() == null ? "undated    " : h.day() + "~";
    }

    static void print(SearchResult result, SearchRequest request, PrintStream out) {
        int rank = 0;
        for (SearchResult.Hit h : result.hits()) {
            rank++;
            out.printf("%2d. [%s] %s  %s%n", rank, h.language(), dateOf(h), h.title() == null ? "(untitled)" : h.title());
            out.println("    " + h.id() + (h.outlet() == null ? "" : "  " + h.outlet())
                    + (h.url() == null ? "" : "  " + h.url()));
            String snippet = h.snippet().isEmpty() ? h.preview()
                    : h.snippet().stream().map(p -> p.match() ? "[" + p.text() + "]" : p.text())
                    .collect(Collectors.joining()).replaceAll("\\s+", " ");
            out.println("    " + DemoCommand.abbreviate(snippet, 220));
        }
    }
}
