import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { cdkJsonContext } from '../../infra/stacks/build-app.ts';
import { isPlaceholderUrl, readSettings } from '../../infra/stacks/settings.ts';

const settingsFrom = (context: Record<string, unknown>) =>
  readSettings(new App({ context: { ...cdkJsonContext(), ...context } }));

describe('deployment settings (CDK context)', () => {
  it('read the defaults of cdk.json', () => {
    const settings = settingsFrom({});
    expect(settings).toMatchObject({
      publicUrl: 'https://communs.example.org',
      mailDomain: 'communs.example.org',
      manageMailIdentity: true,
      adminEmails: [],
      timeZone: 'Europe/Paris',
      customDomain: undefined,
    });
    expect(isPlaceholderUrl(settings.publicUrl)).toBe(true);
  });

  it('accept command-line strings (-c key=value)', () => {
    const settings = settingsFrom({
      publicUrl: 'https://communs.brest.fr/ignored/path',
      adminEmails: ' Ana@Brest.fr, bo@brest.fr ',
      manageMailIdentity: 'false',
    });
    expect(settings.publicUrl).toBe('https://communs.brest.fr');
    expect(isPlaceholderUrl(settings.publicUrl)).toBe(false);
    expect(settings.adminEmails).toEqual(['ana@brest.fr', 'bo@brest.fr']);
    expect(settings.manageMailIdentity).toBe(false);
  });

  it('derive the public URL from the custom domain', () => {
    const settings = settingsFrom({
      publicUrl: undefined,
      domainName: 'communs.brest.fr',
      certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
    });
    expect(settings.publicUrl).toBe('https://communs.brest.fr');
  });

  it('refuse what would deploy a broken portal', () => {
    expect(() => settingsFrom({ publicUrl: 'http://communs.brest.fr' })).toThrow(/https/);
    expect(() => settingsFrom({ timeZone: 'Europe/Brest' })).toThrow(/time zone/);
    expect(() => settingsFrom({ mailFrom: 'Communs' })).toThrow(/mailFrom/);
    expect(() => settingsFrom({ domainName: 'communs.brest.fr' })).toThrow(/certificateArn/);
  });
});
