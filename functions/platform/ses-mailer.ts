import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { encodeMailbox } from './mail-address.ts';
import type { Mailer } from './mailer.ts';

/** Sends mail through SES (AWS). The sender comes from the MAIL_FROM setting. */
export const createSesMailer = (client = new SESv2Client({}), mailFrom = process.env.MAIL_FROM ?? ''): Mailer => {
  const from = encodeMailbox(mailFrom);
  return {
    async send(message) {
      await client.send(
        new SendEmailCommand({
          FromEmailAddress: from,
          Destination: { ToAddresses: [message.to] },
          Content: {
            Simple: {
              Subject: { Data: message.subject, Charset: 'UTF-8' },
              Body: { Text: { Data: message.text, Charset: 'UTF-8' }, Html: { Data: message.html, Charset: 'UTF-8' } },
            },
          },
        }),
      );
    },
  };
};
