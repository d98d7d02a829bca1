// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;

/**
 * Turns quarkus-oidc's default tenant on exactly when {@code quarkus.oidc.auth-server-url} is
 * set. quarkus-oidc refuses to start with the tenant enabled (its default) and no URL, and a
 * second switch for operators to keep in step would be one more way to misconfigure; so, unless
 * {@code quarkus.oidc.tenant-enabled} is set explicitly, its value follows the URL. Registered
 * through {@code META-INF/services}; it changes no other key.
 */
public class OidcSwitch implements ConfigSourceInterceptor {

    private static final long serialVersionUID = 1L;
    static final String ENABLED = "quarkus.oidc.tenant-enabled";
    static final String SERVER = "quarkus.oidc.auth-server-url";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!name.equals(ENABLED) || setExplicitly(value)) {
            return value;
        }
        ConfigValue server = context.proceed(SERVER);
        boolean configured = server != null && server.getValue() != null
                && !server.getValue().isBlank();
        return ConfigValue.builder().withName(ENABLED).withValue(String.valueOf(configured))
                .withConfigSourceName(OidcSwitch.class.getSimpleName()).build();
    }

    /** Set by an operator, not a default (defaults sit at the lowest ordinal). */
    private static boolean setExplicitly(ConfigValue value) {
        return value != null && value.getValue() != null
                && value.getConfigSourceOrdinal() > Integer.MIN_VALUE;
    }
}
