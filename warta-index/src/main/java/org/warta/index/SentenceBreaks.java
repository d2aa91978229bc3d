package org.warta.index;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * A sentence break iterator that finds a text's boundaries in one forward pass of the JDK's own iterator, only as far
 * into the text as it is asked about, and answers {@link #preceding} and {@link #following} by binary search over
 * what it found. The highlighter asks for the sentence around every passage, and the JDK's iterator scans the
 * sentence again each time (its backward scan now and then stopping inside a sentence); the boundaries are those of
 * the forward pass.
 */
final class SentenceBreaks extends BreakIterator {
    private final BreakIterator base;
    private String text = "";
    /** Boundaries found so far, in order: {@code bounds[0..found)}; all of them once {@code complete}. */
    private int[] bounds = new int[16];
    private int found;
    private boolean complete;
    private int at;

    SentenceBreaks(BreakIterator base) {
        this.base = base;
        setText("");
    }

    @Override
    public void setText(String newText) {
        text = newText;
        base.setText(newText);
        bounds[0] = base.first();
        found = 1;
        complete = false;
        at = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder b = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            b.append(c);
        }
        setText(b.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    /** Finds boundaries until one lies beyond {@code offset}, or the text ends. */
    private void reach(int offset) {
        while (!complete && bounds[found - 1] <= offset) {
            int b = base.next();
            if (b == DONE) {
                complete = true;
            } else {
                if (found == bounds.length) {
                    bounds = Arrays.copyOf(bounds, found * 2);
                }
                bounds[found++] = b;
            }
        }
    }

    @Override
    public int first() {
        at = 0;
        return bounds[0];
    }

    @Override
    public int last() {
        reach(Integer.MAX_VALUE);
        at = found - 1;
        return bounds[at];
    }

    @Override
    public int next(int n) {
        int target = at + n;
        while (target >= found && !complete) {
            reach(bounds[found - 1]);
        }
        if (target < 0 || target >= found) {
            return DONE;
        }
        at = target;
        return bounds[at];
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int current() {
        return bounds[at];
    }

    @Override
    public int following(int offset) {
        int i = search(offset);
        int next = i >= 0 ? i + 1 : -i - 1;
        if (next >= found) {
            at = found - 1;
            return DONE;
        }
        at = next;
        return bounds[at];
    }

    @Override
    public int preceding(int offset) {
        int i = search(offset);
        int before = (i >= 0 ? i : -i - 1) - 1;
        if (before < 0) {
            at = 0;
            return DONE;
        }
        at = before;
        return bounds[at];
    }

    @Override
    public boolean isBoundary(int offset) {
        int i = search(offset);
        if (i >= 0) {
            at = i;
            return true;
        }
        following(offset);
        return false;
    }

    /** Where the offset is among the boundaries, as {@link Arrays#binarySearch} says, once all up to it are found. */
    private int search(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " is outside the text (0 to " + text.length() + ")");
        }
        reach(offset);
        return Arrays.binarySearch(bounds, 0, found, offset);
    }

    @Override
    public Object clone() {
        SentenceBreaks copy = new SentenceBreaks((BreakIterator) base.clone());
        copy.setText(text);
        return copy;
    }
}
