package com.wallbill.billing.sepa;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A written pain.001 file read back with the JDK's own parser, independently of Prowide, so the tests check what a
 * bank would receive. XPath expressions use the prefix {@code p} for the pain.001.001.09 namespace.
 */
final class Pain001Xml {

    private final Document document;
    private final XPath xpath;

    private Pain001Xml(Document document) {
        this.document = document;
        this.xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "p".equals(prefix) ? SepaCreditTransferFile.NAMESPACE : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String namespaceUri) {
                return SepaCreditTransferFile.NAMESPACE.equals(namespaceUri) ? "p" : null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String namespaceUri) {
                String prefix = getPrefix(namespaceUri);
                return prefix == null ? java.util.Collections.emptyIterator() : java.util.List.of(prefix).iterator();
            }
        });
    }

    static Pain001Xml parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new Pain001Xml(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            throw new AssertionError("written file is not well-formed XML", e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    String text(String expression) {
        try {
            return (String) xpath.evaluate(expression, document, XPathConstants.STRING);
        } catch (Exception e) {
            throw new AssertionError(expression, e);
        }
    }

    int count(String expression) {
        return nodes(expression).size();
    }

    List<Node> nodes(String expression) {
        try {
            NodeList list = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
            List<Node> nodes = new ArrayList<>(list.getLength());
            for (int i = 0; i < list.getLength(); i++) {
                nodes.add(list.item(i));
            }
            return nodes;
        } catch (Exception e) {
            throw new AssertionError(expression, e);
        }
    }

    List<String> texts(String expression) {
        return nodes(expression).stream().map(Node::getTextContent).toList();
    }

    /** Local names of the element children of the first node matching {@code expression}, in document order. */
    List<String> childNames(String expression) {
        List<String> names = new ArrayList<>();
        NodeList children = nodes(expression).get(0).getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                names.add(child.getLocalName());
            }
        }
        return names;
    }
}
