package org.warta.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.warta.io.InputReader;

/**
 * The files of the inputs named on the command line, listed on the driver through Hadoop's file systems (local, HDFS,
 * S3 with s3a...): a folder is walked in name order, as {@code warta process} walks it, and each file keeps the name
 * {@code warta process} would report it by (the folder as given, then the path below it).
 */
final class InputFiles {
    /** One file to read: the name its records are reported by, where Hadoop finds it, and its size in bytes. */
    record Named(int index, String name, String uri, boolean documentation, long length) implements Serializable {
        /** Whether the file is a web archive by its name, which can be read in parts (a WARC or WARC.gz). */
        boolean isWarc() {
            String n = name.toLowerCase(java.util.Locale.ROOT);
            return n.endsWith(".warc") || n.endsWith(".warc.gz");
        }
    }

    private InputFiles() {
    }

    /**
     * The inputs with each pattern ({@code s3a://commoncrawl/crawl-data/CC-NEWS/2025/0[1-3]/*.warc.gz}) replaced by
     * what it matches, in name order, as a shell gives a pattern's files to {@code warta process}. A pattern that
     * matches nothing is an error, as a missing file is.
     */
    static List<String> expand(List<String> inputs, Configuration conf) throws IOException {
        List<String> out = new ArrayList<>();
        for (String input : inputs) {
            if (!input.matches(".*[*?\\[{].*")) {
                out.add(input);
                continue;
            }
            Path pattern = new Path(input);
            FileStatus[] matches = pattern.getFileSystem(conf).globStatus(pattern);
            if (matches == null || matches.length == 0) {
                throw new java.io.FileNotFoundException("no file matches " + input);
            }
            java.util.Arrays.stream(matches).map(m -> m.getPath().toString()).sorted().forEach(out::add);
        }
        return out;
    }

    /**
     * The files below a folder. Plain listings, not {@code listFiles}: its located statuses ask a local file system for
     * each file's permissions, one process each, which costs seconds on a folder of thousands of articles.
     */
    private static void walk(FileSystem fs, FileStatus folder, List<FileStatus> files) throws IOException {
        for (FileStatus f : fs.listStatus(folder.getPath())) {
            if (f.isDirectory()) {
                walk(fs, f, files);
            } else {
                files.add(f);
            }
        }
    }

    static List<Named> list(List<String> inputs, Configuration conf) {
        List<Named> files = new ArrayList<>();
        try {
            for (String input : expand(inputs, conf)) {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus status = fs.getFileStatus(path);
                if (!status.isDirectory()) {
                    files.add(new Named(files.size(), input, status.getPath().toString(), false, status.getLen()));
                    continue;
                }
                String root = status.getPath().toUri().getPath();
                List<FileStatus> below = new ArrayList<>();
                walk(fs, status, below);
                below.sort(Comparator.comparing(f -> f.getPath().toUri().getPath()));
                for (FileStatus f : below) {
                    String relative = f.getPath().toUri().getPath().substring(root.length()).replaceFirst("^/", "");
                    String name = java.nio.file.Path.of(input).resolve(relative).toString();
                    boolean doc = InputReader.isDocumentation(java.nio.file.Path.of(relative));
                    files.add(new Named(files.size(), name, f.getPath().toString(), doc, f.getLen()));
                }
            }
        } catch (java.io.FileNotFoundException e) {
            throw new IllegalArgumentException("no such input: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
