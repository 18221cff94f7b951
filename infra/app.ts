import { buildApp } from './stacks/build-app.ts';

// Entry point of the CDK CLI (cdk.json "app"). Synth fails, with a report, on any unacknowledged
// cdk-nag finding or warning: see buildApp.
buildApp().app.synth();
