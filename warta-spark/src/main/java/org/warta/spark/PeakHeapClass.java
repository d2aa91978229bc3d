package org.warta.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@link PeakHeap}'s class file into a folder of its own, to put before another program's class path. */
final class PeakHeapClass {
    private PeakHeapClass() {
    }

    static Path extract(Path folder) throws IOException {
        String resource = PeakHeap.class.getName().replace('.', '/') + ".class";
        Path target = folder.resolve(resource);
        Files.createDirectories(target.getParent());
        try (InputStream in = PeakHeap.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no class file for " + PeakHeap.class.getName());
            }
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return folder;
    }
}
