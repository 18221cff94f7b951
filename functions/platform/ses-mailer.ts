import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { encodeMailbox } from './mail-address.ts';
import type { Mailer } from './mailer.ts';

/**
 * Sends mail through SES (AWS). The sender comes from the MAIL_FROM setting; every message goes
 * through the configuration set (MAIL_CONFIGURATION_SET), whose bounces and complaints are
 * recorded and whose reputation is watched (infra/constructs/mail-reputation.ts).
 */
export const createSesMailer = (
  client = new SESv2Client({}),
  mailFrom = process.env.MAIL_FROM ?? '',
  configurationSet = process.env.MAIL_CONFIGURATION_SET,
): Mailer => {
  const from = encodeMailbox(mailFrom);
  return {
    async send(message) {
      await client.send(
        new SendEmailCommand({
          FromEmailAddress: from,
          Destination: { ToAddresses: [message.to] },
          ConfigurationSetName: configurationSet || undefined,
          Content: {
            Simple: {
              Subject: { Data: message.subject, Charset: 'UTF-8' },
              Body: { Text: { Data: message.text, Charset: 'UTF-8' }, Html: { Data: message.html, Charset: 'UTF-8' } },
              // No List-Unsubscribe-Post (RFC 8058 one-click): the mail provider's POST would carry
              // no x-amz-content-sha256, which Lambda behind CloudFront requires, and would be refused.
              Headers: message.listUnsubscribe
                ? [{ Name: 'List-Unsubscribe', Value: `<${message.listUnsubscribe}>` }]
                : undefined,
              Attachments: message.attachments?.map((file) => ({
                FileName: file.filename,
                ContentType: file.contentType,
                RawContent: new TextEncoder().encode(file.content),
                ContentDisposition: 'ATTACHMENT' as const,
              })),
            },
          },
        }),
      );
    },
  };
};
