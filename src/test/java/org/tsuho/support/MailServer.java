package org.tsuho.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server in the test JVM, on a free port of its own that it keeps across {@link #stop()} and
 * {@link #start()} (so a sender pointed at it sees it go away and come back). The application itself sends no mail
 * in tests: mail tests give an outbox sender {@link #sender()}.
 */
public final class MailServer {

    private final int port = freePort();
    private GreenMail greenMail;

    public MailServer start() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return this;
    }

    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** A client for this server, failing fast when it is down. */
    public JavaMailSenderImpl sender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "5000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    /** Every message this server received for {@code address} since it was last started. */
    public List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    /** The text of a message, whether it is plain or has attachments. */
    public static String text(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    if (!Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
                        text.append(text(child));
                    }
                }
                return text.toString();
            }
            return "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The attachments of a message, at any depth. */
    public static List<Part> attachments(Part part) {
        List<Part> found = new ArrayList<>();
        try {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                found.add(part);
            } else if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    found.addAll(attachments(multipart.getBodyPart(i)));
                }
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
