import { type AppConfig, AppConfigSchema, CONFIG_VARIABLES, configInput } from '../../functions/platform/config.ts';
import { unknownModuleReason } from '../../functions/training/public.ts';
import { LocalStartError } from './local-start-error.ts';

/**
 * The settings `npm start` takes from its environment, read as a Lambda reads its own
 * (TIME_ZONE, FLAGS_TO_HIDE, PUBLISH_REQUIRES_TRAINING…), so a city can try one on this machine
 * before it writes it in its settings file. PUBLIC_URL is left out: the local portal is served
 * at its own origin. A value the functions or the synth would refuse stops the start, in one
 * line naming the variable.
 */
export const localConfigFromEnvironment = (env: NodeJS.ProcessEnv): Partial<AppConfig> => {
  const { publicUrl: _servedHere, ...input } = configInput(env);
  const parsed = AppConfigSchema.omit({ publicUrl: true }).safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0] as Exclude<keyof AppConfig, 'publicUrl'>;
    throw new LocalStartError(`${CONFIG_VARIABLES[field] ?? String(field)}: ${issue?.message ?? 'invalid'}`);
  }
  const required = parsed.data.publishRequiresTraining;
  const unknownModule = required && unknownModuleReason(required);
  if (unknownModule) throw new LocalStartError(`PUBLISH_REQUIRES_TRAINING: ${unknownModule}`);
  return parsed.data;
};
