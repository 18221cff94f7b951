import { App } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { buildApp, cdkJsonContext } from '../../infra/stacks/build-app.ts';
import { FIRST_DEPLOY_URL, readSettings } from '../../infra/stacks/settings.ts';
import { CITY_DOMAIN, CITY_SETTINGS, EXAMPLE_SETTINGS, settingsFile } from './settings-support.ts';

const settingsFrom = (context: Record<string, unknown>) =>
  readSettings(new App({ context: { ...cdkJsonContext(), ...context } }));
/** A city's settings file with these values (on top of a valid city). */
const city = (values: Record<string, unknown>) =>
  settingsFrom({ settingsFile: settingsFile({ ...CITY_SETTINGS, ...values }) });

describe('deployment settings', () => {
  it('come from the example file on a fresh clone, which synthesizes but cannot be deployed', () => {
    const settings = settingsFrom({});
    expect(settings).toMatchObject({ example: true, publicUrl: EXAMPLE_SETTINGS.publicUrl, stage: '' });
    const { app, appStack } = buildApp({ context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] } });
    app.synth();
    // A rule that cannot hold: CloudFormation refuses the change set, with the reason.
    expect(Template.fromStack(appStack).toJSON().Rules.ExampleSettingsAreNotDeployable).toEqual({
      Assertions: [
        {
          Assert: { 'Fn::Equals': ['example-settings', 'city-settings'] },
          AssertDescription: expect.stringContaining('communs.settings.json'),
        },
      ],
    });
  });

  it("are read from the city's file: no command-line value is needed, so none is lost on the next deploy", () => {
    const settings = city({ publicUrl: 'https://communs.brest.fr/ignored/path' });
    expect(settings).toMatchObject({
      example: false,
      publicUrl: 'https://communs.brest.fr',
      mailDomain: 'brest.fr',
      adminEmails: ['ana@brest.fr', 'bo@brest.fr'],
      manageMailIdentity: true,
      fromCommandLine: [],
    });
  });

  it('derive the public URL from the custom domain (no placeholder left behind)', () => {
    const settings = city(CITY_DOMAIN);
    expect(settings.publicUrl).toBe('https://communs.brest.fr');
    const { app, dataStack } = buildApp({
      context: {
        ...cdkJsonContext(),
        settingsFile: settingsFile({ ...CITY_SETTINGS, ...CITY_DOMAIN }),
        'aws:cdk:bundling-stacks': [],
      },
    });
    app.synth();
    Template.fromStack(dataStack).hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: { CorsRules: [Match.objectLike({ AllowedOrigins: ['https://communs.brest.fr'] })] },
    });
  });

  it('refuse placeholders in a city file, naming the setting', () => {
    expect(() => city({ publicUrl: 'https://communs.example.org' })).toThrow(/Setting "publicUrl".*placeholder/);
    expect(() =>
      city({ publicUrl: 'https://communs.brest.fr', mailFrom: 'Communs <no-reply@communs.example.org>' }),
    ).toThrow(/Setting "mailFrom".*placeholder/);
    expect(() => city({})).toThrow(/Setting "publicUrl".*missing.*firstDeploy/);
  });

  it('let a first deploy without a domain run on a stand-in URL, and say what to do next', () => {
    expect(city({ firstDeploy: true }).publicUrl).toBe(FIRST_DEPLOY_URL);
    const { app, appStack } = buildApp({
      context: {
        ...cdkJsonContext(),
        settingsFile: settingsFile({ ...CITY_SETTINGS, firstDeploy: true }),
        'aws:cdk:bundling-stacks': [],
      },
    });
    app.synth();
    Annotations.fromStack(appStack).hasInfo('*', Match.stringLikeRegexp('DistributionUrl'));
  });

  it('refuse, at synth, every setting that would crash the functions at start', () => {
    const base = { publicUrl: 'https://communs.brest.fr' };
    expect(() => city({ ...base, adminEmails: 'a@x.fr;b@x.fr' })).toThrow(/Setting "adminEmails".*a@x\.fr;b@x\.fr/);
    expect(() => city({ ...base, adminEmails: 'Jean <jean@ville.fr>' })).toThrow(/Setting "adminEmails"/);
    expect(() => city({ ...base, publicUrl: 'http://communs.brest.fr' })).toThrow(/Setting "publicUrl".*https/);
    expect(() => city({ ...base, timeZone: 'Europe/Brest' })).toThrow(/Setting "timeZone"/);
    expect(() => city({ ...base, mailFrom: 'Communs' })).toThrow(/Setting "mailFrom"/);
    expect(() => city({ ...base, domainName: 'communs.brest.fr' })).toThrow(/Setting "certificateArn"/);
    expect(() => city({ ...base, manageMailIdentity: 'yes' })).toThrow(/Setting "manageMailIdentity"/);
    expect(() => city({ ...base, adminEmail: 'ana@brest.fr' })).toThrow(/adminEmail/);
    expect(() => city({ ...base, stage: 'Prod_1' })).toThrow(/Setting "stage"/);
    expect(() => settingsFrom({ settingsFile: '/nowhere/communs.settings.json' })).toThrow(/Setting "settingsFile"/);
  });

  it("pass the city's training requirement for publishing to the functions, and refuse a module that does not exist", () => {
    const base = { publicUrl: 'https://communs.brest.fr' };
    expect(city(base).publishRequiresTraining).toBeUndefined();
    expect(() => city({ ...base, publishRequiresTraining: 'licences-libres' })).toThrow(
      /Setting "publishRequiresTraining".*"licences-libres" is no module of content\/training\/.*licences-libres-et-consentement/,
    );
    expect(city({ ...base, publishRequiresTraining: '' }).publishRequiresTraining).toBeUndefined();

    const { app, appStack } = buildApp({
      context: {
        ...cdkJsonContext(),
        settingsFile: settingsFile({
          ...CITY_SETTINGS,
          ...base,
          publishRequiresTraining: 'licences-libres-et-consentement',
        }),
        'aws:cdk:bundling-stacks': [],
      },
    });
    app.synth();
    Template.fromStack(appStack).hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('HTTP API'),
      Environment: {
        Variables: Match.objectLike({ PUBLISH_REQUIRES_TRAINING: 'licences-libres-et-consentement' }),
      },
    });
  });

  it('note the values given with -c, which the next deploy would not have', () => {
    const settings = settingsFrom({
      settingsFile: settingsFile({ ...CITY_SETTINGS, publicUrl: 'https://communs.brest.fr' }),
      adminEmails: 'chef@brest.fr',
    });
    expect(settings.adminEmails).toEqual(['chef@brest.fr']);
    expect(settings.fromCommandLine).toEqual(['adminEmails']);
  });

  it('name the stacks after the stage, so two portals fit in one account', () => {
    const { dataStack, appStack } = buildApp({
      context: {
        ...cdkJsonContext(),
        settingsFile: settingsFile({ ...CITY_SETTINGS, publicUrl: 'https://essai.brest.fr', stage: 'essai' }),
        'aws:cdk:bundling-stacks': [],
      },
    });
    expect([dataStack.stackName, appStack.stackName]).toEqual(['Communs-essai-Data', 'Communs-essai-App']);
  });
});
