package org.warta.story;

/**
 * Numbers written as the world's presses write them, brought to one form: "1,250", "1.250" and "1 250" are 1250;
 * "6,8" and "6.8" are 6.8. Numbers that say little across articles (whole numbers below 10, and years) are left
 * out.
 */
final class Numbers {
    private Numbers() {
    }

    /** The number in a plain form ("1250", "6.8"), or null when it is too small, a year, or not a number. */
    static String normalise(String written) {
        String digits = written.replaceAll("[\\s\\u00a0\\u202f']", "");
        String grouped = digits.replaceAll("[.,](?=\\d{3}(?:\\D|$))", "");
        String plain = grouped.replace(',', '.');
        if (!plain.matches("\\d+(\\.\\d+)?")) {
            return null;
        }
        plain = plain.replaceFirst("^0+(?=\\d)", "");
        if (plain.contains(".")) {
            plain = plain.replaceFirst("\\.?0+$", "");
        }
        double value;
        try {
            value = Double.parseDouble(plain);
        } catch (NumberFormatException e) {
            return null;
        }
        boolean year = !plain.contains(".") && value >= 1900 && value <= 2100;
        boolean small = value < 10 && !plain.contains(".");
        return small || year ? null : plain;
    }
}
