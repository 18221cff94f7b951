import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * s3rver implements multipart upload but not ListParts (GET ?uploadId) nor AbortMultipartUpload
 * (DELETE ?uploadId), which resumable browser uploads rely on. These two answer them from
 * s3rver's own files (`<bucket>/._S3rver_uploads/<uploadId>/<partNumber>` + `.md5`), as S3 does,
 * so the local runtime keeps the AWS shape. Nothing else goes through here.
 */
interface KoaContext {
  method: string;
  path: string;
  query: Record<string, string | string[] | undefined>;
  status: number;
  type: string;
  body: unknown;
}

const escapeXml = (value: string) => value.replace(/[<>&'"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

export const s3rverMultipartShim =
  (directory: string) =>
  async (ctx: KoaContext, next: () => Promise<void>): Promise<void> => {
    const uploadId = typeof ctx.query.uploadId === 'string' ? ctx.query.uploadId : undefined;
    const [, bucket, ...keyParts] = ctx.path.split('/');
    if (!uploadId || !bucket || keyParts.length === 0 || !/^[0-9a-f]+$/.test(uploadId)) return next();
    if (ctx.method !== 'GET' && ctx.method !== 'DELETE') return next();
    const uploadDir = join(directory, bucket, '._S3rver_uploads', uploadId);
    const exists = await stat(uploadDir).then(
      () => true,
      () => false,
    );
    if (!exists) {
      ctx.status = 404;
      ctx.type = 'application/xml';
      ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchUpload</Code><Message>The specified upload does not exist.</Message></Error>`;
      return;
    }
    if (ctx.method === 'DELETE') {
      await rm(uploadDir, { recursive: true, force: true });
      ctx.status = 204;
      ctx.body = null;
      return;
    }
    // A part is stored once its .md5 is written; a part whose upload was cut off has none.
    const files = new Set(await readdir(uploadDir));
    const numbers = [...files]
      .filter((name) => /^\d+$/.test(name) && files.has(`${name}.md5`))
      .map(Number)
      .sort((a, b) => a - b);
    const parts = await Promise.all(
      numbers.map(async (n) => {
        const [info, md5] = await Promise.all([
          stat(join(uploadDir, String(n))),
          readFile(join(uploadDir, `${n}.md5`), 'utf8'),
        ]);
        return `<Part><PartNumber>${n}</PartNumber><LastModified>${info.mtime.toISOString()}</LastModified><ETag>"${md5.trim()}"</ETag><Size>${info.size}</Size></Part>`;
      }),
    );
    ctx.status = 200;
    ctx.type = 'application/xml';
    ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<ListPartsResult><Bucket>${escapeXml(bucket)}</Bucket><Key>${escapeXml(decodeURIComponent(keyParts.join('/')))}</Key><UploadId>${uploadId}</UploadId><IsTruncated>false</IsTruncated>${parts.join('')}</ListPartsResult>`;
  };
