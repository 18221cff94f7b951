/**
 * A module's pictures and sounds (`content/training/<module>/media/`), copied into the built site
 * at `/formations/<module>/media/<file>`: the lessons of both languages point here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { trainingContentDir } from '../../../../../../functions/training/catalogue.ts';
import { trainingModules } from '../../../../lib/training/collection.ts';

export const getStaticPaths = async () =>
  (await trainingModules()).flatMap((entry) => entry.media.map((file) => ({ params: { module: entry.id, file } })));

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(trainingContentDir(), String(params.module), 'media', String(params.file))));
