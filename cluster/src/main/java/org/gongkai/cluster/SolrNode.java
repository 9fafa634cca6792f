package org.gongkai.cluster;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * One SolrCloud node in its own JVM: {@code SolrNode <solrHome> <port> <zkHost>}. The node is
 * Solr's own code (JettySolrRunner: Jetty + SolrDispatchFilter, the same as MiniSolrCloudCluster
 * uses), bound to 127.0.0.1, registered in ZooKeeper under {@code 127.0.0.1:<port>_solr}. It runs
 * until the JVM is stopped (SIGTERM stops Jetty and closes the cores cleanly).
 */
public final class SolrNode {
  private SolrNode() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: SolrNode <solrHome> <port> <zkHost>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String zkHost = args[2];
    Files.createDirectories(home);
    Path solrXml = home.resolve("solr.xml");
    try (var in = SolrNode.class.getResourceAsStream("/solr.xml")) {
      Files.writeString(solrXml, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    Properties props = new Properties();
    props.setProperty("zkHost", zkHost);
    props.setProperty("hostPort", Integer.toString(port));
    props.setProperty("hostContext", "/solr");
    JettyConfig config =
        JettyConfig.builder().setPort(port).setContext("/solr").stopAtShutdown(true).build();
    JettySolrRunner node = new JettySolrRunner(home.toString(), props, config);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    node.stop();
                  } catch (Exception e) {
                    e.printStackTrace();
                  }
                }));
    node.start();
    System.out.println("gongkai-cluster: node " + node.getNodeName() + " up at " + node.getBaseUrl());
    Thread.currentThread().join();
  }
}
