/**
 * A module's sources as a ZIP archive (`/formations/<module>/<module>-<version>.zip`), built with
 * the site: lessons, module.yaml, media and the quiz's questions without their answers.
 */
import type { APIRoute } from 'astro';
import { trainingModules } from '../../../lib/training/collection.ts';
import { sourceArchiveName } from '../../../lib/training/paths.ts';
import { moduleSourceArchive } from '../../../lib/training/source-archive.ts';

export const getStaticPaths = async () =>
  (await trainingModules()).map((entry) => ({
    params: { module: entry.id, archive: sourceArchiveName(entry.id, entry.manifest.version) },
  }));

export const GET: APIRoute = ({ params }) =>
  new Response(moduleSourceArchive(String(params.module)), { headers: { 'content-type': 'application/zip' } });
