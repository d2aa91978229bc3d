package org.warta.time;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One compiled line of a time.tsv file: the TIMEX3 type, the pattern with its slots turned into named groups, and
 * the value template.
 *
 * @param order   position among the grammar's rules; on equally long matches the earlier rule wins
 * @param type    DATE, TIME, DURATION or SET
 * @param written the pattern as the file writes it
 * @param pattern the expanded pattern
 * @param slots   the named groups and the word class each reads
 * @param lead    the word class the rule must open with, or null; checked once per position for all such rules
 * @param value   how the value is made
 * @param where   file and line, for messages
 */
record TimeRule(int order, String type, String written, Pattern pattern, List<Slot> slots, String lead,
                ValueTemplate value, String where) {
    /**
     * A slot: the value template's {@code name} ("num2"), read from the regex group {@code group} as a word of class
     * {@code wordClass} ("num"). A name used in two branches of a pattern gets one group per branch.
     */
    record Slot(String name, String group, String wordClass) {
    }
}
