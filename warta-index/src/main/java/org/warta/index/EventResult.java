package org.warta.index;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Events matching a request.
 *
 * @param total      every matching event
 * @param events     this page, newest first: each event's contract JSON with {@code day}, {@code article_id} and a
 *                   summary of its article
 * @param timeline   matching events per month (of the day each is counted by: its own date, else its article's),
 *                   split by CAMEO quad class, with their Goldstein average
 * @param undated    matching events with no day at all (neither theirs nor their article's), not in the timeline
 * @param byRoot     matching events per CAMEO root code
 * @param nextCursor for the next page, or null
 */
public record EventResult(long total, List<ObjectNode> events, List<MonthCount> timeline, long undated,
                          Map<String, Long> byRoot, String nextCursor) {
    /**
     * Events in a month: verbal and material cooperation, verbal and material conflict; the mean Goldstein value of
     * the month's events (-10 most conflictual to +10 most cooperative), null when it has none.
     */
    public record MonthCount(String month, long verbalCooperation, long materialCooperation, long verbalConflict,
                             long materialConflict, long total, Double goldsteinAverage) {
    }
}
