package org.gongkai.cluster;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/** Solr schema factory of {@link BridgingBigramTokenizer}: {@code <tokenizer class="org.gongkai.cluster.BridgingBigramTokenizerFactory"/>}. */
public final class BridgingBigramTokenizerFactory extends TokenizerFactory {
  public static final String NAME = "gongkaiBridgingBigram";

  public BridgingBigramTokenizerFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For SPI. */
  public BridgingBigramTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public BridgingBigramTokenizer create(AttributeFactory factory) {
    return new BridgingBigramTokenizer();
  }
}
