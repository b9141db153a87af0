package com.wallbill.panel.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Outgoing mail ({@code wallbill.mail.*}). */
@ConfigMapping(prefix = "wallbill.mail")
public interface MailConfig {

    /** {@code outbox}: mails are written to {@link #outboxDir()} as .eml files; {@code smtp}: sent through the
     * Quarkus mailer ({@code QUARKUS_MAILER_HOST}, ...). */
    @WithDefault("outbox")
    Delivery delivery();

    @WithDefault(".wallbill/outbox")
    String outboxDir();

    @WithDefault("Wallbill <no-reply@wallbill.local>")
    String from();

    Optional<String> replyTo();

    enum Delivery {
        OUTBOX, SMTP
    }
}
