import { describe, expect, it } from 'vitest';
import { recordBouncesAndComplaints } from '../../../functions/platform/ses-events.ts';
import { sendJournalDigest } from '../../../functions/projects/send-journal-digest.ts';
import { personWithRole } from '../accounts-support.ts';
import { followFixture, projectFixture } from '../projects-support.ts';
import { browserHeaders, makeTestApp, manualClock, uniqueEmail } from '../support.ts';

type Test = Awaited<ReturnType<typeof makeTestApp>>;

/**
 * SES events as EventBridge delivers them, the detail in SES's event publishing format: the
 * documented examples (docs.aws.amazon.com/ses/latest/dg/event-publishing-retrieving-sns-examples.html),
 * with this test's addresses.
 */
const mail = (to: string) => ({
  timestamp: '2026-11-24T08:40:02.012Z',
  source: 'Mairie de Brest <communs@brest.fr>',
  sourceArn: 'arn:aws:ses:eu-west-3:123456789012:identity/brest.fr',
  sendingAccountId: '123456789012',
  messageId: 'EXAMPLE7c191be45-e9aedb9a-02f9-4d12-a87d-dd0099a07f8a-000000',
  destination: [to],
  headersTruncated: false,
  headers: [{ name: 'To', value: to }],
  commonHeaders: { from: ['Mairie de Brest <communs@brest.fr>'], to: [to], subject: 'Votre lien de connexion' },
  tags: { 'ses:configuration-set': ['ConfigurationSet-EXAMPLE'], 'ses:source-ip': ['192.0.2.0'] },
});

const eventBridgeEnvelope = (detailType: string, detail: unknown) => ({
  version: '0',
  id: 'e1f0c6b2-EXAMPLE',
  'detail-type': detailType,
  source: 'aws.ses',
  account: '123456789012',
  time: '2026-11-24T08:41:03Z',
  region: 'eu-west-3',
  resources: ['arn:aws:ses:eu-west-3:123456789012:configuration-set/ConfigurationSet-EXAMPLE'],
  detail,
});

const bounceEvent = (to: string, bounceType: 'Permanent' | 'Transient' = 'Permanent') =>
  eventBridgeEnvelope('Email Bounced', {
    eventType: 'Bounce',
    bounce: {
      bounceType,
      bounceSubType: bounceType === 'Permanent' ? 'General' : 'MailboxFull',
      bouncedRecipients: [
        { emailAddress: to, action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' },
      ],
      timestamp: '2026-11-24T08:41:02.669Z',
      feedbackId: '01000157c44f053b-61b59c11-9236-11e6-8f96-7be8aexample-000000',
      reportingMTA: 'dsn; mta.example.com',
    },
    mail: mail(to),
  });

const complaintEvent = (to: string) =>
  eventBridgeEnvelope('Email Complaint Received', {
    eventType: 'Complaint',
    complaint: {
      complainedRecipients: [{ emailAddress: to }],
      timestamp: '2026-11-24T08:41:02.669Z',
      feedbackId: '01000157c44f053b-61b59c11-9236-11e6-8f96-7be8aexample-000000',
      userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)',
      complaintFeedbackType: 'abuse',
      arrivalDate: '2026-11-24T08:41:02.669Z',
    },
    mail: mail(to),
  });

const askForLink = (test: Test, email: string) =>
  test.app.request('/api/auth/sign-in', { method: 'POST', headers: browserHeaders(), body: JSON.stringify({ email }) });
const mailsTo = async (test: Test, email: string) => (await test.outbox()).filter((m) => m.to === email);

describe('addresses that bounced or complained', () => {
  it('get no sign-in link once SES reported a permanent bounce, and the answer does not tell', async () => {
    const test = await makeTestApp();
    const typo = uniqueEmail('typo');
    const fine = uniqueEmail();
    expect(await recordBouncesAndComplaints(test.deps, bounceEvent(typo.toUpperCase()).detail)).toEqual({
      suppressed: 1,
    });

    const refused = await askForLink(test, typo);
    const sent = await askForLink(test, fine);
    expect(refused.status).toBe(202);
    expect(await refused.json()).toEqual(await sent.json());
    expect(await mailsTo(test, typo)).toEqual([]);
    expect(await mailsTo(test, fine)).toHaveLength(1);
  });

  it('still get mail after a transient bounce (a full mailbox may empty)', async () => {
    const test = await makeTestApp();
    const full = uniqueEmail('full');
    expect(await recordBouncesAndComplaints(test.deps, bounceEvent(full, 'Transient').detail)).toEqual({
      suppressed: 0,
    });
    expect((await askForLink(test, full)).status).toBe(202);
    expect(await mailsTo(test, full)).toHaveLength(1);
  });

  it('are left out of the digest once they complained, the other followers still get theirs', async () => {
    const clock = manualClock(new Date());
    const test = await makeTestApp({ clock });
    const steward = await personWithRole(test.deps, 'citizen');
    const complainer = await personWithRole(test.deps, 'citizen');
    const reader = await personWithRole(test.deps, 'citizen');
    const project = await projectFixture(test.deps, steward.user.id);
    await followFixture(test.deps, project.slug, complainer.user.id);
    await followFixture(test.deps, project.slug, reader.user.id);
    const posted = await test.app.request(`/api/projects/${project.slug}/journal`, {
      method: 'POST',
      headers: browserHeaders(steward.cookie),
      body: JSON.stringify({ body: 'Répétition mardi' }),
    });
    expect(posted.status).toBe(201);
    expect(await recordBouncesAndComplaints(test.deps, complaintEvent(complainer.user.email).detail)).toEqual({
      suppressed: 1,
    });

    clock.advance(60_000);
    await sendJournalDigest(test.deps);
    expect(await mailsTo(test, complainer.user.email)).toEqual([]);
    expect(await mailsTo(test, reader.user.email)).toHaveLength(1);
  });

  it('ignores SES events that report no bounce or complaint', async () => {
    const test = await makeTestApp();
    const delivered = eventBridgeEnvelope('Email Delivered', { eventType: 'Delivery', mail: mail(uniqueEmail()) });
    expect(await recordBouncesAndComplaints(test.deps, delivered.detail)).toEqual({ suppressed: 0 });
  });
});
