import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Annotations, CfnOutput, CfnRule, Duration, Fn, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { FunctionUrlAuthType } from 'aws-cdk-lib/aws-lambda';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { EmailIdentity, Identity } from 'aws-cdk-lib/aws-ses';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';
import {
  bindCredentialKey,
  bindEdgeInvalidation,
  bindMail,
  bindMediaBucket,
  bindTable,
  bindWorkFunction,
  letContinueItself,
} from '../constructs/bindings.ts';
import { CommunsFunction } from '../constructs/communs-function.ts';
import { DailySchedule } from '../constructs/daily-schedule.ts';
import { MailReputation } from '../constructs/mail-reputation.ts';
import { Operations } from '../constructs/operations.ts';
import { PortalDistribution } from '../constructs/portal-distribution.ts';
import { SiteDeployment } from '../constructs/site-deployment.ts';
import { siteFiles } from '../constructs/site-paths-function.ts';
import { triggerOnUploads } from '../constructs/upload-trigger.ts';
import type { DataExports } from './data-exports.ts';
import { type DeploymentSettings, functionEnvironment } from './settings.ts';

export interface AppStackProps extends StackProps {
  readonly settings: DeploymentSettings;
  /** DataStack's named exports. */
  readonly data: DataExports;
}

/**
 * Everything stateless, redeployed at will: the four functions, their triggers, the CloudFront
 * distribution and the site's files.
 */
export class AppStack extends Stack {
  readonly api: CommunsFunction;
  readonly mediaUploaded: CommunsFunction;
  readonly dailyJob: CommunsFunction;
  readonly work: CommunsFunction;
  readonly portal: PortalDistribution;
  readonly operations: Operations;
  readonly mailReputation: MailReputation;

  constructor(scope: Construct, id: string, { settings, data, ...props }: AppStackProps) {
    super(scope, id, { description: 'Communs: functions, triggers, CloudFront and the site (stateless)', ...props });

    const table = { tableName: data.TableName, tableArn: data.TableArn };
    const mediaBucket = Bucket.fromBucketAttributes(this, 'MediaBucket', {
      bucketName: data.MediaBucketName,
      bucketArn: data.MediaBucketArn,
    });
    const siteBucket = Bucket.fromBucketAttributes(this, 'SiteBucket', {
      bucketName: data.SiteBucketName,
      bucketArn: data.SiteBucketArn,
    });
    const logBucket = Bucket.fromBucketAttributes(this, 'LogBucket', {
      bucketName: data.LogBucketName,
      bucketArn: data.LogBucketArn,
    });

    // PUBLIC_URL comes from the settings, not from the distribution: the API function is an origin of
    // the distribution, so reading the distribution's domain here would be a dependency cycle.
    this.guardDeployability(settings);
    const environment = functionEnvironment(settings);
    this.createMailIdentity(settings);
    this.mailReputation = new MailReputation(this, 'MailReputation', { table });
    const mail = {
      mailFrom: settings.mailFrom,
      configurationSetName: this.mailReputation.configurationSet.configurationSetName,
    };

    this.api = new CommunsFunction(this, 'Api', {
      entry: 'functions/api/lambda.ts',
      description: 'The HTTP API (/api/*), behind CloudFront',
      memorySize: 1024,
      timeout: Duration.seconds(15),
      environment,
    });
    this.mediaUploaded = new CommunsFunction(this, 'MediaUploaded', {
      entry: 'functions/jobs/media-uploaded.ts',
      description: 'Checks each upload (size, real type) and publishes it under media/',
      memorySize: 1024,
      timeout: Duration.minutes(2),
      environment,
    });
    this.dailyJob = new CommunsFunction(this, 'DailyJob', {
      entry: 'functions/jobs/daily.ts',
      description: 'Daily upkeep: expired uploads, journal digests',
      memorySize: 512,
      timeout: Duration.minutes(5),
      environment,
    });
    // Long work the API only records (a hidden medium's files, an erasure), in steps, within
    // Lambda's longest time limit; it continues itself when that is not enough.
    this.work = new CommunsFunction(this, 'Work', {
      entry: 'functions/jobs/work.ts',
      description: "Long work in steps: a hidden medium's files, an account's erasure",
      memorySize: 512,
      timeout: Duration.minutes(15),
      environment,
    });
    for (const fn of [this.api, this.mediaUploaded, this.dailyJob, this.work]) {
      bindTable(fn, table, { allowScan: fn === this.dailyJob });
      bindMediaBucket(fn, mediaBucket);
      bindMail(fn, mail);
    }
    for (const fn of [this.api, this.mediaUploaded, this.dailyJob]) bindWorkFunction(fn, this.work);
    // Only the API signs credentials (a holder's download); no job needs the key.
    bindCredentialKey(this.api, data.CredentialKeyArn);
    letContinueItself(this.work);

    // Only CloudFront may call the API: IAM auth on the URL, signed by the distribution's OAC.
    const apiUrl = this.api.function.addFunctionUrl({ authType: FunctionUrlAuthType.AWS_IAM });

    this.operations = new Operations(this, 'Operations', {
      api: this.api,
      jobs: [this.mediaUploaded, this.dailyJob, this.work, this.mailReputation.recorder],
      tableName: data.TableName,
      operationsEmail: settings.operationsEmail,
      stage: settings.stage,
    });
    triggerOnUploads(this, mediaBucket, this.mediaUploaded.function);
    new DailySchedule(this, 'DailyJobSchedule', {
      target: this.dailyJob.function,
      timeZone: settings.timeZone,
      deadLetterQueue: this.operations.failures,
    });

    const siteBuilt = existsSync(join(settings.siteDir, 'index.html'));
    this.portal = new PortalDistribution(this, 'Portal', {
      siteFiles: siteBuilt ? siteFiles(settings.siteDir) : undefined,
      tileUrl: settings.tileUrl,
      siteBucket,
      mediaBucket,
      apiUrl,
      logBucket,
      customDomain: settings.customDomain && {
        domainName: settings.customDomain.domainName,
        certificate: Certificate.fromCertificateArn(this, 'Certificate', settings.customDomain.certificateArn),
      },
    });

    // The functions drop public answers from the edge after a change; they find the distribution
    // through a parameter whose name they know, since they cannot be given its id (see bindEdgeInvalidation).
    // The plain name, not the parameter's (a reference to it would bring the cycle back).
    const parameterName = edgeDistributionParameterName(settings.stage);
    new StringParameter(this, 'EdgeDistributionId', {
      parameterName,
      description: 'The CloudFront distribution whose cached public answers the functions invalidate',
      stringValue: this.portal.distribution.distributionId,
    });
    // The work function too: a hidden medium's files and an erased account change public pages.
    for (const fn of [this.api, this.mediaUploaded, this.dailyJob, this.work]) {
      bindEdgeInvalidation(fn, { distribution: this.portal.distribution, parameterName });
    }

    if (siteBuilt) {
      new SiteDeployment(this, 'Site', {
        siteDir: settings.siteDir,
        siteBucket,
        distribution: this.portal.distribution,
      });
    } else {
      Annotations.of(this).addInfo(
        `No built site in ${settings.siteDir}: the site files are not deployed. Run "npm run build:web" before "npm run deploy".`,
      );
    }

    new CfnOutput(this, 'DistributionUrl', {
      description: 'The CloudFront URL of the portal (use it as publicUrl when there is no custom domain)',
      value: `https://${this.portal.distribution.distributionDomainName}`,
    });
    new CfnOutput(this, 'PublicUrl', {
      description: 'The URL the portal believes it is served from',
      value: settings.publicUrl,
    });
  }

