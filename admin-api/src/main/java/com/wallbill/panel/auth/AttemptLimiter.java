package com.wallbill.panel.auth;

import com.wallbill.billing.app.Refusal;
import com.wallbill.panel.PanelConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits login, registration and reset attempts per client address and per e-mail address (sliding window), so
 * passwords cannot be guessed at speed and addresses cannot be probed in bulk. In memory: one instance's view.
 */
@ApplicationScoped
public class AttemptLimiter {

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final PanelConfig config;
    private final Clock clock = Clock.systemUTC();

    AttemptLimiter(PanelConfig config) {
        this.config = config;
    }

    /** Counts an attempt from a client address, and for an e-mail address if given; 429 when over either. */
    public void attempt(String client, String email) {
        count("client:" + client, config.clientAttemptsPerWindow());
        if (email != null) {
            count("email:" + email.strip().toLowerCase(java.util.Locale.ROOT), config.attemptsPerWindow());
        }
    }

    private void count(String key, int allowed) {
        Instant now = clock.instant();
        Instant horizon = now.minus(config.attemptWindow());
        Deque<Instant> window = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (window) {
            while (!window.isEmpty() && window.peekFirst().isBefore(horizon)) {
                window.pollFirst();
            }
            if (window.size() >= allowed) {
                throw new Refusal(429, "Too Many Requests", "Too many attempts; try again in a few minutes");
            }
            window.addLast(now);
        }
        if (attempts.size() > 100_000) {
            attempts.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || e.getValue().peekLast().isBefore(horizon);
                }
            });
        }
    }
}
