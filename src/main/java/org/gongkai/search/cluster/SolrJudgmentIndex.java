package org.gongkai.search.cluster;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.gongkai.search.SearchBackend;
import org.gongkai.search.index.IndexedJudgment;
import org.gongkai.search.index.JudgmentAnalyzers;
import org.gongkai.search.query.SearchHit;
import org.gongkai.search.query.SearchRequest;
import org.gongkai.search.query.SearchResult;
import org.gongkai.search.query.SolrJudgmentSearch;

/**
 * The judgments collection on a SolrCloud cluster (issue 12), behind the alias {@code collection}
 * (default {@code judgments}): the cluster counterpart of {@code JudgmentIndex}. Writes go to the
 * alias; every write is durable in the nodes' transaction logs when it returns and visible to
 * searches after {@link #refreshBlocking()} (a soft commit) or at most one second later (the
 * configset's autoSoftCommit). A rebuild fills a new collection and then moves the alias, so
 * searches never see a half-filled index.
 *
 * <p>The client speaks HTTP only (solrj's JDK client, no ZooKeeper, no Jetty, no Lucene 9 on the
 * portal's classpath) to every node listed in the URL, so losing one node loses no search; any node
 * routes a request to the shards and replicas that hold the data.
 */
public final class SolrJudgmentIndex implements SearchBackend {
    public static final String DEFAULT_ALIAS = "judgments";
    public static final String CONFIGSET = "gongkai";

    private final SolrClient client;
    private final String alias;
    private final SolrDocumentMapper mapper = new SolrDocumentMapper();
    private final SolrJudgmentSearch search;
    /** False for a view on one collection ({@link #onCollection}): the client belongs to the index it came from. */
    private final boolean ownsClient;

    /**
     * @param baseUrl one node's {@code /solr} URL, or several separated by commas: requests are
     *     spread over them and go to the next when one does not answer ({@link NodeListSolrClient})
     */
    public SolrJudgmentIndex(String baseUrl, String alias, JudgmentAnalyzers analyzers) {
        this(NodeListSolrClient.of(baseUrl), alias == null || alias.isBlank() ? DEFAULT_ALIAS : alias, analyzers, true);
    }

    private SolrJudgmentIndex(SolrClient client, String target, JudgmentAnalyzers analyzers, boolean ownsClient) {
        this.client = client;
        this.alias = target;
        this.search = new SolrJudgmentSearch(client, target, analyzers);
        this.ownsClient = ownsClient;
    }

    /**
     * The same operations on one collection instead of the alias (a rebuild writes the changes made
     * meanwhile into its new collection before the alias moves); shares this index's client.
     */
    public SolrJudgmentIndex onCollection(String collection, JudgmentAnalyzers analyzers) {
        return new SolrJudgmentIndex(client, collection, analyzers, false);
    }

    public String alias() {
        return alias;
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return search.search(request);
    }

    @Override
    public List<SearchHit> similar(long id, int n) {
        return search.similar(id, n);
    }

    @Override
    public void upsert(IndexedJudgment judgment) {
        upsertAll(List.of(judgment));
    }

    /** Sends the judgments in batches of {@code 200}; returns how many were sent. */
    public long upsertAll(Iterable<IndexedJudgment> judgments) {
        return upsertAll(judgments, alias);
    }

