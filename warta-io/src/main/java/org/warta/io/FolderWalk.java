package org.warta.io;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.warta.model.Source;

/**
 * The files of a folder and its subfolders, links followed, in path order, with everything that is not read
 * accounted for: hidden files and folders, FIFOs, sockets and devices (which could block a run forever), links that
 * loop back to a folder above them, and entries that cannot be read. One bad entry never costs the others.
 */
final class FolderWalk {
    private FolderWalk() {
    }

    /**
     * One entry of the walk: a regular file to read, or one that is passed over or failed, with why.
     *
     * @param file       the path
     * @param passedOver non-null when the entry is deliberately not read
     * @param failure    non-null when the entry could not be read
     */
    record Entry(Path file, Failure passedOver, Failure failure) {
        static Entry skip(Path file, String reason, String message) {
            return new Entry(file, new Failure(Source.ofText(file.toString()), reason, message), null);
        }

        static Entry fail(Path file, String reason, String message) {
            return new Entry(file, null, new Failure(Source.ofText(file.toString()), reason, message));
        }
    }

    static List<Entry> walk(Path folder) {
        List<Entry> entries = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new Visitor(folder, entries));
        } catch (IOException e) {
            entries.add(Entry.fail(folder, "unreadable", "cannot walk directory: " + e.getMessage()));
        }
        entries.sort(Comparator.comparing(Entry::file));
        return entries;
    }

    private static final class Visitor extends SimpleFileVisitor<Path> {
        private final Path root;
        private final List<Entry> entries;

        Visitor(Path root, List<Entry> entries) {
            this.root = root;
            this.entries = entries;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root) && hidden(dir)) {
                entries.add(Entry.skip(dir, "hidden", "a hidden folder is not read (name it on its own to read it)"));
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (hidden(file)) {
                entries.add(Entry.skip(file, "hidden", "a hidden file is not read (name it on its own to read it)"));
            } else if (attrs.isRegularFile()) {
                entries.add(new Entry(file, null, null));
            } else if (attrs.isSymbolicLink()) {
                entries.add(Entry.fail(file, "unreadable", "a symbolic link to a file that does not exist"));
            } else {
                entries.add(Entry.skip(file, "not-a-file", "a FIFO, socket or device inside a folder is not read, "
                        + "as it could wait forever; name it on its own to read it as a stream"));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
                entries.add(Entry.skip(file, "symlink-loop", "a link back to a folder above it; the folder is read once"));
            } else if (e instanceof NoSuchFileException) {
                entries.add(Entry.fail(file, "unreadable", "vanished while the folder was read"));
            } else {
                entries.add(Entry.fail(file, "unreadable", String.valueOf(e.getMessage())));
            }
            return FileVisitResult.CONTINUE;
        }

        private static boolean hidden(Path p) {
            Path name = p.getFileName();
            return name != null && name.toString().startsWith(".");
        }
    }
}
