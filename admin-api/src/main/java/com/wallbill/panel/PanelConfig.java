package com.wallbill.panel;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The panel's settings ({@code wallbill.panel.*}, or {@code WALLBILL_PANEL_*} environment variables). */
@ConfigMapping(prefix = "wallbill.panel")
public interface PanelConfig {

    /** Where users reach Wallbill: the start of every link sent by mail. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /**
     * Where chargers reach the OCPP endpoint ({@code wss://ocpp.example.com/ocpp}), shown to employees with their
     * charger's id appended. Unset: the employee page shows its own host's {@code /ocpp/}, which is right when the
     * panel and the OCPP endpoint are served under one address.
     */
    Optional<String> ocppUrl();

    /** PBKDF2 iterations for people's passwords (OWASP 2023: 600,000 for HMAC-SHA256). */
    @WithDefault("600000")
    int passwordIterations();

    /** How long a login lasts. */
    @WithDefault("12h")
    Duration sessionTtl();

    /** How long an e-mail verification link works. */
    @WithDefault("48h")
    Duration verificationTtl();

    /** How long a password reset link works. */
    @WithDefault("1h")
    Duration resetTtl();

    /** Login or reset attempts allowed per e-mail address in each window. */
    @WithDefault("10")
    int attemptsPerWindow();

    /** Login, registration or reset attempts allowed per client address in each window (offices share one). */
    @WithDefault("100")
    int clientAttemptsPerWindow();

    @WithDefault("15m")
    Duration attemptWindow();
}
