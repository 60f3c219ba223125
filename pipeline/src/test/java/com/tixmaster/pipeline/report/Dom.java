package com.tixmaster.pipeline.report;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The report parsed as XML (it is written well-formed), queried with XPath. */
final class Dom {
  private final Document doc;

  private Dom(Document doc) {
    this.doc = doc;
  }

  static Dom parse(String html) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return new Dom(f.newDocumentBuilder().parse(new InputSource(new StringReader(html))));
    } catch (Exception e) {
      throw new AssertionError("the report is not well-formed: " + e.getMessage(), e);
    }
  }

  List<Element> all(String xpath) {
    try {
      NodeList nodes =
          (NodeList)
              XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
      List<Element> out = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        out.add((Element) nodes.item(i));
      }
      return out;
    } catch (Exception e) {
      throw new AssertionError(xpath, e);
    }
  }

  int count(String xpath) {
    return all(xpath).size();
  }

  Element one(String xpath) {
    List<Element> found = all(xpath);
    if (found.size() != 1) {
      throw new AssertionError(xpath + ": expected one element, found " + found.size());
    }
    return found.get(0);
  }

  List<String> attr(String xpath, String name) {
    return all(xpath).stream().map(e -> e.getAttribute(name)).toList();
  }

  String text(String xpath) {
    return one(xpath).getTextContent();
  }
}
