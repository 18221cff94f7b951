import S3rver from 's3rver';
import { s3rverMultipartShim } from './s3rver-multipart-shim.ts';

/** The S3 event record fields the media pipeline reads (s3rver emits the same shape as S3). */
export interface S3EventLike {
  Records: { eventName: string; s3: { bucket: { name: string }; object: { key: string; size?: number } } }[];
}

export interface RunningS3 {
  endpoint: string;
  stop(): Promise<void>;
}

// Browsers upload straight to the bucket (presigned POST / multipart), so it needs CORS, as the
// real bucket has. ETag is exposed for multipart completion, Location for POST uploads.
const corsFor = (origins: string[]) => `<CORSConfiguration>
  <CORSRule>
    ${origins.map((origin) => `<AllowedOrigin>${origin}</AllowedOrigin>`).join('')}
    <AllowedMethod>GET</AllowedMethod><AllowedMethod>HEAD</AllowedMethod>
    <AllowedMethod>PUT</AllowedMethod><AllowedMethod>POST</AllowedMethod>
    <AllowedHeader>*</AllowedHeader>
    <ExposeHeader>ETag</ExposeHeader>
    <ExposeHeader>Location</ExposeHeader>
    <MaxAgeSeconds>3000</MaxAgeSeconds>
  </CORSRule>
</CORSConfiguration>`;

/**
 * Starts s3rver on `port` with the media bucket, storing objects under `directory`, and calls
 * `onObjectCreated` for every ObjectCreated event — the local twin of the S3 → Lambda trigger.
 */
export const startS3Local = async (options: {
  port: number;
  directory: string;
  bucket: string;
  allowedOrigins: string[];
  onObjectCreated: (event: S3EventLike) => void;
}): Promise<RunningS3> => {
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port,
    silent: true,
    directory: options.directory,
    vhostBuckets: false,
    configureBuckets: [{ name: options.bucket, configs: [corsFor(options.allowedOrigins)] }],
  });
  // Prepended so it sees multipart requests s3rver's router would refuse.
  server.middleware.unshift(s3rverMultipartShim(options.directory));
  server.on('event', (event: S3EventLike) => {
    if (event.Records.some((record) => record.eventName.startsWith('ObjectCreated'))) options.onObjectCreated(event);
  });
  await server.run();
  return { endpoint: `http://127.0.0.1:${options.port}`, stop: () => server.close() };
};
