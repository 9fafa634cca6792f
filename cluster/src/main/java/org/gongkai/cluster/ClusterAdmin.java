package org.gongkai.cluster;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.cloud.ClusterState;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.cloud.SolrZkClient;

/**
 * Sets up and inspects the local cluster once its nodes run:
 *
 * <pre>
 *   ClusterAdmin setup  &lt;zkHost&gt; &lt;configsetDir&gt; &lt;alias&gt; &lt;nodes&gt; &lt;shards&gt; &lt;replicas&gt;
 *   ClusterAdmin status &lt;zkHost&gt; &lt;alias&gt;
 * </pre>
 *
 * <p>setup uploads the configset {@code gongkai} (always, so a changed schema reaches the cluster),
 * waits for the nodes to be live, creates {@code <alias>_<time>} (shards x replicas) and points
 * the alias at it unless the alias already exists, and returns once every replica is active.
 * Exit code 0 = healthy.
 */
public final class ClusterAdmin {
  public static final String CONFIGSET = "gongkai";

  private ClusterAdmin() {}

  public static void main(String[] args) throws Exception {
    if (args.length >= 7 && args[0].equals("setup")) {
      System.exit(setup(args[1], Path.of(args[2]), args[3], Integer.parseInt(args[4]),
          Integer.parseInt(args[5]), Integer.parseInt(args[6])));
    } else if (args.length >= 3 && args[0].equals("status")) {
      System.exit(status(args[1], args[2]));
    }
    System.err.println("usage: ClusterAdmin setup zkHost confDir alias nodes shards replicas | status zkHost alias");
    System.exit(2);
  }

  static CloudSolrClient client(String zkHost) {
    return new CloudSolrClient.Builder(List.of(zkHost), java.util.Optional.empty()).build();
  }

  static int setup(String zkHost, Path conf, String alias, int nodes, int shards, int replicas)
      throws Exception {
    try (SolrZkClient zk =
        new SolrZkClient.Builder().withUrl(zkHost).withTimeout(30, TimeUnit.SECONDS).build()) {
      zk.upConfig(conf, CONFIGSET);
    }
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    // the first node creates the cluster's nodes in ZooKeeper; until then a client cannot connect
    while (true) {
      Set<String> live = Set.of();
      try (CloudSolrClient probe = client(zkHost)) {
        live = probe.getClusterState().getLiveNodes();
        if (live.size() >= nodes) {
          break;
        }
      } catch (RuntimeException notYet) {
        // retried until the deadline
      }
      if (System.nanoTime() > deadline) {
        System.err.println("gongkai-cluster: only " + live + " of " + nodes + " nodes live after 3 minutes");
        return 1;
      }
      Thread.sleep(1000);
    }
    try (CloudSolrClient client = client(zkHost)) {
      Map<String, String> aliases = org.apache.solr.common.cloud.ZkStateReader.from(client).getAliases().getCollectionAliasMap();
      String collection = aliases.get(alias);
      if (collection == null) {
        collection = alias + "_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        CollectionAdminRequest.createCollection(collection, CONFIGSET, shards, replicas)
            .process(client);
        CollectionAdminRequest.createAlias(alias, collection).process(client);
        System.out.println("gongkai-cluster: created collection " + collection + " (" + shards
            + " shards x " + replicas + " replicas) behind alias " + alias);
      } else {
        // a new schema version reaches an existing collection through a reload
        CollectionAdminRequest.reloadCollection(collection).process(client);
      }
      String target = collection;
      org.apache.solr.common.cloud.ZkStateReader.from(client)
          .waitForState(target, 3, TimeUnit.MINUTES, (java.util.Set<String> live, DocCollection coll) -> healthy(live, coll));
      return 0;
    }
  }

  static boolean healthy(Set<String> live, DocCollection coll) {
    if (coll == null || coll.getActiveSlices().isEmpty()) {
      return false;
    }
    for (Slice slice : coll.getActiveSlices()) {
      if (slice.getLeader() == null) {
        return false;
      }
      for (Replica r : slice.getReplicas()) {
        if (!r.isActive(live)) {
          return false;
        }
      }
    }
    return true;
  }

  static int status(String zkHost, String alias) throws Exception {
    try (CloudSolrClient client = client(zkHost)) {
      ClusterState state = client.getClusterState();
      Set<String> live = state.getLiveNodes();
      System.out.println("live nodes: " + new ArrayList<>(live));
      Map<String, String> aliases = org.apache.solr.common.cloud.ZkStateReader.from(client).getAliases().getCollectionAliasMap();
      String collection = aliases.get(alias);
      System.out.println("alias " + alias + " -> " + collection);
      if (collection == null) {
        return 1;
      }
      DocCollection coll = state.getCollectionOrNull(collection);
      for (Slice slice : coll.getSlices()) {
        for (Replica r : slice.getReplicas()) {
          System.out.println("  " + slice.getName() + " " + r.getName() + " " + r.getNodeName() + " "
              + (r.isActive(live) ? "active" : r.getState().toString().toLowerCase())
              + (r.isLeader() ? " leader" : ""));
        }
      }
      boolean ok = healthy(live, coll);
      System.out.println(ok ? "healthy" : "NOT healthy");
      return ok ? 0 : 1;
    }
  }
}
