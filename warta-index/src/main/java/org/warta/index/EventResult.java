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
 * @param timeline   matching events per month, split by CAMEO quad class
 * @param byRoot     matching events per CAMEO root code
 * @param nextCursor for the next page, or null
 */
public record EventResult(long total, List<ObjectNode> events, List<MonthCount> timeline, Map<String, Long> byRoot,
                          String nextCursor) {
    /** Events in a month: verbal and material cooperation, verbal and material conflict. */
    public record MonthCount(String month, long verbalCooperation, long materialCooperation, long verbalConflict,
                             long materialConflict, long total) {
    }
}
