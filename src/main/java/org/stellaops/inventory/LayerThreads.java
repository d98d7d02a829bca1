// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon threads named for the layer work they do, so a stuck read shows in a thread dump. */
final class LayerThreads implements ThreadFactory {

    static final LayerThreads INSTANCE = new LayerThreads();

    private final AtomicInteger count = new AtomicInteger();

    private LayerThreads() {
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, "stella-layer-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
