package org.warta.model;

import java.io.Serializable;

/** A photo or video caption taken out of the body, with its credit ("Foto: Kementerian Luar Negeri Rusia"). */
public record Caption(String text, String credit) implements Serializable {
}
