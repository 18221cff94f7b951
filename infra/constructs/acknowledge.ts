import { Stack, Validations } from 'aws-cdk-lib';
import type { PolicyDocument, PolicyStatement } from 'aws-cdk-lib/aws-iam';
// cdk-nag's own flattening, so the finding ids computed here are exactly the ones it reports.
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges one finding on `scope` and everything under it, saying why it is acceptable.
 *
 * `id` is a cdk-nag finding (`AwsSolutions-S1`, `AwsSolutions-IAM5[Resource::…]`) or a CDK warning
 * (`@aws-cdk/aws-s3:…`). cdk-nag 3 matches ids exactly: each wildcard of an IAM policy is its own
 * finding, so a wildcard added later is reported instead of being silently covered.
 */
export const acknowledge = (scope: IConstruct, id: string, reason: string): void =>
  Validations.of(scope).acknowledge({ id, reason });

interface StatementJson {
  Effect?: string;
  Action?: unknown;
  Resource?: unknown;
}

/** The `AwsSolutions-IAM5` finding ids of resolved statements: each wildcard action and resource, as cdk-nag words them. */
const findingIds = (statements: StatementJson[]): string[] => {
  const findings = new Set<string>();
  for (const statement of statements.filter((s) => s.Effect === 'Allow')) {
    for (const action of asArray(statement.Action)) {
      if (typeof action === 'string' && action.includes('*')) findings.add(`Action::${action}`);
    }
    for (const resource of asArray(statement.Resource).map((r) => flattenCfnReference(r))) {
      if (resource.includes('*')) findings.add(`Resource::${resource}`);
    }
  }
  return [...findings].map((finding) => `AwsSolutions-IAM5[${finding}]`);
};

/** The `AwsSolutions-IAM5` finding ids cdk-nag will report for one statement. */
export const wildcardFindingIds = (scope: IConstruct, statement: PolicyStatement): string[] =>
  findingIds([Stack.of(scope).resolve(statement.toStatementJson()) as StatementJson]);

/** Acknowledges exactly the wildcards of `statement` (and nothing else) on `scope`. */
export const acknowledgeWildcards = (scope: IConstruct, statement: PolicyStatement, reason: string): void => {
  for (const id of wildcardFindingIds(scope, statement)) acknowledge(scope, id, reason);
};

/**
 * Acknowledges the wildcards of a whole policy document, for roles whose statements CDK writes
 * itself (custom resource handlers, scheduler targets). Call it once the construct that grants is
 * built; a statement added afterwards is reported again.
 */
export const acknowledgeDocumentWildcards = (scope: IConstruct, document: PolicyDocument, reason: string): void => {
  const json = Stack.of(scope).resolve(document.toJSON()) as { Statement?: StatementJson[] } | undefined;
  for (const id of findingIds(json?.Statement ?? [])) acknowledge(scope, id, reason);
};

const asArray = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
