// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An archive entry's inflated bytes, charged to the walk's {@link ArchiveBudget}; reading past
 * the budget fails, which stops the walk of every enclosing archive too. Closing does not close
 * the enclosing archive stream.
 */
final class BudgetedInputStream extends FilterInputStream {

    private final ArchiveBudget budget;
    private final String label;

    BudgetedInputStream(InputStream in, ArchiveBudget budget, String label) {
        super(in);
        this.budget = budget;
        this.label = label;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            charge(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            charge(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] sink = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int read = read(sink, 0, (int) Math.min(sink.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public void close() {
        // the enclosing archive stream stays open for its next entry
    }

    private void charge(int n) throws ArchiveBudgetException {
        if (!budget.spend(n)) {
            throw new ArchiveBudgetException(label);
        }
    }

    /** The budget of the walk is spent. */
    static final class ArchiveBudgetException extends IOException {
        ArchiveBudgetException(String label) {
            super("inflated size limit reached in " + label);
        }
    }
}
