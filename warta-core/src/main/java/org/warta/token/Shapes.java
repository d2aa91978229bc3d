package org.warta.token;

import org.warta.model.Tokens;

/** The case shape of a stretch of text. */
public final class Shapes {
    private Shapes() {
    }

    public static Tokens.Shape of(String s) {
        return of(s, 0, s.length());
    }

    public static Tokens.Shape of(String text, int from, int to) {
        int letters = 0;
        int upper = 0;
        boolean firstUpper = false;
        boolean cased = false;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (cp < 0x80) {
                boolean u = cp >= 'A' && cp <= 'Z';
                if (u || cp >= 'a' && cp <= 'z') {
                    cased = true;
                    firstUpper |= letters == 0 && u;
                    letters++;
                    upper += u ? 1 : 0;
                }
                i++;
                continue;
            }
            if (Character.isLetter(cp)) {
                boolean u = Character.isUpperCase(cp) || Character.isTitleCase(cp);
                cased |= u || Character.isLowerCase(cp);
                if (letters == 0) {
                    firstUpper = u;
                }
                letters++;
                if (u) {
                    upper++;
                }
            }
            i += Character.charCount(cp);
        }
        if (!cased) {
            return Tokens.Shape.NONE;
        }
        if (upper == letters && letters >= 2) {
            return Tokens.Shape.UPPER;
        }
        return firstUpper ? Tokens.Shape.CAPITALISED : Tokens.Shape.LOWER;
    }
}
