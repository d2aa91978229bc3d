package org.warta.story;

import java.util.Locale;

/** URLs compared as a reader would: scheme, "www.", "m.", query, fragment and a trailing slash do not matter. */
public final class Urls {
    private Urls() {
    }

    /** The URL without scheme, leading "www." or "m.", query, fragment or trailing slash; null for null or blank. */
    public static String normalise(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String s = url.strip();
        int scheme = s.indexOf("://");
        if (scheme >= 0 && scheme < 10) {
            s = s.substring(scheme + 3);
        }
        int cut = firstOf(s, '?', '#');
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        int slash = s.indexOf('/');
        String host = (slash < 0 ? s : s.substring(0, slash)).toLowerCase(Locale.ROOT);
        String path = slash < 0 ? "" : s.substring(slash);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return stripPrefix(host) + path;
    }

    /** The host of a URL ("baodaknong.vn"), without "www." or "m.", or null. */
    public static String host(String url) {
        String n = normalise(url);
        if (n == null) {
            return null;
        }
        int slash = n.indexOf('/');
        String host = slash < 0 ? n : n.substring(0, slash);
        return host.contains(".") ? host : null;
    }

    private static String stripPrefix(String host) {
        if (host.startsWith("www.")) {
            return host.substring(4);
        }
        return host.startsWith("m.") ? host.substring(2) : host;
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
