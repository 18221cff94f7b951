import { Logger } from '@aws-lambda-powertools/logger';

/** Structured JSON logs (CloudWatch in AWS, the terminal locally). Level from POWERTOOLS_LOG_LEVEL. */
export const logger = new Logger({ serviceName: 'communs' });
