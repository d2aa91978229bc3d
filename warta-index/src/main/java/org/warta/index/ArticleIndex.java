package org.warta.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.warta.model.Article;
import org.warta.model.Layer;
import org.warta.model.RawDocument;
import org.warta.story.Fingerprint;
import org.warta.story.Fingerprints;
import org.warta.story.StoryMemory;

/**
 * The article store: a Lucene index on local disk, under {@code DATA/index}. One writer per data directory (Lucene's
 * write lock enforces it); searches run on near-real-time readers from a {@link SearcherManager}.
 *
 * <p>Every article is stored by id with {@code updateDocuments}, so storing it twice keeps one copy and a changed
 * article replaces the old one with its events. Lucene commits are atomic: after a crash the index opens at its last
 * commit, and storing the same inputs again completes it.
 *
 * <p>Every article stored goes into a story against everything indexed before it: the index holds one
 * {@link StoryMemory}, rebuilt when the index is first written to from the stored fingerprints of the most recent
 * articles (as many as memory holds, in the order they were stored). Stories merged since an article joined are kept
 * as a table of merges (one small document each), through which every query resolves story ids.
 *
 * <p>A data directory may also hold shards built elsewhere ({@code DATA/shard-NNNNN}, see {@link #openShard}): opening
 * it moves those not yet in its index into it first (see {@link Shards}).
 */
public final class ArticleIndex implements AutoCloseable {
    /** What storing an article did. */
    public enum Outcome { ADDED, REPLACED, UNCHANGED }

    private final Path dataDir;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = Fields.facetsConfig();
    private final ArticleDocuments documents;
    private final Analyzers analyzers;
    private final StoryMerges merges = new StoryMerges();
    private final StoryMemory.Options storyOptions;
    private final Object storyLock = new Object();
    /** Built on first use, so that an index opened only to search never reads every fingerprint. */
    private StoryMemory memory;
    /** The next article's place in the order of storing; guarded by the memory. */
    private long nextSeq;
    /** Where this index starts numbering articles in storing order (0, or a shard's start). */
    private final long firstSeq;

    private ArticleIndex(Path dataDir, boolean readOnly, StoryMemory.Options storyOptions, long firstSeq)
            throws IOException {
        this.dataDir = dataDir;
        this.storyOptions = storyOptions;
        this.firstSeq = firstSeq;
        Path indexDir = dataDir.resolve("index");
        if (readOnly && Shards.pending(dataDir)) {
            new ArticleIndex(dataDir, false, storyOptions, 0).close();
        }
        this.analyzers = new Analyzers();
        if (readOnly) {
            Directory dir = Files.isDirectory(indexDir) ? FSDirectory.open(indexDir) : null;
            if (dir == null || !DirectoryReader.indexExists(dir)) {
                if (dir != null) {
                    dir.close();
                }
                throw new IndexException("no index in " + dataDir + " (store articles with 'warta ingest PATH --data "
                        + dataDir + "' first)");
            }
            this.directory = dir;
            this.writer = null;
            this.searchers = new SearcherManager(directory, null);
            this.documents = null;
            loadMerges();
            return;
        }
        Files.createDirectories(indexDir);
        this.directory = FSDirectory.open(indexDir);
        // Stored fields in LZ4 rather than DEFLATE: a page of results reads a summary and the text of every hit, and
        // DEFLATE blocks took most of a search's time for some 40% less disk.
        IndexWriterConfig config = new IndexWriterConfig(analyzers)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCodec(new Lucene912Codec(Lucene912Codec.Mode.BEST_SPEED))
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(true);
        this.writer = new IndexWriter(directory, config);
        try {
            Shards.mergeInto(writer, dataDir);
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            directory.close();
            analyzers.close();
            throw e;
        }
        this.searchers = new SearcherManager(writer, null);
        this.documents = new ArticleDocuments(facetsConfig, textFieldsWithoutOffsets());
        loadMerges();
    }

