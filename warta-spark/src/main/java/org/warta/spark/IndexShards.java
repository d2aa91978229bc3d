package org.warta.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.warta.index.ArticleIndex;
import org.warta.model.Article;

/**
 * Writes a job's articles as Lucene index shards that {@code warta serve --data PATH} and {@code warta search --data
 * PATH} open as one index, so that a backfill becomes searchable without being stored again: each partition builds
 * the index of its articles on the executor's local disk ({@link ArticleIndex#openShard}), then copies its files to
 * {@code PATH/shard-NNNNN} (NNNNN the partition's number) on the Hadoop file system, and deletes its local copy.
 *
 * <p>The articles are stored as they come: with the story the job gave them (the {@code stories} stage run across the
 * whole input), kept as it is, in partition order, which is input order. Opening the data directory merges the shards
 * into its index, file by file, so that every view works on them as on an index filled by {@code warta ingest}; a
 * shard numbers its articles from a start of its own, so shards never collide in the order of storing that restores
 * story memory. A partition with no articles writes no shard.
 *
 * <p>A shard reaches its final name only when complete: it is copied under a name of the task attempt, then renamed,
 * so a retried or speculative task never leaves half a shard behind.
 */
public final class IndexShards {
    private IndexShards() {
    }

    /** Writes one shard per non-empty partition of {@code articles} under {@code path}. */
    public static void write(JavaRDD<Article> articles, String path) {
        articles.foreachPartition(partition -> writeShard(partition, path));
    }

    private static void writeShard(Iterator<Article> articles, String path) throws IOException {
        if (!articles.hasNext()) {
            return;
        }
        TaskContext task = TaskContext.get();
        int number = task.partitionId();
        java.nio.file.Path local = Files.createTempDirectory("warta-shard-");
        try {
            try (ArticleIndex index = ArticleIndex.openShard(local, number)) {
                articles.forEachRemaining(index::put);
                index.commit();
            }
            java.nio.file.Path files = local.resolve("index");
            Files.deleteIfExists(files.resolve("write.lock"));
            copy(files, new Path(path), ArticleIndex.shardName(number), task.taskAttemptId());
        } finally {
            deleteTree(local);
        }
    }

    private static void copy(java.nio.file.Path files, Path folder, String name, long attempt) throws IOException {
        FileSystem fs = folder.getFileSystem(new Configuration());
        Path staging = new Path(folder, "_" + name + "-attempt-" + attempt);
        Path target = new Path(folder, name);
        fs.delete(staging, true);
        fs.copyFromLocalFile(false, true, new Path(files.toUri()), staging);
        fs.delete(target, true);
        if (!fs.rename(staging, target)) {
            throw new IOException("cannot rename " + staging + " to " + target);
        }
    }

    private static void deleteTree(java.nio.file.Path root) {
        try (Stream<java.nio.file.Path> all = Files.walk(root)) {
            for (java.nio.file.Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
