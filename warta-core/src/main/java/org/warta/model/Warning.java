package org.warta.model;

/** Something a stage or reader noticed and worked around: dirty input is normal, so this never stops a run. */
public record Warning(String stage, String code, String message) {
}
