// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The declared shape of every CEL variable, so the checker rejects a misspelt field or a
 * string compared with a number when the policy is compiled rather than on every finding.
 *
 * <p>The declarations are struct types, but the values handed to the runtime are plain Java
 * maps keyed by field name: CEL selects map keys and struct fields alike, and maps avoid
 * generating protobuf messages. The one visible difference: {@code has(finding.published)}
 * tests whether the key is present, which is how an unknown publication time is told apart.
 */
final class CelTypes {

    static final StructType FINDING = struct("stella.policy.Finding", findingFields());
    static final StructType PACKAGE = struct("stella.policy.Package", packageFields());
    static final StructType VEX = struct("stella.policy.Vex", Map.of(
            "status", SimpleType.STRING,
            "justification", SimpleType.STRING,
            "issuer", SimpleType.STRING));
    static final StructType SCAN = struct("stella.policy.Scan", scanFields());
    static final StructType GATE_FINDING = struct("stella.policy.GateFinding", gateFields());

    static final CelTypeProvider PROVIDER = new CelTypeProvider() {
        private final List<StructType> all = List.of(FINDING, PACKAGE, VEX, SCAN, GATE_FINDING);

        @Override
        public ImmutableList<CelType> types() {
            return ImmutableList.copyOf(all);
        }

        @Override
        public Optional<CelType> findType(String name) {
            return all.stream().filter(t -> t.name().equals(name)).map(CelType.class::cast)
                    .findFirst();
        }
    };

    private CelTypes() {
    }

    private static Map<String, CelType> findingFields() {
        Map<String, CelType> fields = new LinkedHashMap<>();
        fields.put("id", SimpleType.STRING);
        fields.put("aliases", ListType.create(SimpleType.STRING));
        fields.put("severity", SimpleType.STRING);
        fields.put("score", SimpleType.DOUBLE);
        fields.put("vector", SimpleType.STRING);
        fields.put("fixed", ListType.create(SimpleType.STRING));
        fields.put("fixAvailable", SimpleType.BOOL);
        fields.put("published", SimpleType.TIMESTAMP);
        fields.put("ageDays", SimpleType.INT);
        fields.put("fixAgeDays", SimpleType.INT);
        return fields;
    }

    private static Map<String, CelType> packageFields() {
        Map<String, CelType> fields = new LinkedHashMap<>();
        fields.put("purl", SimpleType.STRING);
        fields.put("name", SimpleType.STRING);
        fields.put("ecosystem", SimpleType.STRING);
        fields.put("version", SimpleType.STRING);
        fields.put("layers", ListType.create(SimpleType.STRING));
        return fields;
    }

    private static Map<String, CelType> scanFields() {
        Map<String, CelType> fields = new LinkedHashMap<>();
        fields.put("referenceTime", SimpleType.TIMESTAMP);
        fields.put("targetKind", SimpleType.STRING);
        fields.put("targetRef", SimpleType.STRING);
        fields.put("targetDigest", SimpleType.STRING);
        fields.put("snapshotDigest", SimpleType.STRING);
        fields.put("snapshotDate", SimpleType.STRING);
        return fields;
    }

    private static Map<String, CelType> gateFields() {
        Map<String, CelType> fields = new LinkedHashMap<>(findingFields());
        fields.putAll(packageFields());
        fields.put("vexStatus", SimpleType.STRING);
        fields.put("vexJustification", SimpleType.STRING);
        fields.put("vexIssuer", SimpleType.STRING);
        fields.put("action", SimpleType.STRING);
        fields.put("rule", SimpleType.STRING);
        return fields;
    }

    private static StructType struct(String name, Map<String, CelType> fields) {
        Map<String, CelType> copy = Map.copyOf(fields);
        return StructType.create(name, ImmutableSet.copyOf(fields.keySet()),
                field -> Optional.ofNullable(copy.get(field)));
    }
}
