package com.orderdesk.payment.gateway.kit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads a provider's XML reply whose root holds flat fields ({@code <return><returnCode>0</returnCode>…}
 * as Kuroneko answers) into a map of the root's child elements, in document order. The charset
 * comes from the XML declaration (the parser reads it from the bytes). Doctypes and external
 * entities are refused, so a reply can never make OrderDesk read a file or a URL.
 */
public final class XmlReplies {

    private XmlReplies() {
    }

    /** The reply's root name and its leaf fields; a repeated field keeps its first value. */
    public record XmlReply(String root, Map<String, String> fields) {

        public XmlReply {
            fields = Map.copyOf(fields);
        }
    }

    /** @throws MalformedReply when the body is not well-formed XML or declares a doctype */
    public static XmlReply read(byte[] body) {
        Element root;
        try {
            root = builder().parse(new ByteArrayInputStream(body)).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new MalformedReply("not a well-formed XML reply");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element element) {
                fields.putIfAbsent(element.getTagName(), element.getTextContent().strip());
            }
        }
        return new XmlReply(root.getTagName(), new LinkedHashMap<>(fields));
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be made safe", e);
        }
    }
}
