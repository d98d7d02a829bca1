// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code stella serve}: the server is the packaged Quarkus application
 * ({@code target/quarkus-app/quarkus-run.jar}), which the launcher script runs directly. When
 * this plain main is asked instead, it runs that application in a child JVM, so the command
 * line itself never boots the framework.
 */
@Command(name = "serve", mixinStandardHelpOptions = false,
        description = "Start the scan server (options: --port, --host, --db; see docs/server.md).")
final class ServeCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "OPTION")
    List<String> options = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Path app = serverJar();
        if (!Files.isRegularFile(app)) {
            throw new UsageException("the server is not built: " + app + " is missing (run "
                    + "./mvnw package, or use the ./stella launcher)");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                app.toString(), "serve"));
        command.addAll(options);
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    private static Path serverJar() throws Exception {
        Path jar = Path.of(ServeCommand.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        Path target = Files.isDirectory(jar) ? jar.getParent() : jar.getParent();
        return target.resolve("quarkus-app").resolve("quarkus-run.jar");
    }
}
