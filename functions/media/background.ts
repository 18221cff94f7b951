import { z } from 'zod';
import { defineBackground } from '../platform/feature.ts';
import { expireAbandonedUploadsTask } from './expire-abandoned-uploads.ts';
import { mediaFilesWork } from './media-files-work.ts';
import { processUpload } from './process-upload.ts';
import { DemoMediaSchema, seedDemoMedia } from './seed-demo-media.ts';
import { MEDIA_KEY_PREFIXES } from './storage-keys.ts';

const DemoClipsSchema = z.object({ clips: z.array(z.unknown()) });
const DemoImagesSchema = z.object({ images: z.array(z.unknown()) });

/**
 * Media outside requests: the pipeline that inspects each upload by its bytes (the audio and
 * video parsers live only here, out of the API bundle), abandoned uploads expired, demo media.
 */
export const mediaBackground = defineBackground({
  name: 'media',
  dailyTasks: [expireAbandonedUploadsTask],
  // A hidden or restored medium's files follow its status, a few at a time.
  workHandlers: [mediaFilesWork],
  // Browsers upload under `uploads/` and the processor publishes under `media/`; the CDK stack
  // sends S3's notifications for exactly the processors' prefixes.
  uploadProcessors: [{ prefix: MEDIA_KEY_PREFIXES.staged, process: processUpload }],
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
