import { Duration } from 'aws-cdk-lib';
import { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { ConfigurationSet, EmailSendingEvent, EventDestination, SuppressionReasons } from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import { bindTable, type TableRef } from './bindings.ts';
import { CommunsFunction } from './communs-function.ts';

export interface MailReputationProps {
  readonly table: TableRef;
}

/**
 * Keeping the city's sending alive. SES pauses an account whose bounce or complaint rate climbs
 * (a typo in a sign-in address, someone signing up a stranger, a digest marked as spam), and then
 * no resident gets a sign-in link. Every message goes through this configuration set: SES
 * publishes its reputation metrics (alarmed in operations.ts), suppresses addresses that bounced
 * for good or complained, and sends those bounces and complaints to a small function that records
 * the addresses so the portal stops trying them (functions/platform/skip-suppressed.ts).
 */
export class MailReputation extends Construct {
  readonly configurationSet: ConfigurationSet;
  /** Records bounced and complaining addresses in the table. */
  readonly recorder: CommunsFunction;

  constructor(scope: Construct, id: string, props: MailReputationProps) {
    super(scope, id);

    // No physical name: CloudFormation makes one per stack, so two portals fit in one account.
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      reputationMetrics: true,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    // SES publishes to the account's default bus only; the rule below keeps this set's events.
    this.configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: EventDestination.eventBus(EventBus.fromEventBusName(this, 'DefaultBus', 'default')),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });

    this.recorder = new CommunsFunction(this, 'MailEvents', {
      entry: 'functions/jobs/mail-events.ts',
      description: 'Records the addresses SES reports as bounced or complaining, so no more mail goes to them',
      memorySize: 256,
      timeout: Duration.seconds(30),
    });
    bindTable(this.recorder, props.table);

    new Rule(this, 'BouncesAndComplaintsRule', {
      description: 'Bounces and complaints of the portal’s mail, to the function that records them',
      eventPattern: {
        source: ['aws.ses'],
        detailType: ['Email Bounced', 'Email Complaint Received'],
        detail: { mail: { tags: { 'ses:configuration-set': [this.configurationSet.configurationSetName] } } },
      },
      targets: [new LambdaFunction(this.recorder.function, { retryAttempts: 8, maxEventAge: Duration.hours(6) })],
    });
  }
}
