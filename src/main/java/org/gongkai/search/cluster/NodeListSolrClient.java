package org.gongkai.search.cluster;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.impl.LBSolrClient;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.util.NamedList;

/**
 * Every node of {@code GONGKAI_SOLR_URL} (comma-separated {@code /solr} URLs), not just the first
 * (issue 12): SolrJ's own load balancer ({@link LBSolrClient}: round robin over the live nodes; a
 * node whose connection fails is set aside and the request goes to the next one; a set-aside node is
 * asked for its health every {@link #ALIVE_CHECK_SECONDS} seconds and taken back when it answers)
 * over one JDK HTTP client per node.
 *
 * <p>Why not {@code CloudHttp2SolrClient} or {@code LBHttp2SolrClient}: in solr-solrj 9.10.1 both
 * need {@code Http2SolrClient}, i.e. Jetty's HTTP client, and the cloud one also a cluster-state
 * provider (ZooKeeper, or Jetty again); the portal keeps Jetty and ZooKeeper off its classpath. Any
 * node routes a request to the shards and replicas that hold the data, so load balancing over the
 * nodes is all the portal needs.
 *
 * <p>Retries: a request is sent to the next node only when the connection fails (an {@link
 * IOException}); an answer with an error status is the cluster's answer and is not retried. Updates
 * may therefore be sent twice when a node dies after applying one: the portal's updates are
 * idempotent (add by id, delete by id).
 */
final class NodeListSolrClient extends LBSolrClient {
    /** How often a set-aside node is asked whether it is back. */
    static final int ALIVE_CHECK_SECONDS = 5;

    private final Map<String, HttpJdkSolrClient> nodes;

    private NodeListSolrClient(List<String> urls, Map<String, HttpJdkSolrClient> nodes) {
        super(urls);
        this.nodes = nodes;
        this.aliveCheckIntervalMillis = TimeUnit.SECONDS.toMillis(ALIVE_CHECK_SECONDS);
    }

    /** The node URLs of a comma-separated list, trimmed, without trailing slashes or blanks. */
    static List<String> urls(String commaSeparated) {
        List<String> out = new ArrayList<>();
        if (commaSeparated != null) {
            for (String s : commaSeparated.split(",")) {
                String u = normalize(s.strip());
                if (!u.isEmpty() && !out.contains(u)) {
                    out.add(u);
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("gongkai.solr.url names no Solr node: '" + commaSeparated + "'");
        }
        return out;
    }

    static NodeListSolrClient of(String commaSeparated) {
        List<String> urls = urls(commaSeparated);
        Map<String, HttpJdkSolrClient> nodes = new LinkedHashMap<>();
        for (String u : urls) {
            nodes.put(
                    u,
                    new HttpJdkSolrClient.Builder(u)
                            .withConnectionTimeout(5, TimeUnit.SECONDS)
                            .withIdleTimeout(60, TimeUnit.SECONDS)
                            .build());
        }
        return new NodeListSolrClient(urls, nodes);
    }

    List<String> nodeUrls() {
        return List.copyOf(nodes.keySet());
    }

    @Override
    protected SolrClient getClient(String baseUrl) {
        HttpJdkSolrClient c = nodes.get(normalize(baseUrl));
        if (c == null) {
            throw new IllegalArgumentException("not one of the configured Solr nodes: " + baseUrl);
        }
        return c;
    }

    @Override
    protected SolrClient getClient(Endpoint endpoint) {
        return getClient(endpoint.getBaseUrl());
    }

    /**
     * LBSolrClient checks a set-aside node with a {@code *:*} query on the node's base URL, which
     * names no collection and would answer 404 on a node that is back: the check asks the node's
     * health instead ({@code /admin/info/health}: status 0 once it is connected to ZooKeeper).
     */
    @Override
    protected NamedList<Object> doRequest(String baseUrl, SolrRequest<?> request, String collection)
            throws SolrServerException, IOException {
        if (collection == null && request instanceof QueryRequest q && isAliveCheck(q)) {
            return getClient(baseUrl)
                    .request(new GenericSolrRequest(SolrRequest.METHOD.GET, "/admin/info/health"), null);
        }
        return super.doRequest(baseUrl, request, collection);
    }

    private static boolean isAliveCheck(QueryRequest q) {
        var p = q.getParams();
        return p != null && "*:*".equals(p.get(CommonParams.Q)) && "false".equals(p.get(CommonParams.DISTRIB));
    }

    @Override
    public void close() {
        super.close();
        for (HttpJdkSolrClient c : nodes.values()) {
            try {
                c.close();
            } catch (IOException e) {
                // closing: nothing left to do with it
            }
        }
    }
}
