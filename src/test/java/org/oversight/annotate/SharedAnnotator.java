package org.oversight.annotate;

/** The test JVM's annotator: CoreNLP's models take seconds to load and are the same for every test. */
public final class SharedAnnotator {
  private SharedAnnotator() {}

  public static NlpPipeline pipeline() {
    return Annotator.shared().pipeline();
  }

  public static Annotator get() {
    return Annotator.shared();
  }
}