    /** Text fields of an index made before offsets were stored with them (see {@link ArticleDocuments}). */
    private Set<String> textFieldsWithoutOffsets() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            Set<String> old = new HashSet<>();
            for (FieldInfo f : FieldInfos.getMergedFieldInfos(s.getIndexReader())) {
                if (f.name.startsWith(Fields.TEXT + "_")
                        && f.getIndexOptions() != IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) {
                    old.add(f.name);
                }
            }
            return old;
        } finally {
            searchers.release(s);
        }
    }

    /** Opens (creating when missing) the index under a data directory. */
    public static ArticleIndex open(Path dataDir) {
        return open(dataDir, StoryMemory.Options.defaults());
    }

    /** Opens (creating when missing) the index under a data directory, with story memory of these options. */
    public static ArticleIndex open(Path dataDir, StoryMemory.Options stories) {
        return open(dataDir, false, stories);
    }

    /**
     * Opens the last commit of an existing index for searching only: takes no lock, so it works beside a running
     * ingest or server, and sees what they had committed when it was opened.
     */
    public static ArticleIndex openReadOnly(Path dataDir) {
        return open(dataDir, true, StoryMemory.Options.defaults());
    }

    /**
     * Opens (creating when missing) the index under a data directory to be shard {@code number} of a larger index, as
     * one partition of a Spark job builds it: its articles are numbered in storing order from the shard's own start,
     * so that shards copied side by side into a data directory as {@link #shardName(int) shard-NNNNN} folders keep
     * their order (shard 0 first) and never share a number when that directory is opened. Its articles should carry
     * their stories (the {@code stories} stage run across the whole input); one that does not is put into a story
     * against its shard only.
     */
    public static ArticleIndex openShard(Path dataDir, int number) {
        return open(dataDir, false, StoryMemory.Options.defaults(), Shards.firstSeq(number));
    }

    /** The folder, under a data directory, that holds shard {@code number}'s index files. */
    public static String shardName(int number) {
        return Shards.name(number);
    }

    private static ArticleIndex open(Path dataDir, boolean readOnly, StoryMemory.Options stories) {
        return open(dataDir, readOnly, stories, 0);
    }

    private static ArticleIndex open(Path dataDir, boolean readOnly, StoryMemory.Options stories, long firstSeq) {
        try {
            return new ArticleIndex(dataDir.toAbsolutePath().normalize(), readOnly, stories, firstSeq);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new IndexException("the index in " + dataDir + " is in use by another process (a running "
                    + "'warta ingest' or 'warta serve'); stop it or use another --data directory");
        } catch (IOException e) {
            throw new IndexException("cannot open the index in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    public Analyzers analyzers() {
        return analyzers;
    }

    /**
     * What storing this input would do: ADDED when no article has its id, UNCHANGED when the stored one was made
     * from the very same input (so the pipeline need not run again), REPLACED otherwise. Sees what the last
     * {@link #refresh()} or {@link #commit()} made visible.
     */
    public Outcome classify(RawDocument raw, String id) {
        String stored = storedDigest(id);
        return stored == null ? Outcome.ADDED
                : stored.equals(ArticleDocuments.digest(raw)) ? Outcome.UNCHANGED : Outcome.REPLACED;
    }

    String storedDigest(String id) {
        IndexSearcher s = acquire();
        try {
            TopDocs top = s.search(articleById(id), 1);
            if (top.scoreDocs.length == 0) {
                return null;
            }
            Document d = s.storedFields().document(top.scoreDocs[0].doc, java.util.Set.of(Fields.DIGEST));
            return d.get(Fields.DIGEST);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(s);
        }
    }

    /**
     * Stores an article with its events, replacing any earlier version with the same id. An article that has no
     * story yet is put into one here, against every article in story memory; one that has (a pipeline with the
     * {@code stories} stage over {@link #storyMemory()}) is stored as it is.
     *
     * @return the article as stored, with its story
     */
    public Article put(Article article) {
        writable();
        Fingerprint fingerprint = Fingerprints.of(article);
        StoryMemory m = storyMemory();
        Article stored = article;
        long seq;
        synchronized (m) {
            if (!article.has(Layer.STORY)) {
                StoryMemory.Assignment a = m.add(fingerprint);
                stored = article.toBuilder().story(a.story()).related(a.related()).layer(Layer.STORY).build();
            }
            seq = nextSeq++;
        }
        List<Document> block = documents.block(stored, fingerprint.encode(), seq);
        try {
            writer.updateDocuments(new Term(Fields.ARTICLE_ID, article.id()), block);
            if (stored.story() != null) {
                for (String from : stored.story().mergedFrom()) {
                    recordMerge(from, stored.story().id(), m);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store article " + article.id(), e);
        }
        return stored;
    }

    /**
     * The story memory of this index, shared by everything that stores articles into it; built from the index on
     * first use. Callers that add to it themselves synchronise on it, as the {@code stories} stage does.
     */
    public StoryMemory storyMemory() {
        writable();
        synchronized (storyLock) {
            if (memory == null) {
                StoryMemory m = new StoryMemory(storyOptions);
                merges.all().forEach(m::restoreMerge);
                try {
                    nextSeq = Math.max(firstSeq, restore(m));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the stories of the index", e);
                }
                memory = m;
            }
            return memory;
        }
    }

    /** Puts the most recent articles back into memory, oldest first; returns the next place in storing order. */
    private long restore(StoryMemory m) throws IOException {
        IndexSearcher s = acquire();
        try {
            Sort newestFirst = new Sort(new SortField(Fields.SEQ, SortField.Type.LONG, true));
            TopDocs top = s.search(new FieldExistsQuery(Fields.SEQ), Math.max(1, storyOptions.capacity()),
                    newestFirst);
            StoredFields stored = s.storedFields();
            ScoreDoc[] docs = top.scoreDocs.clone();
            long next = docs.length == 0 ? 0 : (Long) ((FieldDoc) docs[0]).fields[0] + 1;
            // read in the order of the stored fields (blocks are decompressed once), restore in the order of storing
            Arrays.sort(docs, Comparator.comparingInt(d -> d.doc));
            record Restored(Fingerprint fingerprint, String story) {
            }
            TreeMap<Long, Restored> bySeq = new TreeMap<>();
            for (ScoreDoc sd : docs) {
                Document d = stored.document(sd.doc, Set.of(Fields.FINGERPRINT, Fields.STORY_ID));
                String fingerprint = d.get(Fields.FINGERPRINT);
                String story = d.get(Fields.STORY_ID);
                if (fingerprint == null || story == null) {
                    continue;
                }
                try {
                    bySeq.put((Long) ((FieldDoc) sd).fields[0],
                            new Restored(Fingerprint.decode(fingerprint), story));
                } catch (IllegalArgumentException e) {
                    // written by another version of the fingerprint: that article is not matched against
                }
            }
            bySeq.values().forEach(r -> m.restore(r.fingerprint(), r.story()));
            return next;
        } finally {
            release(s);
        }
    }

    /** Keeps a merge of two stories, in this index, in its table and in story memory (if it came from elsewhere). */
    private void recordMerge(String from, String into, StoryMemory m) throws IOException {
        if (!merges.add(from, into)) {
            return;
        }
        synchronized (m) {
            m.restoreMerge(from, into);
        }
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.STORY_MERGE, Field.Store.NO));
        d.add(new StringField(Fields.MERGE_FROM, from, Field.Store.YES));
        d.add(new StoredField(Fields.MERGE_INTO, into));
        writer.updateDocument(new Term(Fields.MERGE_FROM, from), d);
    }

    private void loadMerges() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            Query q = new TermQuery(new Term(Fields.KIND, Fields.STORY_MERGE));
            int n = s.count(q);
            if (n == 0) {
                return;
            }
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : s.search(q, n).scoreDocs) {
                Document d = stored.document(sd.doc);
                merges.add(d.get(Fields.MERGE_FROM), d.get(Fields.MERGE_INTO));
            }
        } finally {
            searchers.release(s);
        }
    }

    /** The id a story is known by now: its own, or that of the story it was merged into. */
    public String resolveStory(String storyId) {
        return merges.resolve(storyId);
    }

    StoryMerges merges() {
        return merges;
    }

    /** Makes everything stored so far durable; a crash after this loses nothing before it. */
    public void commit() {
        writable();
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the index", e);
        }
    }

    /** Makes stored articles visible to searches (without making them durable). */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Articles visible to searches. */
    public long count() {
        IndexSearcher s = acquire();
        try {
            return s.count(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(s);
        }
    }

    /** The article's output-contract JSON, or null when no article has this id. */
    public String json(String id) {
        IndexSearcher s = acquire();
        try {
            TopDocs top = s.search(articleById(id), 1);
            if (top.scoreDocs.length == 0) {
                return null;
            }
            StoredFields stored = s.storedFields();
            return stored.document(top.scoreDocs[0].doc, java.util.Set.of(Fields.JSON)).getBinaryValue(Fields.JSON).utf8ToString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(s);
        }
    }

    static Query articleById(String id) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.ARTICLE_ID, id)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), BooleanClause.Occur.FILTER)
                .build();
    }

    IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void release(IndexSearcher s) {
        try {
            searchers.release(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isReadOnly() {
        return writer == null;
    }

    private void writable() {
        if (writer == null) {
            throw new IndexException("the index in " + dataDir + " is open for searching only");
        }
    }

    /** Titles of up to n articles picked at random (for benchmarks that need realistic queries). */
    public List<String> sampleTitles(int n, long seed) {
        IndexSearcher s = acquire();
        try {
            java.util.Random random = new java.util.Random(seed);
            StoredFields stored = s.storedFields();
            int max = s.getIndexReader().maxDoc();
            List<String> titles = new java.util.ArrayList<>();
            for (int tries = 0; titles.size() < n && tries < n * 10 && max > 0; tries++) {
                Document d = stored.document(random.nextInt(max), java.util.Set.of(Fields.JSON));
                if (d.getBinaryValue(Fields.JSON) == null) {
                    continue;
                }
                var json = org.warta.io.ArticleJson.MAPPER.readTree(d.getBinaryValue(Fields.JSON).utf8ToString());
                if (json.hasNonNull("title") && json.has("text")) {
                    titles.add(json.get("title").asText());
                }
            }
            return titles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(s);
        }
    }

    /** Bytes the index takes on disk. */
    public long sizeOnDisk() {
        try (Stream<Path> files = Files.list(dataDir.resolve("index"))) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Merges the index down to few segments: smaller and faster to search, for an index that is done growing. */
    public void optimize(int maxSegments) {
        writable();
        try {
            writer.forceMerge(maxSegments);
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Articles in the last commit of an index, read without opening a writer. */
    public static long committedCount(Path dataDir) throws IOException {
        try (Directory dir = FSDirectory.open(dataDir.resolve("index"));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            return new IndexSearcher(reader).count(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)));
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            if (writer != null) {
                writer.close();
            }
            directory.close();
            analyzers.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index", e);
        }
    }
}
