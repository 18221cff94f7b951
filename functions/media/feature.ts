import { z } from 'zod';
import { defineFeature, mount } from '../platform/feature.ts';
import { contributorRoutes } from './contributor-routes.ts';
import { expireAbandonedUploadsTask } from './expire-abandoned-uploads.ts';
import { mediaFilesWork } from './media-files-work.ts';
import { mediaRoutes } from './media-routes.ts';
import { mediaModerationRoutes } from './moderation-routes.ts';
import { myMediaRoutes } from './my-media-routes.ts';
import { mediaPersonalData } from './personal-data.ts';
import { processUpload } from './process-upload.ts';
import { reportableMedia } from './reportable.ts';
import { DemoMediaSchema, seedDemoMedia } from './seed-demo-media.ts';
import { uploadRoutes } from './uploads-routes.ts';

const DemoClipsSchema = z.object({ clips: z.array(z.unknown()) });
const DemoImagesSchema = z.object({ images: z.array(z.unknown()) });

/** Media: uploads checked and published by the pipeline, a citizen's library, public media pages. */
export const mediaFeature = defineFeature({
  name: 'media',
  routes: [
    mount('/me/media', myMediaRoutes),
    mount('/uploads', uploadRoutes),
    mount('/media', mediaRoutes),
    mount('/contributors', contributorRoutes),
    mount('/moderation/media', mediaModerationRoutes),
  ],
  dailyTasks: [expireAbandonedUploadsTask],
  // Uploads land under `uploads/` (storage-keys.ts) and are published under `media/`.
  uploadProcessors: [{ prefix: 'uploads/', process: processUpload }],
  reportables: [reportableMedia],
  personalData: [mediaPersonalData],
  workHandlers: [mediaFilesWork],
  demoSeeders: [
    {
      name: 'media',
      seed: async (deps, demo) => {
        const { clips } = DemoClipsSchema.parse(await demo.readJson('media/clips.json'));
        const { images } = DemoImagesSchema.parse(await demo.readJson('media/images.json'));
        const items = DemoMediaSchema.parse([...clips, ...images]);
        const ids = await seedDemoMedia(deps, items, (file) => demo.readBytes(`media/${file}`));
        demo.mediaIds = ids;
        return [`demo media: ${ids.size} published through the pipeline`];
      },
    },
  ],
});
