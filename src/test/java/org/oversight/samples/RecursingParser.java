package org.oversight.samples;

import java.io.InputStream;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;

/**
 * A parser with the fault a fuzzed file finds in a real one: it recurses without end and overflows the stack. It reads
 * only its own sample type ({@code custom-mimetypes.xml} at the root of the test resources: files that begin "OVERSIGHT SAMPLE:
 * RECURSE"), so it changes nothing else; Tika finds it through the test class path's service file.
 */
public final class RecursingParser implements Parser {
  /** The sample type this parser reads. */
  public static final MediaType TYPE = MediaType.application("x-oversight-sample-recursion");
  /** What a file of that type begins with. */
  public static final String MAGIC = "OVERSIGHT SAMPLE: RECURSE";

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return Set.of(TYPE);
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
    descend(0);
  }

  private static int descend(int level) {
    return descend(level + 1) + 1;
  }
}
