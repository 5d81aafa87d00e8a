package org.improvementtracker.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on a port fixed for the test class, so it can be stopped and started
 * again where the application expects it, and what each address received. The database is shared by
 * every test, so emails are always looked at per address (addresses are unique to a test's organisation).
 */
final class Mailbox {

    final int port = freePort();
    final GreenMailExtension server = new GreenMailExtension(new ServerSetup(port, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    List<MimeMessage> to(String address) throws MessagingException {
        List<MimeMessage> received = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address))) {
                received.add(message);
            }
        }
        return received;
    }

    List<String> subjects(String address) throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : to(address)) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }

    static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("\r\n", "\n");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