    long upsertAll(Iterable<IndexedJudgment> judgments, String target) {
        List<SolrInputDocument> batch = new ArrayList<>(200);
        long n = 0;
        for (IndexedJudgment j : judgments) {
            batch.add(mapper.toDocument(j));
            if (batch.size() == 200) {
                send(batch, target);
                n += batch.size();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            send(batch, target);
            n += batch.size();
        }
        return n;
    }

    private void send(List<SolrInputDocument> docs, String target) {
        UpdateRequest req = new UpdateRequest();
        req.add(docs);
        process(req, target);
    }

    @Override
    public void delete(long id) {
        UpdateRequest req = new UpdateRequest();
        req.deleteById(SolrDocumentMapper.key(id));
        process(req, alias);
    }

    @Override
    public void deleteAll() {
        UpdateRequest req = new UpdateRequest();
        req.deleteByQuery("*:*");
        process(req, alias);
    }

    /** Makes every acknowledged write visible to searches now (soft commit on every replica). */
    @Override
    public void refreshBlocking() {
        commit(alias, true);
    }

    /** Hard commit: segments on disk, transaction logs rolled. */
    @Override
    public void commit() {
        commit(alias, false);
    }

    private void commit(String target, boolean soft) {
        UpdateRequest req = new UpdateRequest();
        req.setAction(UpdateRequest.ACTION.COMMIT, true, true, soft);
        process(req, target);
    }

    @Override
    public int count() {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.set("rows", 0);
        try {
            return (int) client.query(alias, p).getResults().getNumFound();
        } catch (SolrServerException | IOException e) {
            throw unavailable(e);
        }
    }

    /** Every id in the collection, read with a cursor (10,000 a request). */
    @Override
    public Set<Long> allIds() {
        Set<Long> ids = new TreeSet<>();
        String mark = CursorMarkParams.CURSOR_MARK_START;
        try {
            while (true) {
                ModifiableSolrParams p = new ModifiableSolrParams();
                p.set("q", "*:*");
                p.set("fl", SolrDocumentMapper.ID_NUM);
                p.set("sort", "id asc");
                p.set("rows", 10_000);
                p.set(CursorMarkParams.CURSOR_MARK_PARAM, mark);
                QueryResponse r = client.query(alias, p);
                for (SolrDocument d : r.getResults()) {
                    ids.add(((Number) d.getFieldValue(SolrDocumentMapper.ID_NUM)).longValue());
                }
                if (r.getNextCursorMark() == null || r.getNextCursorMark().equals(mark)) {
                    return ids;
                }
                mark = r.getNextCursorMark();
            }
        } catch (SolrServerException | IOException e) {
            throw unavailable(e);
        }
    }

    /** The collection the alias points at now, or null. */
    public String currentCollection() {
        try {
            CollectionAdminResponse r = new CollectionAdminRequest.ListAliases().process(client);
            Map<String, String> aliases = r.getAliases();
            return aliases == null ? null : aliases.get(alias);
        } catch (SolrServerException | IOException e) {
            throw unavailable(e);
        }
    }

    /**
     * Zero-downtime rebuild: {@link #createAndFill}, {@link #moveAlias}, then drops the old
     * collection. Searches keep using the old collection until the alias moves. (The portal's
     * rebuild goes step by step instead, to replay the changes made meanwhile before the alias moves.)
     */
    public String rebuild(Iterable<IndexedJudgment> source, int shards, int replicas) {
        String fresh = createAndFill(source, shards, replicas);
        String old = moveAlias(fresh);
        if (old != null && !old.equals(fresh)) {
            dropCollection(old);
        }
        return fresh;
    }

    /**
     * Creates {@code <alias>_<time>} (the configset, {@code shards} x {@code replicas}), fills it from
     * {@code source} and commits it; the alias does not move. Returns the new collection's name.
     */
    public String createAndFill(Iterable<IndexedJudgment> source, int shards, int replicas) {
        String fresh = alias + "_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS"));
        try {
            CollectionAdminRequest.createCollection(fresh, CONFIGSET, shards, replicas)
                    .process(client);
        } catch (SolrServerException | IOException e) {
            throw unavailable(e);
        }
        upsertAll(source, fresh);
        commit(fresh, false);
        return fresh;
    }

    /** Points the alias at {@code collection}; returns the collection it pointed at before, or null. */
    public String moveAlias(String collection) {
        String old = currentCollection();
        try {
            CollectionAdminRequest.createAlias(alias, collection).process(client);
        } catch (SolrServerException | IOException e) {
            throw unavailable(e);
        }
        return old;
    }

    public void dropCollection(String collection) {
        try {
            CollectionAdminRequest.deleteCollection(collection).process(client);
        } catch (SolrServerException | IOException e) {
            throw unavailable(e);
        }
    }

    private void process(UpdateRequest req, String target) {
        try {
            req.process(client, target);
        } catch (SolrServerException | IOException e) {
            throw unavailable(e);
        }
    }

    private static SolrException unavailable(Exception e) {
        return new SolrException(SolrException.ErrorCode.SERVICE_UNAVAILABLE, "search cluster: " + e.getMessage(), e);
    }

    @Override
    public void close() throws IOException {
        if (ownsClient) {
            client.close();
        }
    }
}
