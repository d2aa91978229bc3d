package org.warta.story;

import java.nio.charset.StandardCharsets;

/** 64-bit hashes of feature names and shingles (FNV-1a over UTF-8, then a finalising mix). */
final class Hashes {
    private Hashes() {
    }

    static long of(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** Spreads the bits of {@code h} (the finaliser of MurmurHash3). */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
