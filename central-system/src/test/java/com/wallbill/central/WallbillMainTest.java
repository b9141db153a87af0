package com.wallbill.central;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class WallbillMainTest {

    @Test
    void eventLoopsDefaultToOnePerTwoCores() {
        assertThat(WallbillMain.eventLoopsDefault(Map.of(), new Properties(), 2)).contains("1");
        assertThat(WallbillMain.eventLoopsDefault(Map.of(), new Properties(), 8)).contains("4");
        assertThat(WallbillMain.eventLoopsDefault(Map.of(), new Properties(), 1)).contains("1");
    }

    @Test
    void configuredEventLoopsAreLeftAlone() {
        Properties configured = new Properties();
        configured.setProperty(WallbillMain.EVENT_LOOPS, "6");

        assertThat(WallbillMain.eventLoopsDefault(Map.of(), configured, 2)).isEmpty();
        assertThat(WallbillMain.eventLoopsDefault(Map.of("QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE", "6"),
                new Properties(), 2)).isEmpty();
    }
}
