// SPDX-License-Identifier: AGPL-3.0-or-later
// Run with a JDK that implements ML-DSA (24+) in source-file mode:
//   java VerifyMlDsa.java <spki.der> <message> <signature>
// Prints "ML-DSA verified" and exits 0, or prints why and exits 1. It uses only the JDK's own
// provider, so it is an implementation independent of BouncyCastle.
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;

public class VerifyMlDsa {
    public static void main(String[] args) throws Exception {
        byte[] spki = Files.readAllBytes(Path.of(args[0]));
        byte[] message = Files.readAllBytes(Path.of(args[1]));
        byte[] signature = Files.readAllBytes(Path.of(args[2]));
        PublicKey key = KeyFactory.getInstance("ML-DSA").generatePublic(
                new X509EncodedKeySpec(spki));
        Signature verifier = Signature.getInstance("ML-DSA");
        verifier.initVerify(key);
        verifier.update(message);
        boolean ok = verifier.verify(signature);
        System.out.println((ok ? "ML-DSA verified" : "ML-DSA not verified") + " by "
                + verifier.getProvider().getName() + " of Java " + Runtime.version()
                + " (" + key.getParams() + ")");
        System.exit(ok ? 0 : 1);
    }
}
