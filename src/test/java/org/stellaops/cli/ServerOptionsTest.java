// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whether a scan goes to a server, and to which URL. */
class ServerOptionsTest {

    private static final Map<String, String> ENV =
            Map.of("STELLA_SERVER", "http://scan.example:8080/");

    @Test
    void environmentNamesTheServerWhenTheOptionIsAbsent() throws Exception {
        assertThat(new ServerOptions().baseUrl(ENV))
                .isEqualTo(URI.create("http://scan.example:8080"));
    }

    @Test
    void optionWinsOverTheEnvironment() throws Exception {
        ServerOptions options = new ServerOptions();
        options.server = "https://stella.example/api/";

        assertThat(options.baseUrl(ENV)).isEqualTo(URI.create("https://stella.example/api"));
    }

    @Test
    void tokenComesFromTheOptionElseFromStellaJwt() {
        ServerOptions options = new ServerOptions();
        Map<String, String> env = Map.of("STELLA_JWT", " env.token.value \n");

        assertThat(options.token(env)).isEqualTo("env.token.value");
        assertThat(options.token(Map.of("STELLA_JWT", " "))).isNull();
        options.token = "option.token.value";
        assertThat(options.token(env)).isEqualTo("option.token.value");
    }

    @Test
    void noServerMeansALocalScan() throws Exception {
        assertThat(new ServerOptions().baseUrl(Map.of())).isNull();
    }

    @Test
    void deltaWithoutAServerIsRefused() {
        ServerOptions options = new ServerOptions();
        options.delta = true;

        assertThatThrownBy(() -> options.baseUrl(Map.of())).isInstanceOf(UsageException.class)
                .hasMessageContaining("--delta needs a server");
    }

    @Test
    void urlWithoutHttpSchemeIsRefused() {
        for (String url : new String[] {"scan.example:8080", "ftp://scan.example", "http://"}) {
            ServerOptions options = new ServerOptions();
            options.server = url;

            assertThatThrownBy(() -> options.baseUrl(Map.of())).as(url)
                    .isInstanceOf(UsageException.class).hasMessageContaining(url);
        }
    }
}
