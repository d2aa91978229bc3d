package org.warta.story;

/** 64-bit hashes of feature names and words (FNV-1a over the UTF-16 code units, then a finalising mix). */
final class Hashes {
    private Hashes() {
    }

    static long of(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
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
