package org.warta.entity;

import java.util.List;

/** The sound of a name as a key that is the same in every script ("Ишиба", "石破" read aloud, "Ishiba" meet). */
public final class NameKeys {
    private NameKeys() {
    }

    /**
     * The consonant skeleton of a name's last word (its family name in most of the world's news), in ASCII; null
     * when the name has no letters or the skeleton is too short to tell names apart.
     */
    public static String surname(String name) {
        List<String> words = NameSounds.words(name);
        if (words.isEmpty()) {
            return null;
        }
        String key = NameSounds.key(NameSounds.latin(words.get(words.size() - 1)));
        return key.length() >= NameSounds.MIN_WORD_KEY ? key : null;
    }
}
