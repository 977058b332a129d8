package org.oversight.extract;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Measures how deep the elements of an XML file nest, streaming, with DTDs and external entities off: a file nested
 * thousands deep is refused before a parser that builds anything from it sees it.
 */
final class XmlDepth {
  private XmlDepth() {}

  /** The deepest nesting, stopping as soon as it passes {@code limit}; -1 when the XML is not well-formed. */
  static int measure(InputStream xml, int limit) {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    int depth = 0;
    int max = 0;
    try {
      XMLStreamReader r = f.createXMLStreamReader(xml);
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamReader.START_ELEMENT) {
          max = Math.max(max, ++depth);
          if (max > limit) return max;
        } else if (event == XMLStreamReader.END_ELEMENT) {
          depth--;
        }
      }
      return max;
    } catch (XMLStreamException e) {
      return -1;
    }
  }
}
