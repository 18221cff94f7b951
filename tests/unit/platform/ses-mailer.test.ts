import type { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { createSesMailer } from '../../../functions/platform/ses-mailer.ts';

const recordingClient = () => {
  const sent: SendEmailCommand[] = [];
  const client = { send: async (command: SendEmailCommand) => void sent.push(command) } as Pick<SESv2Client, 'send'>;
  return { client: client as SESv2Client, sent };
};

describe('the SES mailer', () => {
  it('sends every message through the configuration set, where bounces and complaints are handled', async () => {
    const { client, sent } = recordingClient();
    await createSesMailer(client, 'Communs <communs@brest.fr>', 'communs-mail').send({
      to: 'ana@brest.fr',
      subject: 'Lien',
      text: 'x',
      html: '<p>x</p>',
    });
    expect(sent[0]?.input.ConfigurationSetName).toBe('communs-mail');
    expect(sent[0]?.input.Content?.Simple?.Headers).toBeUndefined();
  });

  it('gives a digest its List-Unsubscribe header', async () => {
    const { client, sent } = recordingClient();
    await createSesMailer(client, 'Communs <communs@brest.fr>', 'communs-mail').send({
      to: 'ana@brest.fr',
      subject: 'Nouvelles',
      text: 'x',
      html: '<p>x</p>',
      listUnsubscribe: 'https://communs.brest.fr/projets/desabonnement/?jeton=abc',
    });
    expect(sent[0]?.input.Content?.Simple?.Headers).toEqual([
      { Name: 'List-Unsubscribe', Value: '<https://communs.brest.fr/projets/desabonnement/?jeton=abc>' },
    ]);
  });

  it('sends attached files (a workshop registration carries its calendar event)', async () => {
    const { client, sent } = recordingClient();
    await createSesMailer(client, 'Communs <communs@brest.fr>', 'communs-mail').send({
      to: 'ana@brest.fr',
      subject: 'Inscription',
      text: 'x',
      html: '<p>x</p>',
      attachments: [
        { filename: 'atelier.ics', contentType: 'text/calendar; charset=utf-8', content: 'BEGIN:VCALENDAR' },
      ],
    });
    const [file] = sent[0]?.input.Content?.Simple?.Attachments ?? [];
    expect(file?.FileName).toBe('atelier.ics');
    expect(file?.ContentType).toBe('text/calendar; charset=utf-8');
    expect(new TextDecoder().decode(file?.RawContent)).toBe('BEGIN:VCALENDAR');
  });
});
