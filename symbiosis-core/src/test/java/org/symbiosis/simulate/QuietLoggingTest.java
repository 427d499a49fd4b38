package org.symbiosis.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.symbiosis.io.ParkFiles;
import org.symbiosis.model.Park;
import org.symbiosis.model.ParkPath;

/**
 * An embedder's sweep logs nothing at INFO: each engine call logs one line at DEBUG (the
 * CLI's -v), so a 10-value sweep with a logger at INFO prints nothing.
 */
class QuietLoggingTest {

    @Test
    void aSweepLogsOnlyAtDebugOneLinePerCall() {
        Logger logger = (Logger) LoggerFactory.getLogger("org.symbiosis");
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        logger.addAppender(events);
        Level before = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        try {
            Park park = ParkFiles.read(Path.of("src/test/resources/parks/chain.json")).park();
            ParkPath fixed = ParkPath.parse("process:power.coal:fixed");
            for (int i = 1; i <= 10; i++) {
                new Simulator().run(fixed.with(park, 100 * i));
            }
        } finally {
            logger.detachAppender(events);
            logger.setLevel(before);
        }
        assertTrue(events.list.stream().allMatch(e -> e.getLevel().toInt() <= Level.DEBUG.toInt()),
                "above DEBUG: " + events.list.stream().filter(e -> e.getLevel().toInt()
                        > Level.DEBUG.toInt()).map(ILoggingEvent::getFormattedMessage).toList());
        assertEquals(10, events.list.stream().filter(e -> e.getFormattedMessage()
                .startsWith("Simulated park 'chain'")).count());
    }
}
