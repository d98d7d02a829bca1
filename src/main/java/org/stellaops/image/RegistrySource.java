// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * An image pulled from a registry, layer by layer as the consumer reads. The manifest the
 * reference names is verified against the reference's digest when it has one, and against the
 * registry's {@code Docker-Content-Digest} when it sends one.
 */
final class RegistrySource extends ResolvedImageSource {

    private final RegistryClient client;

    private RegistrySource(RegistryClient client, ResolvedImage image, ImageLimits limits) {
        super(image, limits);
        this.client = client;
    }

    static RegistrySource open(ImageReference reference, ImageSources.Options options)
            throws IOException {
        RegistryCredentials credentials = RegistryCredentials.find(options.dockerConfigDir(),
                reference.registry());
        RegistryClient client = new RegistryClient(reference, options.insecure(), credentials,
                options.limits().maxDocumentBytes());
        RegistryClient.Manifest manifest = client.fetchManifest(reference.manifestReference());
        String digest = Digests.of(manifest.bytes());
        String where = "manifest of " + reference;
        if (reference.digest() != null && !reference.digest().equals(digest)) {
            throw new ImageException(where + " digest mismatch: expected " + reference.digest()
                    + ", actual " + digest + "; the registry served other content");
        }
        if (manifest.digestHeader() != null && !manifest.digestHeader().equals(digest)) {
            throw new ImageException(where + " digest mismatch: the registry stated "
                    + manifest.digestHeader() + ", actual " + digest);
        }
        BlobReader blobs = new RegistryBlobs(client, options.limits().maxDocumentBytes());
        ResolvedImage resolved = new ManifestResolver(blobs, options.platform())
                .resolve(manifest.bytes(), digest, where, 0);
        String name = reference.registry() + "/" + reference.repository();
        List<String> tags = reference.tag() == null ? List.of() : List.of(name + ":"
                + reference.tag());
        ImageConfig config = resolved.config().withNames(resolved.config().manifestDigest(), tags,
                List.of(name + "@" + digest));
        return new RegistrySource(client, new ResolvedImage(config, resolved.layers()),
                options.limits());
    }

    @Override
    InputStream openBlob(LayerBlob layer) throws IOException {
        return client.openBlob(layer.digest());
    }

    @Override
    public void close() {
        // Each layer's connection closes with its stream; the client holds nothing else.
    }

    /** Blobs and manifests of the repository, read whole and verified. */
    private record RegistryBlobs(RegistryClient client, int max) implements BlobReader {

        @Override
        public byte[] readDocument(String digest, String what) throws IOException {
            try (InputStream in = client.openBlob(digest)) {
                byte[] bytes = in.readNBytes(max + 1);
                if (bytes.length > max) {
                    throw new ImageException(what + " is larger than " + max + " bytes");
                }
                Digests.verify(bytes, digest, what);
                return bytes;
            }
        }

        @Override
        public byte[] readManifest(String digest, String what) throws IOException {
            byte[] bytes = client.fetchManifest(digest).bytes();
            Digests.verify(bytes, digest, what);
            return bytes;
        }

        @Override
        public InputStream openBlob(String digest) {
            throw new UnsupportedOperationException("layers open through the client");
        }
    }
}
