package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.spi.SLF4JServiceProvider;

/** The application's class path (the launcher jar's content) holds one SLF4J binding, so SLF4J warns of none. */
class LoggingBindingTest {
    @Test
    void exactlyOneLoggingProviderIsOnTheClassPath() {
        List<String> providers = ServiceLoader.load(SLF4JServiceProvider.class).stream()
                .map(p -> p.type().getName()).sorted().toList();
        assertEquals(List.of("org.slf4j.simple.SimpleServiceProvider"), providers);
    }
}