  /**
   * The example settings can be synthesized (CI, a first look) but never deployed: a CloudFormation
   * rule that cannot hold stops the deploy before anything is created, with the reason. A first
   * deploy without a domain is allowed and says what to do next.
   */
  private guardDeployability(settings: DeploymentSettings) {
    if (settings.example) {
      new CfnRule(this, 'ExampleSettingsAreNotDeployable', {
        assertions: [
          {
            assert: Fn.conditionEquals('example-settings', 'city-settings'),
            assertDescription:
              "Synthesized from communs.settings.example.json: copy it to communs.settings.json, fill in the city's settings and deploy again.",
          },
        ],
      });
      Annotations.of(this).addInfo(
        'Synthesized with the example settings (communs.settings.example.json): checkable, not deployable. Copy it to communs.settings.json to deploy.',
      );
    }
    if (settings.firstDeploy) {
      Annotations.of(this).addInfo(
        `First deploy: the portal runs with ${settings.publicUrl} until you set "publicUrl" to the DistributionUrl output (and remove "firstDeploy") in ${settings.source}, then deploy again.`,
      );
    }
    for (const setting of settings.fromCommandLine) {
      Annotations.of(this).addInfo(
        `"${setting}" was given with -c: it is not kept. Write it in ${settings.source} or the next deploy reverts it.`,
      );
    }
  }

  /**
   * The SES identity of the sender's domain: created here unless it already exists in the account.
   * Functions may send from it through `bindMail`, which names every identity (sandbox recipients).
   */
  private createMailIdentity(settings: DeploymentSettings): void {
    if (!settings.manageMailIdentity) return;
    const identity = new EmailIdentity(this, 'MailIdentity', { identity: Identity.domain(settings.mailDomain) });
    // A verified identity (DNS records, production access) outlives any deploy or rename of this stack.
    identity.applyRemovalPolicy(RemovalPolicy.RETAIN);
    new CfnOutput(this, 'MailDkimRecords', {
      description: `CNAME records to add to the DNS of ${settings.mailDomain} so SES can send from it`,
      value: Fn.join(
        ' ; ',
        identity.dkimRecords.map((record) => Fn.join(' CNAME ', [record.name, record.value])),
      ),
    });
  }
}

/** A name known before the distribution exists, with the stage so that two portals can share an account. */
export const edgeDistributionParameterName = (stage: string) =>
  stage ? `/communs/${stage}/edge-distribution-id` : '/communs/edge-distribution-id';
