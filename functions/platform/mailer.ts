/** One e-mail, in the shape the local outbox stores and SES sends. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /**
   * Where the recipient stops this kind of mail (a page of the portal), sent as the
   * `List-Unsubscribe` header (RFC 2369) so mail clients offer their own "unsubscribe" button.
   */
  listUnsubscribe?: string;
  /** Files sent with the message (a workshop registration's calendar event), as text. */
  attachments?: MailAttachment[];
}

/** A text file attached to a message, e.g. `atelier.ics` as `text/calendar`. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
