// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reads CycloneDX JSON components from a streaming parser, one object at a time, with the
 * structural checks that hold in every schema version: a component is an object with a
 * string {@code type} and {@code name}, and the fields read have the type the schema gives
 * them. Fields not listed in {@link #readField} are skipped without being built, as are
 * components under {@code pedigree} or {@code evidence}, which describe ancestors, not parts.
 */
final class CycloneDxJsonComponents {

    private final JsonParser parser;
    private final String origin;

    CycloneDxJsonComponents(JsonParser parser, String origin) {
        this.parser = parser;
        this.origin = origin;
    }

    /** Reads one component; the parser is on its START_OBJECT and ends on its END_OBJECT. */
    CycloneDxComponentDraft readComponent() throws IOException, SbomException {
        JsonLocation start = parser.currentTokenLocation();
        expect(JsonToken.START_OBJECT, "a component must be an object");
        CycloneDxComponentDraft draft = new CycloneDxComponentDraft();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            readField(field, draft);
        }
        if (draft.type == null || draft.name == null) {
            throw fail(start, "a component needs a type and a name");
        }
        return draft;
    }

    private void readField(String field, CycloneDxComponentDraft draft)
            throws IOException, SbomException {
        switch (field) {
            case "bom-ref" -> draft.ref = text(field);
            case "type" -> draft.type = text(field);
            case "name" -> draft.name = text(field);
            case "version" -> draft.version = text(field);
            case "purl" -> draft.purl = text(field);
            case "cpe" -> draft.cpe = text(field);
            case "licenses" -> readLicenses(draft);
            case "hashes" -> readHashes(draft);
            case "properties" -> readProperties(draft);
            case "components" -> {
                expect(JsonToken.START_ARRAY, "'components' must be an array");
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    draft.children.add(readComponent());
                }
            }
            default -> parser.skipChildren();
        }
    }

    /** {@code [{"license": {"id"|"name": ...}} | {"expression": ...}]}. */
    private void readLicenses(CycloneDxComponentDraft draft) throws IOException, SbomException {
        expect(JsonToken.START_ARRAY, "'licenses' must be an array");
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            expect(JsonToken.START_OBJECT, "a licenses entry must be an object");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("expression")) {
                    draft.addLicense(text(field));
                } else if (field.equals("license")) {
                    draft.addLicense(readLicense());
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    private String readLicense() throws IOException, SbomException {
        expect(JsonToken.START_OBJECT, "'license' must be an object");
        String id = null;
        String name = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "id" -> id = text(field);
                case "name" -> name = text(field);
                default -> parser.skipChildren();
            }
        }
        return id != null ? id : name;
    }

    private void readHashes(CycloneDxComponentDraft draft) throws IOException, SbomException {
        expect(JsonToken.START_ARRAY, "'hashes' must be an array");
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String[] pair = readPair("alg", "content", "a hash");
            draft.addHash(pair[0], pair[1]);
        }
    }

    private void readProperties(CycloneDxComponentDraft draft) throws IOException, SbomException {
        expect(JsonToken.START_ARRAY, "'properties' must be an array");
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String[] pair = readPair("name", "value", "a property");
            draft.addProperty(pair[0], pair[1]);
        }
    }

    private String[] readPair(String key, String value, String what)
            throws IOException, SbomException {
        expect(JsonToken.START_OBJECT, what + " must be an object");
        String[] pair = new String[2];
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals(key)) {
                pair[0] = text(field);
            } else if (field.equals(value)) {
                pair[1] = text(field);
            } else {
                parser.skipChildren();
            }
        }
        return pair;
    }

    /** The current value, which the schema says is a string. */
    String text(String field) throws IOException, SbomException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw fail(parser.currentTokenLocation(), "'" + field + "' must be a string");
        }
        return parser.getText();
    }

    void expect(JsonToken token, String reason) throws SbomException {
        if (parser.currentToken() != token) {
            throw fail(parser.currentTokenLocation(), reason);
        }
    }

    SbomException fail(JsonLocation at, String reason) {
        return new SbomException(origin + " at line " + at.getLineNr() + ", column "
                + at.getColumnNr() + ": " + reason);
    }
}
