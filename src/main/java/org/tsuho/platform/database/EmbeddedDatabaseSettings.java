package org.tsuho.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its files. Used only when no {@code spring.datasource.url} is set.
 *
 * @param dataDirectory kept between runs, so the one-command start keeps its data
 * @param port          0 picks a free port
 * @param clean         wipe the directory at start (tests)
 */
@ConfigurationProperties("tsuho.embedded-database")
public record EmbeddedDatabaseSettings(
        @DefaultValue("./data/postgres") String dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean) {
}
