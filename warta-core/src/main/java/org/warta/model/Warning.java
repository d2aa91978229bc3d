package org.warta.model;

import java.io.Serializable;

/** Something a stage or reader noticed and worked around: dirty input is normal, so this never stops a run. */
public record Warning(String stage, String code, String message) implements Serializable {
}
