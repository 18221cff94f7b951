import type { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { encodeMailbox } from '../../../functions/platform/mail-address.ts';
import { createSesMailer } from '../../../functions/platform/ses-mailer.ts';

describe('the From header SES is given', () => {
  it('encodes an accented display name as an RFC 2047 encoded word', () => {
    const encoded = encodeMailbox('Mairie de Saint-Étienne <communs@saint-etienne.fr>');
    expect(encoded).toBe(
      `=?UTF-8?B?${Buffer.from('Mairie de Saint-Étienne').toString('base64')}?= <communs@saint-etienne.fr>`,
    );
    expect(encoded).toMatch(/^[\x20-\x7e]+$/);
  });

  it('keeps plain names and bare addresses, and quotes names with specials', () => {
    expect(encodeMailbox('Communs <no-reply@brest.fr>')).toBe('Communs <no-reply@brest.fr>');
    expect(encodeMailbox('no-reply@brest.fr')).toBe('no-reply@brest.fr');
    expect(encodeMailbox('"Ville de Brest, Communs" <no-reply@brest.fr>')).toBe(
      '"Ville de Brest, Communs" <no-reply@brest.fr>',
    );
    expect(encodeMailbox('Brest.fr <no-reply@brest.fr>')).toBe('"Brest.fr" <no-reply@brest.fr>');
  });

  it('is what the SES mailer sends', async () => {
    const sent: SendEmailCommand[] = [];
    const client = { send: async (command: SendEmailCommand) => void sent.push(command) } as Pick<SESv2Client, 'send'>;
    const mailer = createSesMailer(client as SESv2Client, 'Mairie de Saint-Étienne <communs@saint-etienne.fr>');
    await mailer.send({ to: 'ana@brest.fr', subject: 'Lien', text: 'x', html: '<p>x</p>' });
    expect(sent[0]?.input.FromEmailAddress).toMatch(/^=\?UTF-8\?B\?.+\?= <communs@saint-etienne\.fr>$/);
  });
});
