// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.security.Provider;

/**
 * The one place that knows which BouncyCastle provider is on the class path: the certified
 * bc-fips module ({@code BCFIPS}) in the FIPS build, bcprov ({@code BC}) otherwise. Both are
 * found by class name, so the same sources compile and run against either; every other class
 * of the crypto package asks for algorithms by their JCA names through {@link #get()} and never
 * names a provider class.
 */
public final class CryptoProviders {

    private static final String FIPS = "org.bouncycastle.jcajce.provider.BouncyCastleFipsProvider";
    private static final String REGULAR = "org.bouncycastle.jce.provider.BouncyCastleProvider";

    private static final Provider PROVIDER = load();

    private CryptoProviders() {
    }

    /** The BouncyCastle provider of this build (one instance, not registered globally). */
    public static Provider get() {
        return PROVIDER;
    }

    /** True in the FIPS build, where the provider is the validated bc-fips module. */
    public static boolean fipsModule() {
        return "BCFIPS".equals(PROVIDER.getName());
    }

    /**
     * One line for operators (the CLI prints it) saying which module signs and, in the regular
     * build, that it is not the validated module even under the fips profile.
     */
    public static String moduleStatement() {
        String module = PROVIDER.getName() + " " + PROVIDER.getVersionStr();
        if (fipsModule()) {
            return "crypto module: " + module + " (bc-fips, the FIPS 140-3 validated BouncyCastle"
                    + " module; validated operation also requires its security policy's setup)";
        }
        return "crypto module: " + module + " (bcprov). This is not a FIPS 140-3 validated"
                + " module: the fips profile only restricts keys and algorithms to the approved"
                + " list. Build with -Dfips for bc-fips.";
    }

    private static Provider load() {
        for (String name : new String[] {FIPS, REGULAR}) {
            try {
                return (Provider) Class.forName(name).getDeclaredConstructor().newInstance();
            } catch (ClassNotFoundException absent) {
                // try the next
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IllegalStateException("cannot start the crypto provider " + name, e);
            }
        }
        throw new IllegalStateException("no BouncyCastle provider on the class path");
    }
}
