package org.warta.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.warta.io.WarcSplit;

/**
 * What one task reads: a whole file, or one part of a large web archive (a byte range, whose records are those that
 * start in it). Units are numbered in input order: a file's parts follow each other, in byte order.
 *
 * @param split the part of the file, or null for the whole file
 */
record Unit(int index, InputFiles.Named file, WarcSplit split) implements Serializable {
    /**
     * The units of the files: a web archive larger than {@code splitBytes} in parts of about that size, every other
     * file whole.
     */
    static List<Unit> of(List<InputFiles.Named> files, long splitBytes) {
        List<Unit> units = new ArrayList<>();
        for (InputFiles.Named file : files) {
            if (file.isWarc() && !file.documentation() && file.length() > splitBytes) {
                for (WarcSplit split : WarcSplit.cut(file.length(), splitBytes)) {
                    units.add(new Unit(units.size(), file, split));
                }
            } else {
                units.add(new Unit(units.size(), file, null));
            }
        }
        return units;
    }
}
