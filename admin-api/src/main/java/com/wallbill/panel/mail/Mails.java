package com.wallbill.panel.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends the panel's mails: through SMTP (the Quarkus mailer) when configured, else into a local outbox directory
 * as .eml files a person can open, so verification and reset links work on the embedded default with no mail
 * server at all.
 */
@ApplicationScoped
public class Mails {

    private static final Logger LOG = Logger.getLogger(Mails.class);

    private final MailConfig config;
    private final ReactiveMailer mailer;

    Mails(MailConfig config, ReactiveMailer mailer) {
        this.config = config;
        this.mailer = mailer;
    }

    public Uni<Void> send(String to, String subject, String text) {
        if (config.delivery() == MailConfig.Delivery.SMTP) {
            Mail mail = Mail.withText(to, subject, text).setFrom(config.from());
            config.replyTo().ifPresent(mail::setReplyTo);
            return mailer.send(mail);
        }
        return Uni.createFrom().item(() -> {
            writeToOutbox(to, subject, text);
            return (Void) null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private void writeToOutbox(String to, String subject, String text) {
        try {
            Path dir = Path.of(config.outboxDir());
            Files.createDirectories(dir);
            String name = Instant.now().toString().replace(':', '-') + "-" + UUID.randomUUID() + ".eml";
            String eml = "From: " + config.from() + "\r\nTo: " + to + "\r\nSubject: " + subject
                    + "\r\nDate: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().atZone(
                            java.time.ZoneOffset.UTC))
                    + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                    + "Content-Transfer-Encoding: 8bit\r\n\r\n" + text.replace("\n", "\r\n");
            Files.writeString(dir.resolve(name), eml, StandardCharsets.UTF_8);
            LOG.infof("Mail to %s (%s) written to the outbox %s", to, subject, dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
