package org.warta.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.StringHelper;

/**
 * Shards of an index built elsewhere, one per partition of a Spark job ({@code DATA/shard-00000}, {@code
 * DATA/shard-00001}, … each a Lucene index as {@link ArticleIndex#openShard} writes it), moved into the data
 * directory's own index when it is opened.
 *
 * <p>They are merged with {@link IndexWriter#addIndexes(Directory...)}, which copies their segment files as they are,
 * rather than read through a view over several indexes: after the merge every view of the index (search, facets,
 * stories, entity pages, overview, events) and storing more articles work as they do on any index, with no code that
 * knows about shards. Facets are sorted-set doc values, stored in the segments, so they need no taxonomy merge; story
 * ids are article ids, unique across shards; the table of story merges is read from every shard's merge records.
 *
 * <p>Each shard numbers its articles in storing order from its own start, {@code (n + 1) · 2^40} for shard n, so that
 * shards come after articles stored one by one and in partition order, which is input order. The commit ids of the
 * merged shards are kept in the index's commit data: a shard is merged once, and the folders may stay or go.
 */
final class Shards {
    private static final Pattern NAME = Pattern.compile("shard-\\d+");
    private static final String MERGED = "warta.shards";
    private static final long SPAN = 1L << 40;

    private Shards() {
    }

    static String name(int number) {
        return String.format("shard-%05d", number);
    }

    /** Where shard {@code number} starts numbering its articles in storing order. */
    static long firstSeq(int number) {
        if (number < 0) {
            throw new IllegalArgumentException("a shard number is never negative: " + number);
        }
        return (number + 1L) * SPAN;
    }

    /** Whether a shard under the data directory is not in its index yet. */
    static boolean pending(Path dataDir) throws IOException {
        List<Path> folders = folders(dataDir);
        if (folders.isEmpty()) {
            return false;
        }
        Set<String> merged = Set.of();
        try (Directory index = FSDirectory.open(dataDir.resolve("index"))) {
            if (DirectoryReader.indexExists(index)) {
                merged = merged(SegmentInfos.readLatestCommit(index).getUserData());
            }
        }
        for (Path folder : folders) {
            try (Directory d = FSDirectory.open(folder)) {
                if (!merged.contains(commitId(folder, d))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Adds to the writer's index every shard under the data directory that it does not hold yet, in name order, and
     * commits.
     *
     * @return how many shards were added
     */
    static int mergeInto(IndexWriter writer, Path dataDir) throws IOException {
        List<Path> folders = folders(dataDir);
        if (folders.isEmpty()) {
            return 0;
        }
        Map<String, String> userData = new HashMap<>();
        if (writer.getLiveCommitData() != null) {
            writer.getLiveCommitData().forEach(e -> userData.put(e.getKey(), e.getValue()));
        }
        Set<String> merged = new LinkedHashSet<>(merged(userData));
        long last;
        try (DirectoryReader current = DirectoryReader.open(writer)) {
            last = seqRange(current)[1];
        }
        List<Directory> added = new ArrayList<>();
        try {
            for (Path folder : folders) {
                Directory d = FSDirectory.open(folder);
                String id = commitId(folder, d);
                if (merged.contains(id)) {
                    d.close();
                    continue;
                }
                added.add(d);
                long[] range;
                try (DirectoryReader r = DirectoryReader.open(d)) {
                    range = seqRange(r);
                }
                if (range[0] <= last) {
                    throw new IndexException(folder + " numbers its articles from " + range[0] + ", not after the "
                            + "articles before it (up to " + last + "): shards of two runs of the job do not go into "
                            + "one data directory; give each run its own");
                }
                last = Math.max(last, range[1]);
                merged.add(id);
            }
            if (added.isEmpty()) {
                return 0;
            }
            writer.addIndexes(added.toArray(Directory[]::new));
            userData.put(MERGED, String.join(",", merged));
            writer.setLiveCommitData(userData.entrySet());
            writer.commit();
            return added.size();
        } finally {
            IOUtils.close(added);
        }
    }

    private static List<Path> folders(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.filter(p -> NAME.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p))
                    .sorted().toList();
        }
    }

    private static Set<String> merged(Map<String, String> userData) {
        String ids = userData.get(MERGED);
        return ids == null || ids.isEmpty() ? Set.of() : Set.of(ids.split(","));
    }

    /** The id Lucene gave the shard's last commit, unique to it. */
    private static String commitId(Path folder, Directory d) throws IOException {
        try {
            return StringHelper.idToString(SegmentInfos.readLatestCommit(d).getId());
        } catch (IndexNotFoundException e) {
            throw new IndexException(folder + " is named as a shard but holds no index");
        }
    }

    /** The smallest and largest place in storing order of the reader's articles; {MAX, -1} when it has none. */
    private static long[] seqRange(IndexReader reader) throws IOException {
        long min = Long.MAX_VALUE;
        long max = -1;
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues seq = leaf.reader().getNumericDocValues(Fields.SEQ);
            if (seq == null) {
                continue;
            }
            for (int doc = seq.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = seq.nextDoc()) {
                min = Math.min(min, seq.longValue());
                max = Math.max(max, seq.longValue());
            }
        }
        return new long[] {min, max};
    }
}
