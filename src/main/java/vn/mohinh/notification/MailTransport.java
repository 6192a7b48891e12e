package vn.mohinh.notification;

/** Delivers one mail of the outbox. Throws if it was not delivered. */
@FunctionalInterface
public interface MailTransport {

  /** @return how it was delivered ("SMTP", "CAPTURE"), recorded with the mail */
  String deliver(OutboxMail mail) throws Exception;

  /** Delivers the mails of one claimed batch; SMTP keeps one connection for the whole batch. */
  interface Session extends AutoCloseable {
    /** @return how it was delivered, as {@link MailTransport#deliver} */
    String deliver(OutboxMail mail) throws Exception;

    @Override
    void close();
  }

  /** A session for one batch; by default each mail is delivered on its own. */
  default Session open() {
    return new Session() {
      @Override
      public String deliver(OutboxMail mail) throws Exception {
        return MailTransport.this.deliver(mail);
      }

      @Override
      public void close() {}
    };
  }

  /**
   * Whether a failure says the mail server itself is unreachable (then the rest of the batch is not
   * tried now), rather than something about this one mail.
   */
  default boolean isServerUnavailable(Exception failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof java.net.ConnectException
          || t instanceof java.net.SocketTimeoutException
          || t instanceof java.net.UnknownHostException
          || t instanceof java.net.NoRouteToHostException
          || t instanceof org.springframework.mail.MailAuthenticationException
          || t.getClass().getSimpleName().equals("MailConnectException")
          || t.getClass().getSimpleName().equals("AuthenticationFailedException")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
