// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.io.OutputStream;

/** An output stream that drops what it is given: draining a stream to its end. */
final class OutputSink extends OutputStream {

    static final OutputSink INSTANCE = new OutputSink();

    private OutputSink() {
    }

    @Override
    public void write(int b) {
    }

    @Override
    public void write(byte[] b, int off, int len) {
    }
}
