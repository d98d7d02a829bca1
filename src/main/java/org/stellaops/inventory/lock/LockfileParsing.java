// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.InventoryException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a lockfile's bytes into a tree, after checking the size limit. Every parse failure
 * becomes an {@link InventoryException} naming the file, the line and column when the parser
 * knows them, and the parser's reason. XML is read with DOCTYPEs refused outright, so no
 * external entity or entity expansion can ever be resolved.
 */
final class LockfileParsing {

    /** No real lockfile comes close; a larger one is refused before any parsing. */
    static final long MAX_BYTES = 64L << 20;

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper TOML = TomlMapper.builder().build();
    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
            .loaderOptions(yamlLimits()).build()).build();

    private LockfileParsing() {
    }

    /** The file as UTF-8 text (a leading byte-order mark removed). */
    static String text(FileContent content) throws IOException {
        String text = new String(content.bytes(MAX_BYTES), StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** A JSON document whose root is an object (every JSON lockfile has one). */
    static JsonNode json(FileContent content) throws IOException {
        JsonNode root = parse(JSON, content, "JSON");
        if (!root.isObject()) {
            throw new InventoryException(content.entry().path(),
                    "JSON root is " + root.getNodeType().name().toLowerCase(Locale.ROOT)
                            + ", not an object");
        }
        return root;
    }

    static JsonNode toml(FileContent content) throws IOException {
        return parse(TOML, content, "TOML");
    }

    /** Every YAML document of the file, in order (pnpm v9 may hold several). */
    static List<JsonNode> yamlDocuments(FileContent content) throws IOException {
        String path = content.entry().path();
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class)
                .readValues(text(content))) {
            while (it.hasNextValue()) {
                JsonNode document = it.nextValue();
                if (document != null && !document.isMissingNode() && !document.isNull()) {
                    documents.add(document);
                }
            }
        } catch (JacksonException e) {
            throw malformed(path, "YAML", e);
        }
        return documents;
    }

    static Document xml(FileContent content) throws IOException {
        String path = content.entry().path();
        byte[] bytes = content.bytes(MAX_BYTES);
        try {
            // a factory per document: DocumentBuilderFactory is not specified as thread-safe
            DocumentBuilder builder = secureXmlFactory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            throw new InventoryException(path, "malformed XML at line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new InventoryException(path, "malformed XML: " + e.getMessage(), e);
        }
    }

    private static JsonNode parse(ObjectMapper mapper, FileContent content, String format)
            throws IOException {
        String path = content.entry().path();
        String text = text(content);
        try {
            JsonNode root = mapper.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw new InventoryException(path, "empty " + format + " document");
            }
            return root;
        } catch (JacksonException e) {
            throw malformed(path, format, e);
        }
    }

    private static InventoryException malformed(String path, String format, JacksonException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? ""
                : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String reason = e.getOriginalMessage().replace('\n', ' ');
        return new InventoryException(path, "malformed " + format + where + ": " + reason, e);
    }

    private static org.yaml.snakeyaml.LoaderOptions yamlLimits() {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        // SnakeYAML stops at 3 MB by default, below what big monorepo lockfiles reach; our own
        // limit was checked already. (Jackson does not expand aliases into trees, so alias
        // bombs cannot grow the tree.)
        options.setCodePointLimit((int) MAX_BYTES);
        return options;
    }

    private static DocumentBuilderFactory secureXmlFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lost a standard feature", e);
        }
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory;
    }
}
